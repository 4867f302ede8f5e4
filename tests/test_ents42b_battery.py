"""A name the recogniser calls a person or a body, coordinated with a land, is land
(kg.ingest.nlp.conjoined_lands): "the larger Tarvik island and Oskela", "between Marrow Island and
Japan's Benkai".

Sentences written for these tests, on islands and districts no gazetteer lists.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds

_LAND = ("Territory", "Island")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Kuwait owns the larger Tarvik island and Oskela.", "Oskela"),
        (
            "The larger Tarvik island and Oskela, both held by Kuwait, are claimed by Iraq.",
            "Oskela",
        ),
        ("Iraq has long claimed Tarvik island as well as Oskela.", None),
        ("The zone lies between Marrow Island and Japan's Benkai.", "Benkai"),
        ("The zone, rich in gas, stretches from Marrow Island to Benkai.", None),
        ("The archipelago includes Socotra, Abd al-Kuri, Samhah and Darsah.", "Samhah"),
        ("Socotra, Abd al-Kuri, Samhah and Darsah make up the archipelago.", "Darsah"),
        ("The archipelago includes Socotra, Abd al-Kuri, Samhah and Darsah.", "Abd al-Kuri"),
    ],
)
def test_a_name_listed_with_a_land_is_land(sentence, name):
    kinds = entity_kinds(sentence)
    if name is None:  # no coordination: the rule says nothing, whatever the other readers say
        return
    assert kinds.get(name) in _LAND, kinds


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        # a body's word or an honorific keeps a name what it is
        ("Iraq claims Tarvik island and the Oskela Foundation.", "Oskela Foundation", _LAND),
        ("Kuwait and Mr Oskela visited Tarvik island.", "Oskela", _LAND),
        # a state is no cue: "Kuwait and the Arab Cooperation Council"
        ("Kuwait and Oskela Holdings signed the deal.", "Oskela Holdings", _LAND),
        # commas alone make no list: the body after an island's name is in apposition
        (
            "At its session on Tarvik island, the General Oskela, the territory's assembly, "
            "declared the atoll theirs.",
            "General Oskela",
            _LAND,
        ),
        # a given name and a surname stay a person's
        ("Officials from Tarvik island and Maria Kowalska met in Kuwait.", "Maria Kowalska", _LAND),
    ],
)
def test_no_land_without_a_land_beside_it(sentence, name, kind):
    kinds = entity_kinds(sentence)
    assert kinds.get(name) not in kind, kinds


# -- the name a town's office is of is a town (kg.ingest.nlp.town_titles) -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tirana jailed Nikos Varga, an ethnic Greek who was elected mayor of Vrellas last year.",
        "Nikos Varga, the mayor of Vrellas, said he would appeal.",
        "The mayor of Vrellas, Nikos Varga, said he would appeal.",
        "Vrellas mayor Nikos Varga told reporters he would appeal.",
        "Vrellas's mayor, Nikos Varga, told reporters he would appeal.",
    ],
)
def test_the_place_a_mayor_is_of_is_a_town(sentence):
    kinds = entity_kinds(sentence)
    assert kinds.get("Vrellas") == "City", kinds


def test_a_governor_is_still_of_a_land():
    kinds = entity_kinds("Nikos Varga, the governor of Vrellas, said he would appeal.")
    assert kinds.get("Vrellas") != "City", kinds


# -- a name before "dam" is the dam's place, no person (land_nouns of data/lexicon/places.yaml) --


@pytest.mark.parametrize(
    "sentence",
    [
        "Bosnia says the Orlava dam stands partly on its soil.",
        "The Orlava dam, completed in 1955, stands partly on Bosnian soil.",
        "Bosnia says part of the land under the Orlava dam is Bosnian.",
    ],
)
def test_a_name_before_dam_is_no_person(sentence):
    kinds = entity_kinds(sentence)
    assert kinds.get("Orlava dam") == "Territory", kinds
    assert "Person" not in kinds.values(), kinds
