"""Statements (issue 12, twenty-seventh round, speech47): two states that say together they keep a
document ("Both governments say they remain bound by it", "Both sides say the agreement is in
force", "have both said they abide by the agreement") adhere to it; that is no statement of the
two (rules/joint_adherence.py). Seen in seven readable articles of four batches (h180, h237,
h359, h371, h377, h378, h381) against one where a gold statement was kept (h162).

One speaker's words, two people's words and two states' words of anything else stay statements,
as does a joint promise ("will accept the ruling", "would respect it"; two earlier batteries ask
that too, speech3 and speech21); so "would abide by the award" (h281, a gold statement) is kept.
Sentences written for these tests, in news style; the states and treaties are made-up pairings.
"""

from __future__ import annotations

import pytest
from helpers import facts

_LEAD = "France and Brazil signed the Oyapock treaty in 1900. "


def _read(text: str) -> tuple[set[str], set[str]]:
    """(speakers of each statement, labels joined by '+'; parties adhering to a document)."""
    said, adhere = set(), set()
    for f in facts(text):
        if f.rel == "statement":
            sp = f.args["speaker"]
            said.add("+".join(sorted(x.label for x in sp)) if isinstance(sp, tuple) else sp.label)
        elif f.rel == "adheresTo" and not f.negated:
            adhere.add(f.args["party"].label)
    return said, adhere


@pytest.mark.parametrize(
    "text",
    [
        "Both governments say they remain bound by it.",
        "Both governments said on Monday that they remain bound by the treaty.",
        "France and Brazil have both said they abide by the treaty.",
        "The two countries have repeatedly said they are committed to the treaty.",
        "Both governments said on Monday that the treaty remains in force.",
        "The treaty remains in force, both governments said on Monday.",
        "France and Brazil said on Monday that they respect the treaty.",
        "Both governments said they accepted the treaty.",
    ],
    ids=[
        "bound",
        "bound_that",
        "abide",
        "committed",
        "in_force",
        "in_force_tag",
        "respect",
        "accepted",
    ],
)
def test_two_states_keeping_a_treaty_adhere_and_state_nothing(text: str) -> None:
    said, adhere = _read(_LEAD + text)
    assert not any("+" in s for s in said), said
    assert {"France", "Brazil"} <= adhere, adhere


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("France said on Monday that it remains bound by the treaty.", "France"),
        ("France and Brazil have said they will accept the court's ruling.", "Brazil+France"),
        ("Both governments said they would respect the treaty.", "Brazil+France"),
        ("Both governments said the island lies on their side of the river.", "Brazil+France"),
        (
            "Presidents Luiz Inacio Lula da Silva and Emmanuel Macron said they remain bound "
            "by the treaty.",
            "Emmanuel Macron+Luiz Inácio Lula da Silva",
        ),
    ],
    ids=["one_state", "will_accept", "would_respect", "two_states_other_words", "two_people"],
)
def test_other_words_stay_statements(text: str, speaker: str) -> None:
    said, _ = _read(_LEAD + text)
    assert speaker in said, said
