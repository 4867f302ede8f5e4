"""A local office's role names its place (issue 12, offices57): "Migori Governor X" holds the
role "governor of Migori", "the mayor of Sulina, X" the role "mayor of Sulina". A region's head
holds an office of the state the gazetteer (Sakhalin's holder) or the article ("Uruguay's Artigas
department") puts the region in, else the one data/gazetteer/regions.yaml lists it under
(Migori, Palawan here: offices58, as the gold of h388 and h496 reads Migori's governor Kenya's);
a mayor's, and a head's of a region placed nowhere, stay the place's government. Offices of a place are data (``of: place`` and
``reported: state`` in data/gazetteer/offices.yaml).

Sentences written for these tests in wire style, about Russia, India, Kenya, Uruguay, Japan,
Romania, the Philippines and Gibraltar.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

# (sentence, person, the state or the place's government, words the role keeps)
HEADS: list[tuple[str, str, str, str]] = [
    (
        "Sakhalin Governor Valery Limarenko said the zone would open next year.",
        "Valery Limarenko",
        "state/russia",
        "governor of sakhalin",
    ),
    (
        "Migori Governor Ochilo Ayacko said Kenyan crews still had to buy Ugandan permits.",
        "Ochilo Ayacko",
        "state/kenya",
        "governor of migori",
    ),
    (
        "The intendant of Uruguay's Artigas department, Valentina dos Santos, backed the government.",
        "Valentina dos Santos",
        "state/uruguay",
        "intendant of artigas",
    ),
    (
        "Ionel Anghel, the mayor of Sulina, said the dredging had hurt fishermen.",
        "Ionel Anghel",
        "organization/government-of-sulina",
        "mayor of sulina",
    ),
    (
        "The shoal lies off Palawan. Fishermen were chased away, Palawan Governor Amy Alvarez "
        "said on Monday.",
        "Amy Alvarez",
        "state/philippines",
        "governor of palawan",
    ),
]


def _holding(found, person):
    return [f for f in found if f.rel == "holdsRole" and f.args["person"].label == person]


@pytest.mark.parametrize("sentence, person, government, role", HEADS)
def test_a_local_heads_role_names_the_place(sentence, person, government, role):
    found = facts(sentence)
    held = _holding(found, person)
    assert any(
        f.args["of"].key == government and f.args["role"].lower().startswith(role) for f in held
    ), shown(found)


@pytest.mark.parametrize(
    "sentence, person, role",
    [
        (
            "The governor of Hokkaido, Naomichi Suzuki, said fishermen should stay clear.",
            "Naomichi Suzuki",
            "governor of hokkaido",
        ),
        (
            "Gibraltar's Chief Minister Fabian Picardo welcomed the treaty.",
            "Fabian Picardo",
            "chief minister",
        ),
    ],
)
def test_words_that_name_the_place_are_kept_as_written(sentence, person, role):
    """No place added twice ("governor of Hokkaido of Hokkaido")."""
    found = facts(sentence)
    roles = [f.args["role"].lower() for f in _holding(found, person)]
    assert all(r.count("hokkaido") <= 1 and r.count("gibraltar") <= 1 for r in roles), shown(found)
    assert any(r.startswith(role) for r in roles), shown(found)


def test_a_state_office_keeps_its_words():
    found = facts("Foreign Minister Hugo de Zela said Peru would not allow the wall.")
    roles = [f.args["role"] for f in _holding(found, "Hugo de Zela")]
    assert roles and all(" of " not in r for r in roles), shown(found)


@pytest.mark.parametrize(
    "sentence, person, state",
    [
        (
            "Arunachal Pradesh Chief Minister Pema Khandu rejected the names China gave.",
            "Pema Khandu",
            "state/india",
        ),
        (
            "France protested over a post on the border with the Brazilian state of Amapa. "
            "Amapa's governor, Clecio Luis, said the post would stay.",
            "Clecio Luis",
            "state/brazil",
        ),
        (
            "The island has been run by Russia's Amur Region since Soviet times. \"The treaty "
            'works," Amur Region Governor Vasily Orlov told reporters.',
            "Vasily Orlov",
            "state/russia",
        ),
    ],
)
def test_a_placed_regions_head_holds_an_office_of_its_state(sentence, person, state):
    found = facts(sentence)
    assert any(f.args["of"].key == state for f in _holding(found, person)), shown(found)


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Tokyo Governor Yuriko Koike said the islands were Japanese.", "Yuriko Koike"),
        ("The Chief Minister of Gibraltar, Fabian Picardo, welcomed the treaty.", "Fabian Picardo"),
        (
            "Ionel Anghel, the mayor of Sulina, said the dredging had hurt fishermen.",
            "Ionel Anghel",
        ),
    ],
)
def test_a_citys_head_and_a_self_governing_lands_stay_the_places(sentence, person):
    found = facts(sentence)
    assert not any(f.args["of"].kind == "State" for f in _holding(found, person)), shown(found)
