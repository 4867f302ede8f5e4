"""Meetings of two states' bodies (issue 12, documents and meetings, round 30).

News tells the rounds of a joint commission, a committee or two delegations by the body that met,
not by the people in it: "the two countries' joint commission met in Brazzaville", "Iraqi and
Kuwaiti officials meeting in Baghdad signed minutes", "the two delegations had been meeting in
Beijing since October 5", "the joint committee, which last met in Honiara in March". The newest
gold gives such a meeting as one of the states, with its place and day (rules/state_bodies.py).

Tested: the states a body's phrase names (demonyms, an of-phrase, "the two countries'"), or the
article's two states for a body told as shared ("joint", "the two delegations"); the day of a
progressive "had been meeting since" (its first day) and of a relative clause ("which last met
in ..."), not the day the body was set up. None where a person is named as meeting, where one
state's officials met, where the body only has a habit ("officials meet every month"), a record
("has met only twice") or a plan ("will meet next month"); where people are told meeting that
day ("The session was chaired by A and B"), the meeting is theirs, in the body's city. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import meetings_read

LEAD = "BASRA, March 20, 2026 - Iraq and Kuwait have quarrelled for years over the Khor Abdullah waterway. "
DAY = "2026-03-20"
STATES = {"Iraq", "Kuwait"}


def meetings(text: str) -> list[tuple[set[str], str | None, str | None]]:
    return meetings_read(LEAD + text, DAY)


STATE_BODIES = [
    (
        "The two countries' joint commission on the waterway met in Kuwait City on Monday.",
        "Kuwait City",
        "2026-03-16",
    ),
    ("The joint boundary committee met in Kuwait City on Monday.", "Kuwait City", "2026-03-16"),
    ("Officials of Iraq and Kuwait met in Kuwait City on Monday.", "Kuwait City", "2026-03-16"),
    (
        "The Iraqi and Kuwaiti delegations met in Kuwait City on Monday.",
        "Kuwait City",
        "2026-03-16",
    ),
    (
        "On Monday, Iraqi and Kuwaiti officials meeting in Baghdad as the joint technical committee signed minutes on the buoys.",
        "Baghdad",
        "2026-03-16",
    ),
    (
        "The two delegations had been meeting in Baghdad since March 5, 2026.",
        "Baghdad",
        "2026-03-05",
    ),
    (
        "The joint commission, set up by the two governments in 2019, met in Baghdad on Monday.",
        "Baghdad",
        "2026-03-16",
    ),
    (
        "Kuwait hopes that the joint committee, which last met in Baghdad in February 2026, will meet again soon.",
        "Baghdad",
        "2026-02",
    ),
]


@pytest.mark.parametrize(("text", "place", "date"), STATE_BODIES)
def test_a_body_of_both_states_that_met_is_a_meeting_of_the_states(
    text: str, place: str, date: str
) -> None:
    assert (STATES, place, date) in meetings(text)


NO_STATES_MEETING = [
    "Iraqi officials met in Baghdad on Monday.",  # one state's officials
    "Iraqi and Kuwaiti officials meet in Safwan every month.",  # a habit
    "The joint commission, set up in 2019, has met only twice.",  # a record
    "The joint commission will meet in Baghdad next month.",  # a plan
    "The joint commission did not meet in Baghdad on Monday.",  # denied
]


@pytest.mark.parametrize("text", NO_STATES_MEETING)
def test_no_meeting_of_the_states(text: str) -> None:
    assert not any(who == STATES for who, _, _ in meetings(text))


def test_a_body_led_by_people_is_their_meeting() -> None:
    text = (
        "Delegations led by Iraqi Foreign Minister Fuad Hussein and Kuwaiti Foreign Minister "
        "Abdullah al-Yahya met in Baghdad on Monday."
    )
    assert meetings(text) == [({"Fuad Hussein", "Abdullah al-Yahya"}, "Baghdad", "2026-03-16")]


def test_people_told_meeting_that_day_hold_the_meeting_in_the_bodys_city() -> None:
    text = (
        "The joint commission met in Baghdad on Monday. The session was chaired by Iraqi Foreign "
        "Minister Fuad Hussein and his Kuwaiti counterpart Abdullah al-Yahya."
    )
    assert meetings(text) == [({"Fuad Hussein", "Abdullah al-Yahya"}, "Baghdad", "2026-03-16")]
