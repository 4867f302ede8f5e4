"""Island words that refer back (issue 12, lands52).

"The island", "the islands" or "the archipelago" refer back to islands, never to a land the text
named by another land noun ("charter flights to Mount Pleasant crossing Argentine airspace", where
the parser reads a land "Mount Pleasant crossing"; "the Tumen valley"): such a land, named last, is
passed over for the islands named before it.
Sentences written for these tests, on several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, shown

# (relation, role, state, land, text): an island word after a land named by another land noun
ISLANDS_PAST_OTHER_LANDS: list[tuple[str, str, str, str, str]] = [
    (
        "controls",
        "state",
        "United Kingdom",
        "Falkland Islands",
        "Argentina and Britain agreed to restore a flight to the Falkland Islands. Charter "
        "flights between Punta Arenas and Mount Pleasant crossing Argentine airspace will "
        "resume. London, which has administered the archipelago since 1833, welcomed the deal.",
    ),
    (
        "claims",
        "claimant",
        "Argentina",
        "Falkland Islands",
        "Argentina and Britain agreed to restore a flight to the Falkland Islands. Charter "
        "flights between Punta Arenas and Mount Pleasant crossing Argentine airspace will "
        "resume. Argentina, which lost a war with Britain in 1982, claims the islands.",
    ),
    (
        "controls",
        "state",
        "Japan",
        "Senkaku Islands",
        "China sent coast guard ships to the Senkaku Islands again. Beijing also protested "
        "over a new road in the Tumen valley. Japan, which has administered the islands since "
        "1972, lodged a protest.",
    ),
]


@pytest.mark.parametrize("rel, role, state, land, text", ISLANDS_PAST_OTHER_LANDS)
def test_island_words_pass_over_lands_of_other_nouns(rel, role, state, land, text):
    found = facts(text)
    assert land_stance(found, rel, role, state, land), shown(found)


def test_the_islands_named_last_are_still_the_islands():
    found = facts(
        "Japan holds the Senkaku Islands. China claims the Paracel Islands, which Vietnam "
        "also claims. Beijing has administered the islands since 1974."
    )
    assert land_stance(found, "controls", "state", "China", "Paracel Islands"), shown(found)
