"""Parts of land told in news wording across writers (issue 12, twentieth round, parts40).

Every sentence was written for this module, in wire-copy wording. Each reading has its rewrites and
its near-misses:
- a town's noun ("town", "city", "capital", "port", "village") whose subject is a place the text
  puts "of" or "in" a land ("Jericho, the largest town in the valley", "Hadibu, the capital of
  Socotra") makes the place part of that land (seen in three articles of two batches: T43, T44);
  a town in a state ("a city in France") is left alone, as is a town the gazetteer knows as a city.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

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
