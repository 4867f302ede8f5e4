"""Where and when events of a report happened, in wire wording not seen before (issue 12,
datesev42).

Every text was written for this module. A dateline may name its city alone, in capitals, then a
dash ("SANTIAGO - ...", "SANTIAGO, Chile — ..."), often under a byline block that carries the
date ("By Ana Lopez / Published March 3, 2025"): it is the dateline all the same, so a meeting of
the report's day that names no city was held there, and the lead is read without the city's name
run into its first words. A meeting of another day takes no place from it.

A lead tells a deed as news of the day ("Chile has protested to Argentina ..., the government said
on Tuesday"); a sentence after it, in the passive with no doer, may tell the deed again with its
own day ("The protest was lodged on Monday", "A protest note was handed to the ambassador on
Sunday", "The island was transferred on Monday"): that day, in the week before the report, is the
deed's. A protest turned down on a day ("was rejected by Argentina on Monday"), or a day years
back, dates nothing.

A protest made in the passive with no doer ("A demarche was delivered to the Argentine ambassador
on Monday, the Chilean foreign ministry said") was made by the state whose ministry or minister
announces it; a protest no one announces has no maker told.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

from kg.ingest import article

BORIC, MILEI = "person/gabriel-boric", "person/javier-milei"
SANTIAGO, LIMA = "city/santiago", "city/lima"
CHILE, ARGENTINA = "state/chile", "state/argentina"
#: a Monday
DAY = "2025-03-03"
BYLINE = "By Ana Lopez\nPublished March 3, 2025\n\n"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # a dateline of a city alone: where a meeting of the report's day was held
    (
        "meeting",
        {"participants": {BORIC, MILEI}, "place": SANTIAGO, "date": DAY},
        BYLINE + "SANTIAGO - Chilean President Gabriel Boric met Argentine President Javier "
        "Milei on Monday to discuss the glacier.",
    ),
    (
        "meeting",
        {"participants": {BORIC, MILEI}, "place": SANTIAGO, "date": DAY},
        "SANTIAGO, Chile - Chilean President Gabriel Boric met Argentine President Javier Milei "
        "on Monday to discuss the glacier.",
    ),
    (
        "meeting",
        {"participants": {BORIC, MILEI}, "place": SANTIAGO, "date": DAY},
        "SANTIAGO — Chilean President Gabriel Boric held talks with Argentine President Javier "
        "Milei on Monday.",
    ),
    (
        "meeting",
        {"participants": {BORIC, MILEI}, "place": SANTIAGO, "date": DAY},
        BYLINE + "SANTIAGO - Argentine President Javier Milei, who flew in on Sunday, was "
        "received on Monday by Chilean President Gabriel Boric.",
    ),
    # a lead's deed dated by its retelling
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "date": "2025-03-02"},
        "Chile has protested to Argentina over a survey in its waters, the government said on "
        "Monday. The navy spotted the survey ship on Saturday and Sunday. The protest was lodged "
        "through diplomatic channels on Sunday, the foreign minister told reporters.",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "subject": "the new map", "date": "2025-03-01"},
        "Chile has lodged a protest with Argentina over the new map, the foreign ministry said "
        "on Monday. A protest note was handed to the Argentine ambassador on Saturday.",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "date": "2025-03-02"},
        "Chile has delivered a demarche to Argentina, officials said on Monday. The demarche "
        "was handed to the Argentine ambassador on Sunday.",
    ),
    (
        "handedOverTo",
        {"territory": "territory/diego-garcia", "to": "state/mauritius", "date": "2025-03-02"},
        "Britain has handed over the island of Diego Garcia to Mauritius, officials said on "
        "Monday. The island was formally transferred on Sunday.",
    ),
    # a protest in the passive, made by the state that announces it
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "date": "2025-03-03"},
        "A demarche was delivered to the Argentine ambassador in Santiago on Monday, the Chilean "
        "foreign ministry said.",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "date": "2025-03-03"},
        "A protest note was handed to the Argentine ambassador on Monday, Chilean Foreign "
        "Minister Alberto van Klaveren said.",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA},
        "The Chilean foreign ministry said a protest had been lodged with the Argentine embassy.",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "date": "2025-03-03"},
        "A demarche was delivered to the Argentine ambassador on Monday, the Chilean Foreign "
        "Ministry said, and President Gabriel Boric telephoned his Peruvian counterpart.",
    ),
    # the lead reads as it would without the dateline
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "subject": "the new map", "date": DAY},
        BYLINE + "SANTIAGO - Chile on Monday lodged a protest with Argentina over the new map.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text, published=DAY)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have)
DENIED: list = [
    # a meeting of another day was not held where the report was filed
    (
        BYLINE + "SANTIAGO - Chilean President Gabriel Boric met Argentine President Javier "
        "Milei last month.",
        "meeting",
        {"place": SANTIAGO},
    ),
    # a city named in the sentence is where the speaker was, not where they met
    (
        "SANTIAGO - Speaking in Lima, Chilean President Gabriel Boric said he had met Argentine "
        "President Javier Milei on Monday.",
        "meeting",
        {"place": SANTIAGO},
    ),
]


# (text, relation, roles no fact of it may have): no retelling of the deed itself
UNDATED: list = [
    (
        "Chile has protested to Argentina over the new map, the foreign ministry said on Monday. "
        "The protest was rejected by Argentina on Sunday.",
        "protests",
        {"date": "2025-03-02"},
    ),
    (
        "Chile has protested to Argentina over the new map, the foreign ministry said on Monday. "
        "A similar protest was lodged in 2019.",
        "protests",
        {"date": "2019"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), UNDATED)
def test_no_day_from_another_act(text, rel, roles):
    found = [f for f in facts(text, published=DAY) if f.rel == rel]
    assert found, "the lead's fact"
    assert not any(f.args.get("date") == roles["date"] for f in found), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "A protest was lodged with Argentina on Monday.",  # no one announces it
        "A protest was lodged with Argentina on Monday, the newspaper reported.",
    ],
)
def test_no_maker_unannounced(text):
    none_told(text, "protests", {})


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


@pytest.mark.parametrize(
    ("text", "dateline", "lead"),
    [
        (BYLINE + "LIMA - Peru said on Monday ...", "LIMA", "Peru said"),
        ("PUERTO PRINCESA, Palawan - Officials said ...", "PUERTO PRINCESA, Palawan", "Officials"),
        ("By Ana Lopez | Published 3 March 2025\n\nLIMA — Peru said ...", "LIMA", "Peru said"),
    ],
)
def test_place_dateline(text, dateline, lead):
    parsed = article.parse(text, name="test")
    assert parsed.source.dateline == dateline
    assert any(p.text.startswith(lead) for p in parsed.body)


@pytest.mark.parametrize(
    "text",
    [
        "UN - a body of states",  # too short to be a city
        "The talks in LIMA - which began on Monday - went on.",  # not at a paragraph's start
    ],
)
def test_no_place_dateline(text):
    assert article.parse(text, name="test").source.dateline is None
