"""Handovers, suspensions and withdrawals as news tells them (issue 12, twenty-third round,
handover43).

The reason a suspension or a withdrawal gives, told by a motive noun ("closed the border in
solidarity with Azerbaijan") or by the doer's own justification in a participle of saying ("withdrew
from the understanding, saying Buenos Aires had not lifted the blockades", "..., arguing that it had
been ratified under pressure"): seen in three readable articles of two study batches (h227, h236,
h237). The justification counts only where no other reason is told ("after the attack, saying ...")
and never for what is to come ("saying it would resume them next year").

A land told again by a generic noun (a cause seen in h36 "the town", h223 "the tract", h290 "the
pass"): "the tract" is the land named last, as "the area" and "the land" are (h223). "The town"
and "the pass" are left out: read so, "the town" took the wrong one of two cities (h36), lost a
town named in a valley (a partOf), and "the pass" added an unmatched handover and dispute (h290).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

TURKEY, PERU, URUGUAY, RUSSIA = "state/turkey", "state/peru", "state/uruguay", "state/russia"
PAKISTAN, CHINA, SHAKSGAM = "state/pakistan", "state/china", "territory/shaksgam-valley"


def _reason(text: str, rel: str, who: str, role: str) -> str | None:
    found = facts(text)
    told = [f for f in found if f.rel == rel and getattr(f.args.get(role), "key", None) == who]
    assert told, shown(found)
    reason = told[0].args.get("reason")
    return reason if isinstance(reason, str) else None


MOTIVES = [
    # -- the motive noun fronted, inserted, last; another verb of suspending
    ("Turkey closed the border in 1993, in solidarity with Azerbaijan, after the war.", "suspends"),
    ("In solidarity with Azerbaijan, Turkey closed its border with Armenia in 1993.", "suspends"),
    ("Turkey shut the main crossing with Armenia in solidarity with Azerbaijan.", "suspends"),
    ("Turkey suspended all flights to Armenia in 1993 in solidarity with Azerbaijan.", "suspends"),
]


@pytest.mark.parametrize(("text", "rel"), MOTIVES)
def test_motive_noun_is_the_reason(text: str, rel: str) -> None:
    reason = _reason(text, rel, TURKEY, "party")
    assert reason is not None and "solidarity with Azerbaijan" in reason, reason


JUSTIFIED = [
    (
        "Peru declared that it no longer considered itself bound by the 1922 treaty, arguing that "
        "it had been ratified under pressure.",
        "withdrewObligation",
        PERU,
        "state",
        "ratified under pressure",
    ),
    (
        "Peru renounced the 1922 treaty in 1932, arguing that it had been ratified under pressure.",
        "withdrewObligation",
        PERU,
        "state",
        "ratified under pressure",
    ),
    (
        "Uruguay withdrew from the 2006 agreement, saying Argentina had not lifted the road "
        "blockades.",
        "withdrewObligation",
        URUGUAY,
        "state",
        "had not lifted the road blockades",
    ),
    (
        "Uruguay, in turn, pulled out of the 2006 accord with Argentina, saying the blockades on "
        "the bridge had not been lifted.",
        "withdrewObligation",
        URUGUAY,
        "state",
        "blockades on the bridge had not been lifted",
    ),
    (
        "Russia suspended the peace treaty talks, saying Japan had joined the sanctions.",
        "suspends",
        RUSSIA,
        "party",
        "Japan had joined the sanctions",
    ),
    (
        "The talks were suspended by Russia, arguing that Japan had joined the sanctions.",
        "suspends",
        RUSSIA,
        "party",
        "Japan had joined the sanctions",
    ),
]


@pytest.mark.parametrize(("text", "rel", "who", "role", "words"), JUSTIFIED)
def test_justification_is_the_reason(text: str, rel: str, who: str, role: str, words: str) -> None:
    reason = _reason(text, rel, who, role)
    assert reason is not None and words in reason, reason


NO_JUSTIFICATION = [
    # another reason told: it stays the reason
    (
        "Russia suspended the talks after the attack, saying Japan had imposed sanctions.",
        "the attack",
    ),
    # what is to come is no justification
    ("Russia suspended the talks, saying it would resume them next year.", None),
    ("Russia suspended the talks, saying they could resume in the spring.", None),
]


@pytest.mark.parametrize(("text", "want"), NO_JUSTIFICATION)
def test_no_justification_where_none_is_told(text: str, want: str | None) -> None:
    assert _reason(text, "suspends", RUSSIA, "party") == want


VALLEY = "The Shaksgam Valley covers about 5,000 square km. "
TRACT = [
    # -- active, passive, an inserted clause, another verb, under a document
    VALLEY + "In 1963 Pakistan ceded the tract to China.",
    VALLEY + "The tract was ceded to China by Pakistan in 1963.",
    VALLEY + "Pakistan, which had held it since 1948, handed the tract over to China in 1963.",
    VALLEY + "Under the 1963 agreement, Pakistan transferred the whole tract to China.",
]


@pytest.mark.parametrize("text", TRACT)
def test_the_tract_is_the_land_named_before(text: str) -> None:
    found = facts(text)
    want = {"territory": SHAKSGAM, "to": CHINA, "from": PAKISTAN, "date": "1963"}
    assert has(found, "handedOverTo", **want), shown(found)


def test_a_tract_newly_told_is_no_land_named_before() -> None:
    found = facts(VALLEY + "A tract of land near the border was given to China in 1963.")
    # the tract is a land of its own (a local one), never the valley named before
    assert not has(found, "handedOverTo", territory=SHAKSGAM), shown(found)
