"""Adherence told by the one document a state says settles its dispute (issue 12, round 34,
handover54b).

News tells a side's adherence to a document by naming it as the only thing that can settle the
dispute: "says only the 1966 Geneva Agreement can settle the controversy", "told reporters that
only the Geneva Agreement provided a valid framework for a settlement". The document, marked
"only" or "alone", is the subject of a verb of settling (or of one giving a basis or framework)
in a clause a verb of declaring reports; the declarer, or the state of the official who speaks,
adheres to it (rules/sole_documents.py). A document that did settle something, a denied
declaration, and a document that only gave something other than a basis bind nobody.

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence

CASES = [
    pytest.param(
        "RABAT, May 4 (Reuters) - Morocco insists that the 2007 autonomy plan alone can resolve"
        " the dispute over Western Sahara.",
        ("Morocco", "autonomy plan of 2007"),
        id="alone-can-resolve-insists",
    ),
    pytest.param(
        "QUITO, May 4 (Reuters) - Ecuador's foreign minister said on Monday that only the 1998"
        " Brasilia Act offers a lasting basis for peace with Peru.",
        ("Ecuador", "Brasilia Act"),
        id="official-says-only-offers-a-basis",
    ),
    pytest.param(
        "LIMA, May 4 (Reuters) - Peru's deputy foreign minister told reporters that only the 1998"
        " Brasilia Act, signed by Peru and Ecuador, provided a valid framework for a settlement.",
        ("Peru", "Brasilia Act"),
        id="told-reporters-inserted-participle",
    ),
    pytest.param(
        "QUITO, May 4 (Reuters) - Ecuador rejects the survey and says only the 1998 Brasilia Act"
        " can settle the controversy.",
        ("Ecuador", "Brasilia Act"),
        id="says-conjoined-with-a-rejection",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_sole_document_of_a_settlement_is_adhered_to(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in adherence(text)


NONE = [
    pytest.param(
        "QUITO, May 4 (Reuters) - The 1998 Brasilia Act settled the border dispute between"
        " Ecuador and Peru.",
        id="a-document-that-settled",
    ),
    pytest.param(
        "QUITO, May 4 (Reuters) - Ecuador does not say that only the 1998 Brasilia Act can settle"
        " the dispute with Peru.",
        id="a-denied-declaration",
    ),
    pytest.param(
        "QUITO, May 4 (Reuters) - Ecuador said that only the 1998 Brasilia Act provided the maps"
        " for the border with Peru.",
        id="provided-something-other-than-a-basis",
    ),
]


@pytest.mark.parametrize("text", NONE)
def test_no_adherence_where_the_document_is_not_the_sole_basis(text: str) -> None:
    assert not adherence(text)
