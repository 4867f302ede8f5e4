"""Undersea features and the poles: "the Lomonosov Ridge", "the Mendeleev Rise" and "the Tropic
seamount" are lands a state claims, not people or bodies (``land_nouns`` of data/lexicon/
places.yaml); "the North Pole" is a place, not a Pole's country (data/gazetteer/territories.yaml).
Well-known regions news names bare ("the Sinai", "Svalbard") are the gazetteer's, with their holder.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts, has

DENMARK, RUSSIA = "state/denmark", "state/russia"


@pytest.mark.parametrize(
    "sentence, territory",
    [
        ("Denmark claims the Lomonosov Ridge.", "territory/lomonosov-ridge"),
        ("The Lomonosov Ridge is claimed by Denmark.", "territory/lomonosov-ridge"),
        (
            "Denmark, which filed its submission in 2014, claims the Alpha Ridge.",
            "territory/alpha-ridge",
        ),
        ("Denmark has laid claim to the Mendeleev Rise.", "territory/mendeleev-rise"),
        ("Denmark claims the Tropic Seamount.", "territory/tropic-seamount"),
    ],
)
def test_an_undersea_feature_is_a_land_a_state_claims(sentence, territory):
    found = facts(sentence)
    assert has(found, "claims", claimant=DENMARK, territory=territory)


def test_a_ridge_is_no_person_and_a_rise_no_body():
    kinds = entity_kinds("Russia says the Gakkel Ridge and the Mendeleev Rise are its own.")
    assert kinds.get("Gakkel Ridge") == "Territory"
    assert kinds.get("Mendeleev Rise") == "Territory"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's claim now stretches across the North Pole.",
        "The claim, which reaches the North Pole, was filed on Monday.",
        "An expedition reached the South Pole in December.",
    ],
)
def test_a_pole_is_no_country(sentence):
    kinds = entity_kinds(sentence)
    assert "Poland" not in kinds
    assert "North Pole" in kinds or "South Pole" in kinds


def test_a_rise_in_lower_case_is_no_land():
    kinds = entity_kinds("Russia warned of a rise in tension near the border with Estonia.")
    assert not any(k in ("Territory", "Island") for k in kinds.values())


@pytest.mark.parametrize(
    "sentence, territory, state",
    [
        (
            "Israel handed the Sinai back to Egypt in 1982.",
            "territory/sinai",
            "state/egypt",
        ),
        ("The Sinai was returned to Egypt in 1982.", "territory/sinai", "state/egypt"),
    ],
)
def test_a_region_named_bare_is_the_gazetteers(sentence, territory, state):
    found = facts(sentence)
    assert has(found, "handedOverTo", territory=territory, to=state)


def test_an_archipelago_named_bare_is_a_group():
    assert entity_kinds("Norway has held Svalbard since 1920.").get("Svalbard") == "IslandGroup"
