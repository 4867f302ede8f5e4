"""Where a speaker puts land, and what a state regards as part of itself (issue 12, lands49).

News tells a state's stance on land by where its speaker places it: "the well lay on Libyan
territory", "the post was on Afghan soil" assert that state's title; "the island is in Thai
waters" places land in the speaker's own waters, a claim where another holds it. A verb of
regarding with "as part of" and the regarder's own name ("Libya regarded the oasis as an integral
part of Libya") is the regarder's view, as "as part of its territory" is, not the outlet's partOf;
"Most countries (the UN) regard X as part of Y" stays the world's view. Sentences written for these
tests, on disputes of several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, shown

# (state, land, sentence): the state asserts its sovereignty over the land
ON_OWN_SOIL: list[tuple[str, str, str]] = [
    ("Libya", "Aouzou Strip", "Libya said the Aouzou Strip lay on Libyan territory."),
    ("Libya", "Aouzou Strip", "Libya said the Aouzou Strip was on Libyan soil."),
    ("Chad", "Aouzou Strip", 'Chad said the Aouzou Strip was "on Chadian soil".'),
    ("Japan", "Senkaku Islands", "Japan says the Senkaku Islands are on Japanese territory."),
    ("India", "Kalapani", "India insists that Kalapani stands on Indian soil."),
]


@pytest.mark.parametrize("state, land, sentence", ON_OWN_SOIL)
def test_land_said_to_lie_on_the_speakers_soil_is_asserted(state, land, sentence):
    found = facts(sentence)
    assert land_stance(found, "assertsSovereignty", "state", state, land), shown(found)


# (claimant, land, sentence): placed in the speaker's own waters or land, a claim
IN_OWN_WATERS: list[tuple[str, str, str]] = [
    ("China", "Senkaku Islands", "China says the Senkaku Islands are in Chinese waters."),
    ("Vietnam", "Tallow Cay", "Vietnam insists that Tallow Cay is in Vietnamese waters."),
    ("Libya", "Aouzou Strip", "Libya said the Aouzou Strip was in Libyan territory."),
]


@pytest.mark.parametrize("claimant, land, sentence", IN_OWN_WATERS)
def test_land_said_to_be_in_the_speakers_waters_is_claimed(claimant, land, sentence):
    found = facts(sentence)
    assert land_stance(found, "claims", "claimant", claimant, land), shown(found)


NOT_A_STANCE: list[str] = [
    "Thailand says the Senkaku Islands are in Chinese waters.",  # another state's waters
    "China says the Senkaku Islands are not in Chinese waters.",
    "The Aouzou Strip was on Libyan soil until 1994.",  # the outlet's history, no speaker
]


@pytest.mark.parametrize("sentence", NOT_A_STANCE)
def test_no_stance_without_the_speakers_own_land(sentence):
    found = facts(sentence)
    assert not [f for f in found if f.rel in ("claims", "assertsSovereignty") and not f.negated], (
        shown(found)
    )


# (regarder, land, sentence): what a state regards as part of itself, by its own name
REGARDED_OWN: list[tuple[str, str, str]] = [
    ("Libya", "Jaghbub oasis", "Libya regarded the Jaghbub oasis as an integral part of Libya."),
    (
        "Libya",
        "Jaghbub oasis",
        'Al-Baour said Libya "has never claimed a grain of Egyptian sand" and regarded the Jaghbub '
        "oasis as an integral part of Libya.",
    ),
    (
        "Azerbaijan",
        "Nagorno-Karabakh",
        "Azerbaijan has always regarded Nagorno-Karabakh as an inalienable part of Azerbaijan, the "
        "minister said.",
    ),
]


@pytest.mark.parametrize("state, land, sentence", REGARDED_OWN)
def test_integral_part_of_the_regarder_itself_is_asserted(state, land, sentence):
    found = facts(sentence)
    assert land_stance(found, "assertsSovereignty", "state", state, land), shown(found)
    assert not [f for f in found if f.rel == "partOf" and f.args["part"].label == land], shown(
        found
    )


def test_part_of_itself_unheld_is_a_claim():
    found = facts("Costa Rica regarded the Coto region as part of Costa Rica.")
    assert land_stance(found, "claims", "claimant", "Costa Rica", "Coto region"), shown(found)


WORLD_VIEW: list[str] = [
    "Most countries regard Nagorno-Karabakh as part of Azerbaijan.",
    "The United Nations regards Nagorno-Karabakh as part of Azerbaijan.",
    "Nagorno-Karabakh is internationally recognised as part of Azerbaijan.",
]


@pytest.mark.parametrize("sentence", WORLD_VIEW)
def test_the_worlds_view_stays_a_part_and_claims_nothing(sentence):
    found = facts(sentence)
    assert any(f.rel == "partOf" for f in found), shown(found)
    assert not [f for f in found if f.rel in ("claims", "assertsSovereignty")], shown(found)


# "the island" in the sentence right after one island is named is that island, however often the
# article named another before (issue 12, lands49: recent_lands.just_named)
JUST_NAMED: list[tuple[str, str, str]] = [
    (
        "Serbia",
        "Vukovar Island",
        "Sarengrad Island is to pass to Croatian control. Croatia has long wanted Sarengrad Island. "
        "No agreement was reached on Vukovar Island, the larger of the two islands. Serbia "
        "administers the island.",
    ),
    (
        "Uganda",
        "Usingo Island",
        "Migingo Island has been at the centre of the row. Kenya says Migingo Island is Kenyan. "
        "The survey will also cover Usingo Island. Uganda has held the island since 2009.",
    ),
]


@pytest.mark.parametrize("state, land, text", JUST_NAMED)
def test_the_island_after_a_sentence_naming_one_is_that_island(state, land, text):
    found = facts(text)
    assert land_stance(found, "controls", "state", state, land), shown(found)


def test_the_island_named_in_its_own_sentence_stays_the_most_told():
    """A sentence that names two islands leaves "the island" to the one most talked about."""
    found = facts(
        "Sarengrad Island is to pass to Croatian control. Croatia has long wanted Sarengrad "
        "Island. Talks also touched on Vukovar Island and Mohovo Island. Serbia administers the "
        "island."
    )
    assert not land_stance(found, "controls", "state", "Serbia", "Vukovar Island"), shown(found)


# The gazetteer's Seychelles island group and Sudan's Red Sea State (a state of Sudan, not the sea):
# an island placed in them is a part of them
IN_A_WHOLE: list[tuple[str, str, str]] = [
    (
        "Assumption Island",
        "Aldabra Group",
        "India will build a jetty on Assumption Island, in the Aldabra Group of the Outer Islands.",
    ),
    ("Suakin", "Red Sea State", "Suakin, a coral island, belongs to Sudan's Red Sea State."),
]


@pytest.mark.parametrize("part, whole, sentence", IN_A_WHOLE)
def test_a_land_placed_in_a_whole_the_gazetteer_knows(part, whole, sentence):
    found = facts(sentence)
    assert any(
        f.rel == "partOf" and f.args["part"].label == part and f.args["whole"].label == whole
        for f in found
    ), shown(found)


def test_the_red_sea_is_still_the_sea():
    found = facts("Egypt sent two warships to the Red Sea.")
    assert not [f for f in found if f.rel == "partOf"], shown(found)
