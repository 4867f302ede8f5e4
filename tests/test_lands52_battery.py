"""Claims whose land the sentence leaves unsaid, and island words that refer back (issue 12, lands52).

News, once it has named the land at stake, often tells a state's claim without naming the land
again ("Argentina keeps its claim in its constitution", "Venezuela, which revived its claim with a
2023 referendum, ..."): the claim is to the land the article is about, as an asserted sovereignty
with no "over" phrase already is. A claim whose that-clause says what is claimed ("Kyiv's claim
that Russian troops shelled the dam") is a claim of words, of no land; "no claim" and a dropped
claim stay no claim.

"The island", "the islands" or "the archipelago" refer back to islands, never to a land the text
named by another land noun ("charter flights to Mount Pleasant crossing Argentine airspace", where
the parser reads a land "Mount Pleasant crossing"; "the Tumen valley"): such a land, named last, is
passed over for the islands named before it.
Sentences written for these tests, on several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (claimant, land, text): a claim told with its land left unsaid
UNSAID_LAND: list[tuple[str, str, str]] = [
    (
        "Argentina",
        "Falkland Islands",
        "Britain has held the Falkland Islands since 1833. Argentina, which invaded the islands "
        "in 1982, keeps its claim in its constitution.",
    ),
    (
        "Argentina",
        "Falkland Islands",
        "London has administered the Falkland Islands since 1833. Buenos Aires has never "
        "given up the claim, and Argentina renewed its claim at the United Nations on Monday.",
    ),
    (
        "Venezuela",
        "Guayana Esequiba",
        "Guyana administers the Essequibo region. Venezuela, which revived its claim with a 2023 "
        "referendum, does not accept the court's jurisdiction.",
    ),
    (
        "Morocco",
        "Perejil Island",
        "Spanish soldiers landed on Perejil Island in 2002. Morocco has pressed its claim "
        "ever since.",
    ),
]


@pytest.mark.parametrize("claimant, land, text", UNSAID_LAND)
def test_a_claim_with_its_land_unsaid_is_to_the_land_told(claimant, land, text):
    found = facts(text)
    assert land_stance(found, "claims", "claimant", claimant, land), shown(found)


def test_a_claim_of_words_or_none_is_no_claim_to_land():
    none_told(
        "Guyana administers the Essequibo region. Venezuela said its claim that the vessel "
        "was Guyanese was true.",
        "claims",
        {},
    )
    none_told(
        "Ukraine holds the Kinburn Spit. Moscow dismissed Kyiv's claim that Russian troops "
        "had shelled the dam.",
        "claims",
        {},
    )
    none_told("Britain holds the Falkland Islands. Chile has no claim.", "claims", {})
    none_told(
        "Britain holds the Falkland Islands. The fishermen filed a claim for damages.",
        "claims",
        {},
    )


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
