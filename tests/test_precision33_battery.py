"""A note handed over, then rejected (issue 12, fifteenth round, precision33).

Every sentence was written for this module. "A note was handed to the ambassador, the X foreign
ministry said ... Y rejected the note": the note is X's, so X is the claimant of the rejection
(before, the rejection had no claimant, a strict miss and a wrong fact at once). The handing is a
making of the note whether told in the active ("X handed a note"), as a participle with its doer
("a note handed ... by the foreign minister of X") or in the passive with no doer, told in X's
voice; a note handed by no one named, in no one's voice, gives no claimant, and the rejecter never
is its own claimant.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

GUYANA, VENEZUELA = "state/guyana", "state/venezuela"
ECUADOR, PERU = "state/ecuador", "state/peru"

BATTERY: list = [
    (
        {"state": VENEZUELA, "claimant": GUYANA},
        "A diplomatic note was handed to the Venezuelan ambassador on Monday, the Guyanese "
        "foreign ministry said. Venezuela rejected the note the same day.",
    ),
    (
        {"state": VENEZUELA, "claimant": GUYANA},
        "Guyana handed a protest note to the Venezuelan ambassador on Monday. Caracas rejected "
        "the note on Tuesday.",
    ),
    (
        {"state": PERU, "claimant": ECUADOR},
        "The protest note, handed to the Peruvian ambassador in Quito by Ecuador's foreign "
        "minister, says the road breaches the 1998 accord. Peru dismissed the note.",
    ),
    (
        {"state": PERU, "claimant": ECUADOR},
        "Ecuador's foreign ministry said a note had been handed to the Peruvian envoy. Lima "
        "rejected the note on Wednesday.",
    ),
]


@pytest.mark.parametrize(("roles", "text"), BATTERY)
def test_claimant_of_a_handed_note(roles, text):
    found = facts(text)
    assert has(found, "rejectsClaim", **roles), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # a note handed by no one named, told in no one's voice: no claimant
        "A note was handed to the Venezuelan ambassador on Monday. Venezuela rejected the note.",
        # the rejecter handed it itself: never its own claimant
        "A note was handed to the Guyanese ambassador, the Venezuelan foreign ministry said. "
        "Venezuela later rejected the note.",
    ],
)
def test_no_claimant_where_no_other_state_made_the_note(text):
    found = [f for f in facts(text) if f.rel == "rejectsClaim" and not f.negated]
    assert all("claimant" not in f.args for f in found), shown(found)
