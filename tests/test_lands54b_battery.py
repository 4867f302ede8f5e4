"""Land run from a town, and part of the national territory (issue 12, lands54b).

News tells who holds a land by the town it is run from: "Essequibo ... is administered from
Georgetown", "the hamlets have been run from Piran", "the islands are governed from Stanley". The
passive of a verb of running (data/lexicon/places.yaml local_holders ``from_verbs``) with "from" a
town the gazetteer places in a state, or in a land a state holds, tells that state holds the land
(rules/local_holders.py). A thing that is no land run from a town, a denied running, and land the
gazetteer knows another state to hold are no holding.

"An integral part of the national territory" said by a state's minister is a claim and an assertion
of sovereignty of the speaker's own state: "national" says whose the territory is
(rules/whole_states.py). "The national territory of Britain" names another's, and is none.

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


# "part of the national territory": the speaker's own state (rules/whole_states.py).
NATIONAL: list[tuple[str, str, str]] = [
    (
        "Argentina",
        "Falkland Islands",
        "Argentina's foreign minister Pablo Quirno said the Falklands were an integral part of "
        "the national territory.",
    ),
    (
        "Spain",
        "Gibraltar",
        'The Spanish foreign minister said Gibraltar "is and remains an integral part of the '
        'national territory".',
    ),
]


@pytest.mark.parametrize("state, land, text", NATIONAL)
def test_part_of_the_national_territory_is_the_speakers_state(state, land, text):
    found = facts(text)
    assert land_stance(found, "claims", "claimant", state, land), shown(found)
    assert land_stance(found, "assertsSovereignty", "state", state, land), shown(found)


def test_the_national_territory_of_a_named_state_is_not_the_speakers():
    text = (
        "Argentina's foreign minister said the islands were never part of the national territory "
        "of Britain."
    )
    none_told(text, "assertsSovereignty", {})


# A local body named by a common noun runs land for its gazetteer holder (rules/local_holders.py).
LOCAL_NOUNS: list[tuple[str, str, str]] = [
    (
        "Russia",
        "Kuril Islands",
        "The region, which administers the Kuril Islands, plans a new ferry line by 2027.",
    ),
    (
        "United Kingdom",
        "Falkland Islands",
        "The town council, which has governed the Falkland Islands since 1985, approved the budget.",
    ),
]


@pytest.mark.parametrize("state, land, text", LOCAL_NOUNS)
def test_a_local_body_runs_land_for_its_holder(state, land, text):
    found = facts(text)
    assert land_stance(found, "controls", "state", state, land), shown(found)


def test_a_local_body_running_land_of_no_holder_tells_none():
    none_told("The province, which administers the Spratly Islands, said so.", "controls", {})
