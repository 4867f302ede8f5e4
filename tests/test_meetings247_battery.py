"""Summonses and calls as meetings, a battery of issue 12 (meetings2, round 27). Sentences written
for this test, about a river-island row between two invented officials, in wire style.

"the foreign secretary summoned the ambassador": the two met, where and when the sentence says
(data/lexicon/relations.yaml, class ``meeting``: summon; "spoke by telephone"). Rewrites:
the passive, an inserted clause, the title after the name, another trigger. A summons refused or
only planned is none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

RAHMAN, TUN = "person/karim-rahman", "person/aung-tun"

MET = [
    pytest.param(
        "Foreign Secretary Karim Rahman summoned Myanmar's ambassador, Aung Tun, on Tuesday and "
        "handed him a protest note.",
        id="active",
    ),
    pytest.param(
        "Myanmar's ambassador, Aung Tun, was summoned by Foreign Secretary Karim Rahman on Tuesday.",
        id="passive",
    ),
    pytest.param(
        "Foreign Secretary Karim Rahman, who returned from Delhi on Monday, summoned Myanmar's "
        "ambassador, Aung Tun, on Tuesday.",
        id="inserted-clause",
    ),
    pytest.param(
        "Karim Rahman, the foreign secretary, summoned Myanmar's ambassador, Aung Tun, on Tuesday.",
        id="title-after",
    ),
    pytest.param(
        "Foreign Secretary Karim Rahman and Myanmar's ambassador, Aung Tun, spoke by telephone "
        "on Tuesday.",
        id="telephone",
    ),
]


@pytest.mark.parametrize("text", MET)
def test_summons_or_call_is_meeting(text):
    found = facts(text)
    assert find(found, "meeting", participants={RAHMAN, TUN}), shown(found)


NOT_MET = [
    pytest.param(
        "Foreign Secretary Karim Rahman did not summon Myanmar's ambassador, Aung Tun, on Tuesday.",
        id="negated",
    ),
    pytest.param(
        "Foreign Secretary Karim Rahman may summon Myanmar's ambassador, Aung Tun, next week.",
        id="modal",
    ),
]


@pytest.mark.parametrize("text", NOT_MET)
def test_no_meeting_when_not_held(text):
    found = facts(text)
    assert not find(found, "meeting", participants={RAHMAN, TUN}), shown(found)
