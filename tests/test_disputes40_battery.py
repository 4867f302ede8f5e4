"""Protests and disputes in wording seen across writers (issue 12, twentieth round, disputes40).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover. Each reading has its rewrites and its near-misses:
- a summons (or a protest) that names nothing it is over is over what a verb of stance sharing its
  subject rejects, condemns or demands undone ("rejected the decree and summoned the envoy",
  "summoned the envoy and demanded that the restrictions be lifted", "summoned the envoy,
  denouncing the map"); a demand for an explanation, or a pronoun, names nothing;
- a summons tells what prompted it in an "after" clause, as a protest does; the time words the
  parser hung before "after" ("earlier this month after ...") are the act's date, not its subject;
- "A and B disagree over X", "a disagreement between A and B over X": a dispute, as "quarrel".
"""

from __future__ import annotations

import pytest
from helpers import facts, find, none_told, shown

JAPAN, CHINA, RUSSIA = "state/japan", "state/china", "state/russia"
COLOMBIA, NICARAGUA = "state/colombia", "state/nicaragua"
CHILE, BOLIVIA, PERU = "state/chile", "state/bolivia", "state/peru"
UK, ARGENTINA = "state/united-kingdom", "state/argentina"
GUYANA, VENEZUELA = "state/guyana", "state/venezuela"


def _subjects(text: str, party: str, against: str) -> list[str]:
    """The words each protest of ``party`` against ``against`` is over."""
    found = facts(text)
    return [
        str(f.args.get("subject", ""))
        for f in find(found, "protests", party=party, against=against)
    ]


# (text, party, against, a word the protest's subject must hold)
BESIDE = [
    # the verb of stance before the summons, coordinated, sharing its subject
    (
        "Colombia on Tuesday rejected a decree redrawing Nicaragua's baselines and summoned "
        "Nicaragua's ambassador.",
        COLOMBIA,
        NICARAGUA,
        "decree",
    ),
    (
        "Bogota condemned the new maritime map and summoned the Nicaraguan envoy to protest.",
        COLOMBIA,
        NICARAGUA,
        "map",
    ),
    # after it: "summoned ... and demanded that X be undone"
    (
        "Chile's foreign ministry summoned Bolivia's consul on Friday and demanded that the "
        "new checkpoints be removed.",
        CHILE,
        BOLIVIA,
        "checkpoints",
    ),
    (
        "Guyana summoned the Venezuelan ambassador and insisted that the decree be withdrawn.",
        GUYANA,
        VENEZUELA,
        "decree",
    ),
    # a participle of stance
    (
        "Argentina summoned the British ambassador, denouncing the military exercise near the "
        "islands.",
        ARGENTINA,
        UK,
        "exercise",
    ),
    # a protest noun with the verb of stance beside its light verb
    (
        "Japan condemned the drilling and lodged a protest with China.",
        JAPAN,
        CHINA,
        "drilling",
    ),
    # a summons prompted by what an "after" clause tells
    (
        "Japan summoned China's ambassador on Friday after Chinese ships entered the waters "
        "around the islands.",
        JAPAN,
        CHINA,
        "ships",
    ),
    (
        "Peru's foreign ministry summoned the Chilean envoy last week after a Chilean patrol "
        "boat detained two Peruvian fishing boats.",
        PERU,
        CHILE,
        "detained",
    ),
]


@pytest.mark.parametrize(("text", "party", "against", "word"), BESIDE)
def test_protest_over_what_the_stance_beside_is_on(text, party, against, word):
    said = _subjects(text, party, against)
    assert any(word in s for s in said), (said, shown(facts(text)))


def test_time_before_after_is_the_date_not_the_subject():
    text = (
        "Japan summoned a Chinese diplomat earlier this month after a Chinese coast guard ship "
        "rammed a Japanese fishing boat."
    )
    found = find(facts(text), "protests", party=JAPAN, against=CHINA)
    assert found, shown(facts(text))
    subject = str(found[0].args.get("subject", ""))
    assert subject.startswith("a Chinese coast guard ship"), subject
    assert found[0].args.get("date") == "2020-05", found[0].args


# (text, party, against): a protest that must have no subject
NOTHING_BESIDE = [
    ("China summoned the Japanese ambassador and demanded an explanation.", CHINA, JAPAN),
    ("Colombia rejected it and summoned Nicaragua's ambassador.", COLOMBIA, NICARAGUA),
]


@pytest.mark.parametrize(("text", "party", "against"), NOTHING_BESIDE)
def test_no_subject_where_the_stance_names_nothing(text, party, against):
    said = _subjects(text, party, against)
    assert said and not any(said), (said, shown(facts(text)))


DISAGREE = [
    ("Japan and Russia still disagree over the Kuril Islands.", {JAPAN, RUSSIA}),
    ("Argentina disagrees with Britain over the Falkland Islands.", {ARGENTINA, UK}),
    (
        "A disagreement between Japan and Russia over the Kuril Islands has blocked a peace "
        "treaty.",
        {JAPAN, RUSSIA},
    ),
    (
        "The Kuril Islands remain the subject of a long disagreement between Russia and Japan.",
        {JAPAN, RUSSIA},
    ),
]


@pytest.mark.parametrize(("text", "parties"), DISAGREE)
def test_disagreement_over_land_is_a_dispute(text, parties):
    found = facts(text)
    assert find(found, "disputes", parties=parties), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Russia disagree over fishing quotas.",
        "Chile and Peru disagreed about the figures.",
    ],
)
def test_disagreement_over_no_land_is_no_dispute(text):
    none_told(text, "disputes", {})
