"""Stances told in a reduced relative clause (issue 12, twenty-fourth round, rejects44).

"..., a plan the Polisario rejects", "a ruling Beijing has dismissed as waste paper", "a deal
Morocco never accepted": with no "that", the parser hangs the noun on the clause's verb (or makes
that verb head the sentence) and the verb loses its object, so the rejection was lost; with "that"
it was read. The clause is mended into the noun's relative clause and read as the "that" form is.
Seen in study articles of several batches (h144, h265, h286). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import rejections

# (text, rejecter, claimant or None, a word of what is rejected): with and without "that",
# another verb, an adverb or an auxiliary before the verb, a name with its article
REDUCED = [
    (
        "Morocco has proposed autonomy for the territory, a plan Algeria rejects.",
        "Algeria",
        "Morocco",
        "plan",
    ),
    (
        "Morocco has proposed autonomy for the territory, a plan that Algeria rejects.",
        "Algeria",
        "Morocco",
        "plan",
    ),
    (
        "Morocco has proposed autonomy for the territory, a plan the Polisario Front rejects.",
        "Polisario Front",
        "Morocco",
        "plan",
    ),
    (
        "Morocco has proposed autonomy for the territory, a plan Algeria has long rejected.",
        "Algeria",
        "Morocco",
        "plan",
    ),
    (
        "Spain signed the accord in 2019, a deal Morocco never accepted.",
        "Morocco",
        "Spain",
        "deal",
    ),
    (
        "Japan lodged a protest, a complaint China rejected on Monday.",
        "China",
        "Japan",
        "complaint",
    ),
    (
        "Morocco has proposed autonomy for the territory, a plan Algeria firmly opposes.",
        "Algeria",
        "Morocco",
        "plan",
    ),
    (
        "Morocco has proposed autonomy for the territory, a plan Algeria has repeatedly condemned.",
        "Algeria",
        "Morocco",
        "plan",
    ),
    (
        "Morocco has proposed autonomy for the territory, a plan Algeria does not accept.",
        "Algeria",
        "Morocco",
        "plan",
    ),
    (
        "The tribunal ruled in 2016 against China, a ruling Beijing has dismissed as waste paper.",
        "China",
        None,
        "ruling",
    ),
    ("Madobe was re-elected in a vote Somalia declared illegal.", "Somalia", None, "vote"),
]


@pytest.mark.parametrize(("text", "state", "claimant", "word"), REDUCED)
def test_reduced_relative_rejects(text: str, state: str, claimant: str | None, word: str) -> None:
    found = rejections(text)
    assert any(s == state and word in w for s, _c, w in found), found
    if claimant is not None:
        assert any(s == state and c == claimant for s, c, _w in found), found


# a name and a verb after a noun that is no rejected thing, or a verb with its own object: no
# relative clause to mend, and no rejection read
NONE = [
    "Morocco has proposed autonomy for the territory, a region Algeria borders.",
    "Morocco proposed a plan, and Algeria rejects violence.",
    "Morocco proposed a plan Algeria welcomed.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_reduced_rejection(text: str) -> None:
    assert rejections(text) == []


def test_no_clause_summed_up() -> None:
    """A noun opening the sentence with no comma before it sums up no clause: nothing mended."""
    text = "Following the ruling Japan protested to China over the islands."
    assert rejections(text) == []
