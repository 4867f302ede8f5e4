"""Adherence to a document known by its proper name (issue 12, round 32, handover52b).

A roadmap, plan or proposal is a document only where a verb of issuing or signing acts on it
("said in a statement", "a plan to build a road" are none); a capitalised name before the noun
("the Three-Step Roadmap", "the Marrakesh Roadmap") names one all the same, so a state's
commitment to it is adherence (kg/ingest/nlp/acted_documents.py; h442). A capitalised noun with
no name before it ("the Plan") or a lower-case one stays no document.

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence

NAMED = [
    pytest.param(
        "RABAT, May 4 (Reuters) - Morocco and Mauritania held talks in Rabat. Both delegations"
        " reaffirmed their commitment to the Four-Point Roadmap for settling the boundary.",
        [("Morocco", "Four-Point Roadmap"), ("Mauritania", "Four-Point Roadmap")],
        id="hyphenated-name",
    ),
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya remains committed to the Kampala Roadmap, its foreign"
        " minister said on Monday.",
        [("Kenya", "Kampala Roadmap")],
        id="place-name-remains-committed",
    ),
    pytest.param(
        "DILI, May 4 (Reuters) - Timor-Leste said on Monday it would abide by the Oecusse"
        " Plan agreed with Indonesia.",
        [("Timor-Leste", "Oecusse Plan")],
        id="abide-by-plan",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_a_named_roadmap_is_adhered_to(text: str, expected: list[tuple[str, str]]) -> None:
    found = adherence(text)
    for pair in expected:
        assert pair in found


def test_a_bare_or_unnamed_plan_is_no_document() -> None:
    text = (
        "NAIROBI, May 4 (Reuters) - Kenya remains committed to the plan to build a road to the"
        " border, and said the Plan had the backing of the cabinet."
    )
    assert not any(d is not None and "plan" in d.lower() for _, d in adherence(text))
