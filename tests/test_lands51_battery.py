"""Land stances and holdings told around a name, a tag or a landmark (issue 12, lands51).

News often sets a speech tag inside the view it reports ("The sandbank, she said, belongs to the
DRC"): the tag still reports it, so the speaker's view is read as with "She said the sandbank
belongs to the DRC" (and only where the land is said to be the speaker's own state's).

A land is often placed by a landmark before the clause that tells who holds it ("Sarengrad Island,
a wooded strip of land in the Danube held by Serbia", "the Penon, the rocky islet off the Moroccan
coast where Spanish soldiers have been stationed since 1673"): the parser hangs the clause on the
landmark, but it tells of the named land the apposition describes. A town named to place a land
("100 km from the district headquarters of Gopeshwar") is no antecedent of a later "it"; "This is
Myanmar land", said after a land is told, is said of that land.

A state "whose gendarmes have been stationed on" land holds it as one whose named forces are; two
states that each say a land is theirs dispute it, as do one that claims a place and one that
holds it under its name with a common noun after it ("Lipulekh", "the Lipulekh pass"); land run by
a state's region is part of it.
Sentences written for these tests, on several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, land_stance, none_told, shown

# (relation, role, state, land, text): a view with its speech tag set inside it
INSERTED_TAGS: list[tuple[str, str, str, str, str]] = [
    (
        "assertsSovereignty",
        "state",
        "Democratic Republic of the Congo",
        "Kinkole Island",
        "Kinkole Island, the Congolese foreign minister said, belongs to the DRC.",
    ),
    (
        "claims",
        "claimant",
        "Democratic Republic of the Congo",
        "Kinkole Island",
        "Kinkole Island, the DRC said on Monday, is Congolese.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Slovenia",
        "Sveta Gera",
        "Trdinov vrh, the Slovenian foreign minister told reporters, lies on Slovenian territory.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Democratic Republic of the Congo",
        "newly emerged sandbank",
        "The DRC protested over a post set up on a newly emerged sandbank in the Pool Malebo. "
        "The sandbank, she said, belongs to the DRC.",
    ),
]


@pytest.mark.parametrize("rel, role, state, land, text", INSERTED_TAGS)
def test_a_tag_inside_the_view_reports_it(rel, role, state, land, text):
    found = facts(text)
    assert land_stance(found, rel, role, state, land), shown(found)


def test_an_inserted_tag_of_another_state_asserts_nothing():
    none_told(
        "Kinkole Island, the Angolan foreign minister said, belongs to the DRC.",
        "assertsSovereignty",
        {},
    )
    none_told("Kinkole Island, Russia said on Monday, is Congolese.", "claims", {})


# (state, land, text): the holder told by a clause the parser hung on a landmark of the land
HELD_PAST_A_LANDMARK: list[tuple[str, str, str]] = [
    (
        "Serbia",
        "Sarengrad Island",
        "Sarengrad Island, a wooded strip of land in the Danube held by Serbia since the "
        "break-up of Yugoslavia, is to pass to Croatian control.",
    ),
    (
        "Serbia",
        "Sarengrad Island",
        "Sarengrad Island, an island in the Danube held by Serbia, is to pass to Croatian control.",
    ),
    (
        "Spain",
        "Peñón de Alhucemas",
        "Spain rejected a protest by Morocco over works on the Penon de Alhucemas, the rocky "
        "islet off the Moroccan coast where Spanish soldiers have been stationed since 1673.",
    ),
    (
        "Spain",
        "Perejil Island",
        "Morocco protested over works on Perejil Island, a rock near the Moroccan coast where "
        "Spanish soldiers have been stationed since 2002.",
    ),
    (
        "Gabon",
        "Mbanié Island",
        "Gabon, whose gendarmes have been stationed on Mbanie Island since 1972, undertakes in "
        "the text to withdraw them.",
    ),
    (
        "Gabon",
        "Mbanié Island",
        "Gabonese gendarmes have been stationed on Mbanie Island since 1972.",
    ),
]


@pytest.mark.parametrize("state, land, text", HELD_PAST_A_LANDMARK)
def test_a_clause_hung_on_a_landmark_tells_of_the_land(state, land, text):
    found = facts(text)
    assert land_stance(found, "controls", "state", state, land), shown(found)


def test_a_town_where_forces_are_stationed_is_no_held_land():
    none_told(
        "Morocco protested over works on Perejil Island, a rock near the Moroccan town of "
        "Belyounech, where Moroccan police have been stationed since 2002.",
        "controls",
        {},
    )


def test_whose_forces_sent_once_hold_nothing():
    none_told(
        "Gabon, whose gendarmes were sent to Mbanie Island on Monday, protested.", "controls", {}
    )


# (claimant, land, text): "it" after a land placed by a town inside a landmark's phrase
PLACED_BY_A_TOWN: list[tuple[str, str, str]] = [
    (
        "China",
        "Barahoti",
        "Barahoti, an 80-square-kilometre pasture about 100 km from the district headquarters of "
        "Gopeshwar, is administered by India, but China claims it as part of Tibet.",
    ),
    (
        "North Korea",
        "Yeonpyeong",
        "Yeonpyeong, an island off the coast of Kaesong, is held by South Korea, but North Korea "
        "claims it.",
    ),
]


@pytest.mark.parametrize("claimant, land, text", PLACED_BY_A_TOWN)
def test_a_town_placing_a_land_is_not_it(claimant, land, text):
    found = facts(text)
    assert land_stance(found, "claims", "claimant", claimant, land), shown(found)


def test_two_states_saying_a_land_is_theirs_dispute_it():
    found = facts(
        'India said Depsang is "an integral part of India". A Chinese foreign ministry '
        "spokesman said China's sovereignty over Depsang was beyond doubt."
    )
    assert has(found, "disputes", territory="territory/depsang"), shown(found)
    parties = {frozenset(e.label for e in f.args["parties"]) for f in found if f.rel == "disputes"}
    assert frozenset({"India", "China"}) in parties, shown(found)


def test_one_state_saying_it_twice_disputes_nothing():
    none_told(
        'India said Depsang is "an integral part of India". The Indian army minister said '
        "India's sovereignty over Depsang was beyond doubt.",
        "disputes",
        {},
    )


# (part, whole, text): land a region of a state runs is part of that region
RUN_BY_A_REGION: list[tuple[str, str, str]] = [
    (
        "Farsi Island",
        "Bushehr province",
        "Farsi Island is administered by Iran's Bushehr province, and a navy unit is stationed "
        "on it.",
    ),
    (
        "Poyarkovo island",
        "Amur Region",
        "The Poyarkovo island has been administered by Russia's Amur Region since Soviet times.",
    ),
    ("Abu Musa", "Hormozgan", "Abu Musa is administered by the Iranian province of Hormozgan."),
]


@pytest.mark.parametrize("part, whole, text", RUN_BY_A_REGION)
def test_land_run_by_a_region_is_part_of_it(part, whole, text):
    found = facts(text)
    assert any(
        f.rel == "partOf"
        and getattr(f.args.get("part"), "label", None) == part
        and getattr(f.args.get("whole"), "label", None) == whole
        for f in found
    ), shown(found)


def test_land_run_by_a_state_is_held_not_part():
    found = facts("Britain administers the Chagos Islands.")
    assert not any(f.rel == "partOf" for f in found), shown(found)
    assert land_stance(found, "controls", "state", "United Kingdom", "Chagos Archipelago"), shown(
        found
    )


# (claimant, holder, land, text): one place named with and without a common noun after its name
NAMED_ALIKE: list[tuple[str, str, str, str]] = [
    (
        "Nepal",
        "India",
        "Lipulekh",
        "Nepal says Lipulekh is an integral part of Nepal. The Lipulekh pass has been held by "
        "India for decades.",
    ),
    (
        "Timor-Leste",
        "Indonesia",
        "Naktuka",
        "Timor-Leste claims Naktuka. Indonesian police have manned a small post in Naktuka, a "
        "strip of some 1,000 hectares along the Noel Besi river, since the early 2000s.",
    ),
]


@pytest.mark.parametrize("claimant, holder, land, text", NAMED_ALIKE)
def test_a_claim_and_a_holding_of_one_place_are_a_dispute(claimant, holder, land, text):
    found = facts(text)
    parties = {
        frozenset(e.label for e in f.args["parties"])
        for f in found
        if f.rel == "disputes" and getattr(f.args.get("territory"), "label", None) == land
    }
    assert frozenset({claimant, holder}) in parties, shown(found)


def test_another_place_held_is_no_dispute_over_the_claimed_one():
    none_told(
        "Nepal says Kalapani is an integral part of Nepal. The Lipulekh pass has been held by "
        "India for decades.",
        "disputes",
        {},
    )


def test_this_as_the_subject_of_a_land_predicate_is_the_land_told():
    found = facts(
        'Myanmar soldiers planted a flag on Kokul Island on Monday. "This is Myanmar land. Our '
        "soldiers are on Myanmar soil,\" Myanmar's foreign minister said."
    )
    assert land_stance(found, "assertsSovereignty", "state", "Myanmar", "Kokul Island"), shown(
        found
    )


def test_this_elsewhere_is_no_land():
    none_told(
        'Thailand protested over Kokul Island. "This is good news for nobody," the minister said.',
        "assertsSovereignty",
        {},
    )
    none_told(
        "Thailand claims Kokul Island. Myanmar rejected this.",
        "claims",
        {"claimant": "state/myanmar"},
    )
