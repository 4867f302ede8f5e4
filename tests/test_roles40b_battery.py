"""A meeting told as held at a building, with no city in its sentence: "who met X at the White
House", "held talks at Hyderabad House", "met Y at the presidential palace", "held talks with Z at
Carthage Palace" (issue 12, twentieth round, roles40b). The building is the meeting's place.

Seen in five articles of five batches (T-groups and held-out A-C readable batches), where the
meeting was found with no place or with the dateline's city. A city the sentence names still wins,
and a building told of a meeting already placed in a city adds no second meeting.
Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _places(text: str) -> list[str | None]:
    """The label of each meeting's place (None where it has none)."""
    out: list[str | None] = []
    for f in facts(text):
        if f.rel == "meeting":
            place = f.args.get("place")
            out.append(None if place is None else place.label)
    return out


VENUES = [
    (
        "Prime Minister Mark Carney, who met President Donald Trump at the White House on "
        "Tuesday, promised to double Canada's Arctic patrols.",
        "White House",
    ),
    (
        "Canadian Prime Minister Mark Carney met U.S. President Donald Trump at the White House "
        "on Tuesday.",
        "White House",
    ),
    (
        "Panamanian President Jose Raul Mulino received U.S. Secretary of State Marco Rubio at "
        "the presidential palace on Sunday.",
        "presidential palace",
    ),
    (
        "U.S. Secretary of State Marco Rubio, who held talks with Panamanian President Jose Raul "
        "Mulino at the presidential palace on Sunday, said the status quo was unacceptable.",
        "presidential palace",
    ),
    (
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina, who "
        "held talks at Hyderabad House, signed ten agreements on Saturday.",
        "Hyderabad House",
    ),
    (
        "Libyan Prime Minister Abdul Hamid Dbeibah held talks with Tunisian President Kais Saied "
        "at Carthage Palace on Tuesday.",
        "Carthage Palace",
    ),
    # -- rewrites: the host as subject, the passive, talks as the subject, a name with "of"
    (
        "Panamanian President Jose Raul Mulino hosted U.S. Secretary of State Marco Rubio at the "
        "presidential palace on Sunday.",
        "presidential palace",
    ),
    (
        "U.S. Secretary of State Marco Rubio was received by Panamanian President Jose Raul "
        "Mulino at the presidential palace on Sunday.",
        "presidential palace",
    ),
    (
        "Talks between Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh "
        "Hasina were held at Hyderabad House on Saturday.",
        "Hyderabad House",
    ),
    (
        "Indian Prime Minister Narendra Modi met Bangladeshi Prime Minister Sheikh Hasina at the "
        "Palace of Westminster on Saturday.",
        "Palace of Westminster",
    ),
    (
        "Japanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi at the "
        "residence of the Japanese ambassador on Sunday.",
        "residence of the Japanese ambassador",
    ),
]


@pytest.mark.parametrize(("text", "place"), VENUES)
def test_meeting_at_a_building_is_placed_there(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_city_the_sentence_names_wins_over_the_building() -> None:
    text = (
        "Canadian Prime Minister Mark Carney met U.S. President Donald Trump at the White House "
        "in Washington on Tuesday."
    )
    assert _places(text) == ["Washington"]


def test_a_residence_in_a_named_city_is_placed_in_the_city() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Bangladeshi Prime Minister Sheikh Hasina at his "
        "official residence in New Delhi on Saturday."
    )
    assert _places(text) == ["New Delhi"]


def test_a_building_adds_no_second_meeting_to_one_placed_in_a_city() -> None:
    text = (
        "Bangladesh's foreign minister Touhid Hossain met his Indian counterpart Subrahmanyam "
        "Jaishankar in Dhaka on Tuesday. The two ministers held talks at the state guest house, "
        "officials said."
    )
    assert _places(text) == ["Dhaka"]


def test_a_city_told_after_the_building_adds_no_second_meeting() -> None:
    text = (
        "U.S. Secretary of State Marco Rubio met Panamanian President Jose Raul Mulino at the "
        "presidential palace on Sunday. The two leaders met in Panama City on Sunday, officials "
        "said."
    )
    assert len(_places(text)) == 1


def test_a_house_of_no_meeting_is_no_place() -> None:
    text = "Japanese Prime Minister Fumio Kishida spoke at the White House on Tuesday."
    assert _places(text) == []
