"""Places the gazetteer does not know, told from people by a word of their own (data/lexicon/
places.yaml), and a place that only locates another not taken for what "the island" means.

The sentences are written for these tests, on disputes the gazetteer does not list.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts, has

from kg.ingest.nlp.places import place_entity

NICARAGUA, COLOMBIA, HONDURAS = "state/nicaragua", "state/colombia", "state/honduras"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicaragua claims Alice Shoal.",
        "Alice Shoal is claimed by Nicaragua.",
        "Nicaragua, which lost a court case in 2012, still claims Alice Shoal.",
        "Nicaragua has long laid claim to Alice Shoal.",
        "Nicaragua's claim to Alice Shoal dates back to the 1920s.",
    ],
)
def test_an_unknown_shoal_is_the_territory_claimed(sentence):
    found = facts(sentence)
    assert has(found, "claims", claimant=NICARAGUA, territory="territory/alice-shoal")
    assert not any(e.kind == "Person" for f in found for e in f.args.values() if hasattr(e, "kind"))


@pytest.mark.parametrize(
    "sentence, territory",
    [
        ("Colombia controls Cayo Bolivar, which Nicaragua claims.", "territory/cayo-bolivar"),
        (
            "Cayo Bolivar, which Nicaragua claims, is controlled by Colombia.",
            "territory/cayo-bolivar",
        ),
        (
            "Colombia controls the Albuquerque Cays, which Nicaragua claims.",
            "territory/albuquerque-cays",
        ),
    ],
)
def test_a_name_opened_or_closed_by_a_feature_word_is_an_island(sentence, territory):
    found = facts(sentence)
    assert has(found, "controls", state=COLOMBIA, territory=territory)
    assert has(found, "claims", claimant=NICARAGUA, territory=territory)


def test_a_group_name_is_a_group_and_a_superlative_names_its_part():
    text = (
        "Colombia and Nicaragua dispute the Albuquerque Cays. "
        "Cayo del Norte, the largest of the islands, has a naval post."
    )
    kinds = entity_kinds(text)
    assert kinds["Albuquerque Cays"] == "IslandGroup"
    assert kinds["Cayo del Norte"] == "Island"
    found = facts(text)
    part = "territory/cayo-del-norte"
    assert has(found, "partOf", part=part, whole="territory/albuquerque-cays")


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("The ministers met in Puerto Lempira on Monday.", "Puerto Lempira", "City"),
        ("Fishermen from San Andres said they were not consulted.", "San Andres", "City"),
        ("The navy sent a ship to Isla Providencia last week.", "Isla Providencia", "Island"),
    ],
)
def test_a_town_or_island_is_no_person(sentence, name, kind):
    assert entity_kinds(sentence).get(name) == kind


@pytest.mark.parametrize(
    "sentence, person",
    [
        (
            "Juan Carlos Moreno, the foreign minister of Honduras, said the talks would resume.",
            "Juan Carlos Moreno",
        ),
        ("Reef Fisheries Director Ana Lopez said the ban was legal.", "Ana Lopez"),
        ("Francis Scott Key wrote the anthem.", "Francis Scott Key"),
    ],
)
def test_a_person_stays_a_person(sentence, person):
    assert entity_kinds(sentence).get(person) == "Person"


def test_the_place_words_are_data():
    assert place_entity("Hunter Cay").kind == "Island"
    assert place_entity("Cayos Miskitos").kind == "IslandGroup"
    assert place_entity("Port Moresby").kind == "City"
    assert place_entity("Maria Cay") is not None
    assert place_entity("Cay") is None  # one word names nothing by itself
    assert place_entity("Maria Lopez") is None


@pytest.mark.parametrize(
    "first",
    [
        "Honduras and Nicaragua signed an agreement dividing Media Luna Reef, a sandbank in the "
        "sea between Providencia and Cayo Gorda.",
        "Honduras and Nicaragua signed an agreement dividing Media Luna Reef, a sandbank near "
        "Cayo Gorda.",
    ],
)
def test_a_landmark_is_not_what_the_island_means(first):
    found = facts(first + " Both countries had claimed the island for decades.")
    assert has(found, "claims", claimant=HONDURAS, territory="territory/media-luna-reef")
    assert not has(found, "claims", claimant=HONDURAS, territory="territory/cayo-gorda")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicaragua protested over the Albuquerque Cays, a chain of small islands that Colombia "
        "controls.",
        "Nicaragua protested on Monday over the Albuquerque Cays, a string of tiny islands that "
        "Colombia has administered since 1928.",
        "Nicaragua protested on Monday over the Albuquerque Cays, a cluster of islets which "
        "Colombia controls.",
    ],
)
def test_a_group_phrase_in_apposition_is_the_group_named(sentence):
    found = facts(sentence)
    assert has(found, "controls", state=COLOMBIA, territory="territory/albuquerque-cays")


def test_a_group_phrase_with_no_group_beside_it_is_no_named_group():
    found = facts("Colombia controls a chain of small coral islands near the coast.")
    assert not has(found, "controls", state=COLOMBIA, territory="territory/albuquerque-cays")
