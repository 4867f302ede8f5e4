"""A local office's role names its place (issue 12, offices57): "Migori Governor X" holds the
role "governor of Migori", "the mayor of Sulina, X" the role "mayor of Sulina". The holding stays
the place's government (offices of regions, not of the state they are in: test_people2_battery);
only the role's words change, so that the role says which governor. Offices of a place are data
(``of: place`` in data/gazetteer/offices.yaml).

Sentences written for these tests in wire style, about Russia, India, Kenya, Uruguay, Japan,
Romania, the Philippines and Gibraltar.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

# (sentence, person, the place's government, words the role keeps)
HEADS: list[tuple[str, str, str, str]] = [
    (
        "Sakhalin Governor Valery Limarenko said the zone would open next year.",
        "Valery Limarenko",
        "organization/government-of-sakhalin",
        "governor of sakhalin",
    ),
    (
        "Migori Governor Ochilo Ayacko said Kenyan crews still had to buy Ugandan permits.",
        "Ochilo Ayacko",
        "organization/government-of-migori",
        "governor of migori",
    ),
    (
        "The intendant of Uruguay's Artigas department, Valentina dos Santos, backed the government.",
        "Valentina dos Santos",
        "organization/government-of-artigas-department",
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
        "organization/government-of-palawan",
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
