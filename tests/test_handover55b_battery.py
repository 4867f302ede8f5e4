"""A promised handover of "the leased area", and a condition with a second joined by "or"
(issue 12, round 35, second pass, handover55b).

A lease's land is often promised back without its name: "Finland will return the leased area to
Russia". "Leased" describes such land (``described_lands.describers`` of
data/lexicon/places.yaml, read by kg/ingest/nlp/described_lands.py), so the promise has its land
instead of the last sea named before. A bare "the area" stays a reference to a land named before.

A promise's condition may have a second joined by "or" ("when the lease expires, or earlier if
either government gives notice"): the parser hangs the second clause (or a comparative read as
a conjunct, "or sooner if ...") beside the first, on the promise verb, and both are the
condition (rules/promise_terms._or_else). An "or" that joins another deed adds nothing.

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import promises

DATELINE = "QUITO, May 4 (Reuters) - "


def test_leased_area_is_the_land_promised() -> None:
    found = promises(
        DATELINE + "The treaty provides that Britain will return the leased area to China when"
        " the lease ends."
    )
    assert [p[1] for p in found] == ["leased area"], found


def test_bare_area_is_no_land_of_its_own() -> None:
    """ "the area" with no describer refers back: no described land is made of it."""
    found = promises(
        DATELINE + "The treaty provides that Britain will return the area to China when the"
        " lease ends."
    )
    assert all(p[1] != "area" for p in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "The agreement provides that Peru will return the leased area to Ecuador when"
            " the lease expires, or earlier if either government gives notice to end it.",
            "the lease expires, or earlier if either government gives notice to end it",
            id="or-earlier-if",
        ),
        pytest.param(
            "Under the treaty, Britain will hand the island of Lagarto over to Ecuador when"
            " the lease ends, or sooner if both governments agree.",
            "the lease ends, or sooner if both governments agree",
            id="or-sooner-if-read-as-a-conjunct",
        ),
    ],
)
def test_condition_joined_by_or(text: str, words: str) -> None:
    found = promises(DATELINE + text)
    assert [p[4] for p in found] == [words], found


def test_or_of_another_clause_is_not_the_condition() -> None:
    """An "or" that joins the promise to another deed adds nothing to the condition."""
    found = promises(
        DATELINE + "Under the accord, Peru will return the island of Lagarto to Ecuador once"
        " the survey is finished, or it will pay compensation."
    )
    assert [p[4] for p in found] == ["the survey is finished"], found
