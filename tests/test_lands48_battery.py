"""A claim said as a small clause of regarding with no "as" (issue 12, lands48): "Argentina
considers the Falklands Argentine territory". The small English model glues the land to the
predicate noun (a compound of "territory", or the subject of its adjective), and took the noun for
the verb's object, which no light verb of a claim governs; the reading is the one "regards the
Falklands as Argentine territory" gets (kg.ingest.nlp.grammar.predicate_nouns.regarded_as).

The view must be the regarder's own: "Most countries consider the Golan Heights Syrian territory"
asserts nothing of Syria's, and a negated regarding claims nothing. Sentences written for these
tests, on disputes of several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

# (claimant's label, land's label, sentence): the claimant claims the land
CLAIMS: list[tuple[str, str, str]] = [
    ("Argentina", "Falkland Islands", "Argentina considers the Falklands Argentine territory."),
    ("Spain", "Gibraltar", "Spain considers Gibraltar Spanish territory."),
    ("Spain", "Gibraltar", "Madrid has long considered Gibraltar Spanish territory."),
    ("Syria", "Golan Heights", "Syria considers the Golan Heights Syrian territory."),
    ("China", "Taiwan", "China considers Taiwan Chinese territory, the ministry said."),
    (
        "Argentina",
        "Falkland Islands",
        "Argentina, which lost a war over them in 1982, still considers the Falklands Argentine "
        "territory.",
    ),
    ("Argentina", "Falkland Islands", "Argentina regards the Falklands as Argentine territory."),
]


@pytest.mark.parametrize("claimant, land, sentence", CLAIMS)
def test_a_small_clause_of_regarding_claims_the_land(claimant, land, sentence):
    found = facts(sentence)
    assert any(
        f.rel == "claims"
        and f.args["claimant"].label == claimant
        and f.args["territory"].label == land
        and not f.negated
        for f in found
    ), shown(found)


NONE: list[str] = [
    "Most countries consider the Golan Heights Syrian territory.",  # the outlet's, not Syria's
    "Britain does not consider the Falklands Argentine territory.",
    "Japan considers the Kurils dispute a priority.",
]


@pytest.mark.parametrize("sentence", NONE)
def test_no_claim_where_the_regarder_is_not_the_claimant(sentence):
    found = facts(sentence)
    assert not [f for f in found if f.rel == "claims" and not f.negated], shown(found)


def test_the_subject_is_the_land_not_the_adjective():
    """The word glued right before the noun ("Argentine") says whose land; the land is before it."""
    found = facts("Argentina considers the Falklands Argentine territory.")
    lands = {f.args["territory"].label for f in found if f.rel in ("claims", "assertsSovereignty")}
    assert lands == {"Falkland Islands"}, shown(found)


# "the bar" after a sandbar the text described: that land ("bar" in references.yaml `lands`)
BAR: list[tuple[str, str, str]] = [
    (
        "controls",
        "Guatemala",
        "The river's shifting course has left a sandbar at its mouth. Guatemala has administered "
        "the bar since 2010.",
    ),
    (
        "claims",
        "El Salvador",
        "The river has left a sandbar at its mouth. Guatemala has administered the bar since 2010. "
        "Officials said El Salvador considers the bar Salvadoran territory.",
    ),
]


@pytest.mark.parametrize("rel, state, text", BAR)
def test_the_bar_is_the_sandbar_named_before(rel, state, text):
    found = facts(text)
    role = "state" if rel == "controls" else "claimant"
    assert any(
        f.rel == rel and f.args[role].label == state and f.args["territory"].label == "sandbar"
        for f in found
    ), shown(found)


# Sovereignty a state reaffirms over land another state holds: a claim to it
SOVEREIGNTY: list[tuple[str, str, str]] = [
    ("China", "Senkaku Islands", "China reasserted its sovereignty over the Senkaku Islands."),
    (
        "Argentina",
        "Falkland Islands",
        'The ministry said Argentina "reaffirms its legitimate and imprescriptible sovereignty" '
        "over the Malvinas.",
    ),
    (
        "Argentina",
        "Falkland Islands",
        "In a statement on Monday, Buenos Aires reiterated Argentina's sovereignty over the "
        "Falklands.",
    ),
]


@pytest.mark.parametrize("claimant, land, sentence", SOVEREIGNTY)
def test_sovereignty_reaffirmed_over_land_another_holds_is_claimed(claimant, land, sentence):
    found = facts(sentence)
    assert any(
        f.rel == "claims"
        and f.args["claimant"].label == claimant
        and f.args["territory"].label == land
        and not f.negated
        for f in found
    ), shown(found)


NO_SOVEREIGNTY_CLAIM: list[str] = [
    "Japan reaffirmed its sovereignty over the Senkaku Islands.",  # Japan holds them
    "The court upheld Colombia's sovereignty over the islands of San Andres.",  # a finding
    "China has never asserted sovereignty over the Senkaku Islands.",
]


@pytest.mark.parametrize("sentence", NO_SOVEREIGNTY_CLAIM)
def test_no_claim_from_sovereignty_held_found_or_denied(sentence):
    found = facts(sentence)
    assert not [f for f in found if f.rel == "claims" and not f.negated], shown(found)


def test_temples_are_land():
    """A temple is land in border news ("the temple of Preah Vihear"); the names it is said of are
    no people."""
    found = facts(
        "Cambodia asked the court to settle its claim to the temples of Ta Moan Thom and Ta "
        "Krabei. Cambodia claims the temples of Ta Moan Thom, Ta Moan Touch and Ta Krabei."
    )
    lands = {f.args["territory"].label for f in found if f.rel == "claims"}
    assert {"Ta Moan Thom", "Ta Moan Touch", "Ta Krabei"} <= lands, shown(found)


# "X of Y" where X is a land noun with no name word of its own: Y is X's name, no part of it
NAMED_BY_OF: list[str] = [
    "The president of the Autonomous Region of Bougainville rejected the proposal.",
    "Greece protested flights over the Aegean island of Agathonisi.",
]


@pytest.mark.parametrize("sentence", NAMED_BY_OF)
def test_a_land_noun_named_by_its_of_phrase_is_no_part(sentence):
    found = facts(sentence)
    assert not [f for f in found if f.rel == "partOf"], shown(found)


def test_a_named_district_of_a_region_is_its_part():
    found = facts("Troops entered the Kingisepp district of the Leningrad region.")
    assert any(
        f.rel == "partOf"
        and f.args["part"].label == "Kingisepp district"
        and f.args["whole"].label == "Leningrad region"
        for f in found
    ), shown(found)


# "the pass", "the pasture": the land last named with that noun; a post manned on land holds it
HELD_BY_NOUN: list[tuple[str, str, str]] = [
    (
        "India",
        "Lipulekh Pass",
        "Nepal claims the Lipulekh Pass. The pass, on the road from Uttarakhand to Tibet's Burang "
        "county, has been held by India for decades.",
    ),
    (
        "China",
        "Nathu La",  # the gazetteer's pass (names52); "the pass" refers back to it
        "India and China traded fire near the Nathu La pass. Chinese troops have held the pass "
        "since Monday.",
    ),
    (
        "Azerbaijan",
        "Mazymchay pasture",
        "Georgia claims the Mazymchay pasture. Azerbaijani border guards have manned a post on the "
        "pasture since 2012.",
    ),
    (
        "Honduras",
        "Savanna Cay",
        "Nicaragua claims Savanna Cay. Honduras has manned a police post on Savanna Cay since 1990.",
    ),
]


@pytest.mark.parametrize("state, land, text", HELD_BY_NOUN)
def test_land_referred_to_by_its_noun_is_held(state, land, text):
    found = facts(text)
    assert any(
        f.rel == "controls" and f.args["state"].label == state and f.args["territory"].label == land
        for f in found
    ), shown(found)


def test_the_pass_with_no_pass_named_is_no_land():
    found = facts("Nepal claims Kalapani. The pass was closed by snow and India held talks.")
    assert not [f for f in found if f.rel == "controls"], shown(found)


# Land a state kept (as "retained"): held by it; "the outpost": the land named before
KEPT: list[tuple[str, str, str]] = [
    ("United Kingdom", "Chagos Archipelago", "Britain kept the Chagos Islands in 1965."),
    (
        "France",
        "Scattered Islands in the Indian Ocean",
        "Europa is one of the five Scattered Islands that France kept when Madagascar became "
        "independent in 1960.",
    ),
]


@pytest.mark.parametrize("state, land, sentence", KEPT)
def test_land_kept_is_held(state, land, sentence):
    found = facts(sentence)
    assert any(
        f.rel == "controls" and f.args["state"].label == state and f.args["territory"].label == land
        for f in found
    ), shown(found)


def test_talks_kept_going_hold_no_land():
    found = facts("Japan wants to keep talks on the Kuril Islands going.")
    assert not [f for f in found if f.rel == "controls"], shown(found)


def test_the_outpost_is_the_land_named_before():
    found = facts(
        "Madagascar protested an exercise on Europa Island. Madagascar renewed its claim to the "
        "French-held outpost."
    )
    assert any(f.rel == "claims" and f.args["territory"].label == "Europa Island" for f in found), (
        shown(found)
    )


# A clause a condition states ("on condition that", "provided that") tells no holding done
CONDITIONS: list[str] = [
    "Japan will sign the treaty on condition that Russia retains Iturup.",
    "Japan will sign the treaty provided that Russia retains Iturup.",
    "The treaty transfers the archipelago to Mauritius on condition that the United Kingdom keeps "
    "control of the military base on Diego Garcia for 99 years.",
]


@pytest.mark.parametrize("sentence", CONDITIONS)
def test_land_held_on_a_condition_is_no_holding(sentence):
    found = facts(sentence)
    assert not [f for f in found if f.rel == "controls"], shown(found)


def test_the_conditioned_deed_is_still_read():
    found = facts(
        "Britain handed the Chagos Islands to Mauritius in 2025 on condition that it keeps "
        "Diego Garcia."
    )
    assert any(f.rel == "handedOverTo" for f in found), shown(found)
    assert not [f for f in found if f.rel == "controls"], shown(found)
