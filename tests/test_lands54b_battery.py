"""Land run from a town (issue 12, lands54b).

News tells who holds a land by the town it is run from: "Essequibo ... is administered from
Georgetown", "the hamlets have been run from Piran", "the islands are governed from Stanley". The
passive of a verb of running (data/lexicon/places.yaml local_holders ``from_verbs``) with "from" a
town the gazetteer places in a state, or in a land a state holds, tells that state holds the land
(rules/local_holders.py). A thing that is no land run from a town, a denied running, and land the
gazetteer knows another state to hold are no holding.

Sentences written for these tests (other lands and towns than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (state, land, text)
RUN_FROM: list[tuple[str, str, str]] = [
    ("Sudan", "Abyei", "Abyei has been administered from Khartoum for years."),
    (
        "Guyana",
        "Guayana Esequiba",
        "Essequibo, a sparsely populated stretch of forest, makes up two-thirds of the country and "
        "is administered from Georgetown.",
    ),
    ("United Kingdom", "Falkland Islands", "The Falkland Islands are governed from Stanley."),
    ("Sudan", "Abyei", "Since 2011 Abyei, home to Ngok Dinka herders, has been run from Khartoum."),
]


@pytest.mark.parametrize("state, land, text", RUN_FROM)
def test_land_run_from_a_town_is_held_by_its_state(state, land, text):
    found = facts(text)
    assert land_stance(found, "controls", "state", state, land), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The operation was run from Georgetown.",
        "Essequibo is not administered from Georgetown.",
        "Abyei has never been governed from Khartoum.",
    ],
)
def test_no_holding_from_a_town_where_none_is_told(text):
    none_told(text, "controls", {})
