"""Who "the two ministers" are when they agree or sign (issue 12, round 26: agreedTo, signed).

A group word that names an office ("the two foreign ministers", "the two presidents") names the two
people the article has given that office, one of each side. Those who last met stand for it only
where they hold the office: the ambassador a ministry summoned (and the company his note was about)
are no ministers; and where the two ministers were named apart, in quotes of their own, with no
meeting told, they are still the two, not only their states.

Texts written for these tests in the style of Reuters, AFP and Xinhua, on disputes of other
regions; each case gives who must be among an agreement's parties, and who must not.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity

ROMANIA, UKRAINE = "state/romania", "state/ukraine"
CHILE, ARGENTINA = "state/chile", "state/argentina"

_SUMMONS = (
    "Romanian Foreign Minister Oana Toiu and Ukrainian Foreign Minister Andrii Sybiha signed a "
    'joint statement on Thursday. "We seek to apply the treaty as it is written," Toiu told a news '
    "conference. The row erupted on Oct. 29, when Romania's foreign ministry summoned Ukraine's "
    "ambassador, Ihor Prokopchuk, and handed him a note protesting against dredging by the "
    "Ukrainian state company Delta Lotsman. "
)
_APART = (
    '"The line was fixed by the 1966 award," Chilean Foreign Minister Andres Valdivieso told '
    'reporters in Santiago. "Argentina respects the 1966 award," Argentine Foreign Minister Lucia '
    "Beltramo said in Buenos Aires. "
)
_TOIU, _SYBIHA = "Oana Toiu", "Andrii Sybiha"
_VALDIVIESO, _BELTRAMO = "Andres Valdivieso", "Lucia Beltramo"

# (text, labels that must be among the parties, labels that must not, the relation)
CASES = [
    (
        _SUMMONS + "The two ministers also agreed that deputy interior ministers would meet in "
        "Izmail in December.",
        {_TOIU, _SYBIHA},
        {"Ihor Prokopchuk"},
        "agreedTo",
    ),
    (  # another trigger word
        _SUMMONS + "The two ministers also pledged to meet again in Kyiv in March.",
        {_TOIU, _SYBIHA},
        {"Ihor Prokopchuk"},
        "agreedTo",
    ),
    (  # the office narrowed by its modifier
        _SUMMONS + "The two foreign ministers agreed to let a joint commission decide the status "
        "of the island.",
        {_TOIU, _SYBIHA},
        {"Ihor Prokopchuk"},
        "agreedTo",
    ),
    (  # named apart, no meeting told
        _APART + "Late on Wednesday, the two foreign ministers spoke by telephone and agreed that "
        "the boundary commission would inspect the area on Dec. 10.",
        {_VALDIVIESO, _BELTRAMO},
        set(),
        "agreedTo",
    ),
    (  # an inserted clause
        _APART + "The two foreign ministers, who spoke by telephone late on Wednesday, agreed "
        "that the boundary commission would inspect the area on Dec. 10.",
        {_VALDIVIESO, _BELTRAMO},
        set(),
        "agreedTo",
    ),
    (  # title after the name
        '"The line was fixed by the 1966 award," Andres Valdivieso, Chile\'s foreign minister, '
        'told reporters in Santiago. "Argentina respects the award," Lucia Beltramo, Argentina\'s '
        "foreign minister, said in Buenos Aires. Late on Wednesday, the two ministers agreed that "
        "the boundary commission would inspect the area on Dec. 10.",
        {_VALDIVIESO, _BELTRAMO},
        set(),
        "agreedTo",
    ),
]


def _parties(found: list, rel: str) -> list[set[str]]:
    return [
        {e.label for e in f.args["parties"] if isinstance(e, Entity)}
        for f in found
        if f.rel == rel and not f.negated
    ]


@pytest.mark.parametrize(("text", "among", "never", "rel"), CASES, ids=[c[0][-60:] for c in CASES])
def test_the_two_office_holders(text: str, among: set[str], never: set[str], rel: str) -> None:
    found = facts(text)
    told = _parties(found, rel)
    assert any(among <= labels and not labels & never for labels in told), shown(found)


def test_states_beside_the_ministers() -> None:
    """The ministers bind the states they serve: both are parties."""
    found = facts(
        _SUMMONS + "The two ministers also agreed that deputy interior ministers would meet in "
        "Izmail in December."
    )
    keys = [
        {e.key for e in f.args["parties"] if isinstance(e, Entity)}
        for f in found
        if f.rel == "agreedTo"
    ]
    assert any({ROMANIA, UKRAINE} <= k for k in keys), shown(found)


def test_who_met_and_hold_the_office_stay() -> None:
    """Those who met, each a minister, are "the two ministers", though a third minister was named
    before them."""
    found = facts(
        "Polish Foreign Minister Radoslaw Sikorski criticised the plan on Monday. Lithuanian "
        "Foreign Minister Kestutis Budrys met his Latvian counterpart, Foreign Minister Baiba "
        "Braze, in Riga on Tuesday. The two ministers agreed to set up a joint commission on the "
        "sea border."
    )
    told = _parties(found, "agreedTo")
    assert any({"Kestutis Budrys", "Baiba Braze"} <= t for t in told), shown(found)
    assert not any("Radoslaw Sikorski" in t for t in told), shown(found)


def test_three_ministers_named_no_pair_guessed() -> None:
    """Three foreign ministers named apart and none who met: no two of them are guessed as "the
    two ministers"."""
    found = facts(
        '"We stand by the treaty," Chilean Foreign Minister Andres Valdivieso said. "So do we," '
        'Argentine Foreign Minister Lucia Beltramo said. "We welcome it," Bolivian Foreign '
        "Minister Celinda Sosa said. The two foreign ministers agreed to meet again in March."
    )
    for labels in _parties(found, "agreedTo"):
        assert len(labels & {_VALDIVIESO, _BELTRAMO, "Celinda Sosa"}) != 2, shown(found)


def test_leaders_unchanged() -> None:
    """ "The two leaders" names no one office: those who met, as before."""
    found = facts(
        "Indonesian President Prabowo Subianto met Papua New Guinea Prime Minister James Marape "
        "in Jayapura on Thursday. The two leaders agreed to reopen the Skouw-Wutung border "
        "crossing."
    )
    told = _parties(found, "agreedTo")
    assert any({"Prabowo Subianto", "James Marape"} <= t for t in told), shown(found)
