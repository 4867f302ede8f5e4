"""Meetings told by who chaired them, a battery of issue 12 (meetings46). Sentences written for this
test, about a lake patrol row between two invented ministers, in wire style.

"at a meeting of the joint commission in Lubumbashi, which was co-chaired by A and B", "a meeting
of the authority, chaired by A and B": the chairs of a meeting are the people who met
(rules/meeting_chairs.py), however the parser hangs the participle or the relative clause (on the
body of the "of" phrase, the city of the "in" phrase, or the main clause; "co-chaired" split in
three). Seen in the gold of several writers (a defence commission on Lake Mweru, a river authority
on the Mahakali, a boundary round). A clause of its own, or a chair of something else, is none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

CHAMA, MUKENA = "person/davies-chama", "person/aime-ngoi-mukena"
LUBUMBASHI = "city/lubumbashi"
_PAIR = "Davies Chama and Aime Ngoi Mukena"
_TITLED = "Zambian Defence Minister Davies Chama and his Congolese counterpart Aime Ngoi Mukena"

CHAIRED = [
    pytest.param(f"The decision was taken at a meeting chaired by {_PAIR}.", id="participle"),
    pytest.param(
        f"The decision was taken at a meeting in Lubumbashi which was chaired by {_PAIR}.",
        id="relative",
    ),
    pytest.param(
        f"The decision was taken at a meeting in Lubumbashi which was co-chaired by {_PAIR}.",
        id="relative-co",
    ),
    pytest.param(
        f"The decision was taken at a meeting of the joint commission, chaired by {_PAIR}.",
        id="of-body",
    ),
    pytest.param(
        "The decision was taken at a meeting of the joint commission in Lubumbashi, which was "
        f"co-chaired by {_PAIR}.",
        id="of-body-in-city",
    ),
    pytest.param(
        "The decision was taken at a meeting of the two countries' Joint Permanent Commission on "
        f"Defence and Security in Lubumbashi, which was co-chaired by {_TITLED}.",
        id="titled",
    ),
    pytest.param(
        f"A meeting of the joint commission, co-chaired by {_PAIR}, was held in Lubumbashi.",
        id="subject",
    ),
    pytest.param(
        f"At a meeting of the joint commission in Lubumbashi, co-chaired by {_PAIR}, the two "
        "sides agreed to patrol the lake together.",
        id="fronted",
    ),
    pytest.param(
        f"The patrols were agreed at a meeting of the joint commission, chaired by {_PAIR}, in "
        "Lubumbashi on Monday.",
        id="other-verb",
    ),
]


@pytest.mark.parametrize("text", CHAIRED)
def test_chairs_met(text):
    found = facts(text)
    assert find(found, "meeting", participants={CHAMA, MUKENA}), shown(found)


def test_chaired_meeting_keeps_its_city():
    found = facts(
        "The decision was taken at a meeting of the joint commission in Lubumbashi, which was "
        f"co-chaired by {_PAIR}."
    )
    assert find(found, "meeting", participants={CHAMA, MUKENA}, place=LUBUMBASHI), shown(found)


NOT_CHAIRED = [
    pytest.param(
        f"The decision was taken at a meeting in Lubumbashi, after the report was chaired by {_PAIR}.",
        id="own-clause",
    ),
    pytest.param(
        f"The decision, chaired by {_PAIR}, was taken at a meeting in Lubumbashi.", id="not-meeting"
    ),
    pytest.param(
        f"The decision was taken at a meeting in Lubumbashi of a panel, and the inquiry was chaired "
        f"by {_PAIR}.",
        id="other-noun",
    ),
    pytest.param(
        f"A planned meeting of the joint commission, co-chaired by {_PAIR}, was cancelled.",
        id="cancelled",
    ),
]


@pytest.mark.parametrize("text", NOT_CHAIRED)
def test_no_meeting_of_chairs(text):
    found = facts(text)
    assert not find(found, "meeting", participants={CHAMA, MUKENA}), shown(found)
