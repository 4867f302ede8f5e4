"""Parts of land told in news wording across writers (issue 12, twentieth round, parts40).

Every sentence was written for this module, in wire-copy wording. Each reading has its rewrites and
its near-misses:
- a town's noun ("town", "city", "capital", "port", "village") whose subject is a place the text
  puts "of" or "in" a land ("Jericho, the largest town in the valley", "Hadibu, the capital of
  Socotra") makes the place part of that land (seen in three articles of two batches: T42, T46);
  a town in a state ("a city in France") is left alone, as is a town the gazetteer knows as a city;
- the names a plural land noun's apposition lists ("three islets — Congreso, Isabel II and Rey
  Francisco —", "two islets, Mali Skoj and Veliki Skoj") are lands of the noun's kind, where the
  recogniser took them for a person or a body (seen in four articles of four batches: T3, T10, T14,
  T27), so the facts on them can be told.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts, has, none_told, shown

KASANE, CHOBE = "territory/kasane", "territory/chobe-district"

# (roles the partOf fact has, text)
BATTERY: list = [
    # apposition, with a superlative, "the main", an adjective before the noun
    (
        {"part": KASANE, "whole": CHOBE},
        "Police in Kasane, the largest town in the Chobe district, said the boats were seized.",
    ),
    (
        {"part": KASANE, "whole": CHOBE},
        "Kasane, a border town in the Chobe district, was quiet on Sunday.",
    ),
    # a relative clause and a predicate
    (
        {"part": KASANE, "whole": CHOBE},
        "Kasane, which is the main town of the Chobe district, lies on the river.",
    ),
    (
        {"part": "territory/tozeur", "whole": "territory/djerid-region"},
        "Officials said Tozeur is the largest town in the Djerid region.",
    ),
    (
        {"part": "territory/tozeur", "whole": "territory/djerid-region"},
        "Tozeur, the main town of the Djerid region, hosted the talks on Monday.",
    ),
    (
        {"part": "territory/douz", "whole": "territory/kebili-governorate"},
        "Douz, a small oasis town in the Kebili governorate, was cut off by the floods.",
    ),
]


@pytest.mark.parametrize(("roles", "text"), BATTERY)
def test_town_in_land(roles, text):
    found = facts(text)
    assert has(found, "partOf", **roles), shown(found)


# (text, roles no partOf may have)
DENIED: list = [
    # a town in a state: the outlet places it, no unit of the state is told
    ("Troops entered Kiruna, a mining town in Sweden, on Friday.", {}),
    # a city the gazetteer knows is no land
    ("Paris, a city in France, was quiet.", {}),
]


@pytest.mark.parametrize(("text", "roles"), DENIED)
def test_no_town_part(text, roles):
    none_told(text, "partOf", roles)


# (text, names that must be land)
LISTED: list = [
    (
        "The three islets — Congreso, Isabel II and Rey Francisco — lie about 3 km off the coast.",
        ["Congreso", "Isabel II", "Rey Francisco"],
    ),
    (
        "Spain has kept its garrisons on three islets, Congreso, Isabel II and Rey Francisco, "
        "since 1848.",
        ["Congreso", "Isabel II", "Rey Francisco"],
    ),
    (
        "Yemen received the two islands, Zuqar and Hanish al-Kabir, under the award.",
        ["Zuqar", "Hanish al-Kabir"],
    ),
    (
        "Belgium will cede two peninsulas, Petit-Gravier and Eijsden, to the Netherlands.",
        ["Petit-Gravier", "Eijsden"],
    ),
]


@pytest.mark.parametrize(("text", "names"), LISTED)
def test_listed_names_are_land(text, names):
    kinds = entity_kinds(text)
    assert all(kinds.get(n) in ("Island", "Territory") for n in names), kinds


def test_listed_names_take_their_facts():
    found = facts("Two islets, Kastos and Kalamos, are part of the Ionian Islands.")
    for part in ("territory/kastos", "territory/kalamos"):
        assert has(found, "partOf", part=part, whole="territory/ionian-islands"), shown(found)


def test_no_land_from_a_speech_tag():
    """A name after the noun that is no apposition of it ("the two islands, Japan said") stays."""
    kinds = entity_kinds("The two islands, Japan and Russia said, are disputed.")
    assert kinds.get("Japan") == "State"
