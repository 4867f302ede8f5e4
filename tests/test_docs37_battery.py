"""Suspensions of visas, a flow or a pilgrimage (not of trade); a document a demonym names the maker of
(issue 12, eighteenth round, docs37).

Seen in two writers' articles at least: "suspended trade with India", "halted visas for Indian
nationals" (T38) and "border trade that had been suspended", "halted the flow of crude", "suspended
the pilgrimage" (T48): what was suspended was no word of the class's list (data/lexicon/relations.yaml).
"A Chinese map published in 2005" (T48), "a French decree issued weeks before independence" (G):
the demonym before a document a participle issues names its maker; a map's demonym took the
noun's span, so no document was read (kg/ingest/nlp/acted_documents.py, rules/issued_by.py).
Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _found(text: str, rel: str) -> list[dict[str, str]]:
    """Each fact of ``rel``: its arguments' labels (an entity's label, a text as written)."""
    return [
        {k: getattr(v, "label", v) for k, v in f.args.items()}  # type: ignore[misc]
        for f in facts(text)
        if f.rel == rel and not f.negated
    ]


#: "trade" stays out of the class (tests/test_rewrites_coverage.py): with it a never-read batch
#: gains an unmatched suspension, as it did when it was tried before.
_NO_TRADE = pytest.mark.xfail(strict=True, reason='"trade" is not in the class of things suspended')

SUSPENDED = [
    pytest.param("Islamabad suspended trade with India.", "Pakistan", "trade", marks=_NO_TRADE),
    pytest.param(
        "Trade with India was suspended by Pakistan.", "Pakistan", "trade", marks=_NO_TRADE
    ),
    pytest.param(
        "Pakistan, citing the attack, froze all trade with India.",
        "Pakistan",
        "trade",
        marks=_NO_TRADE,
    ),
    ("Pakistan halted visas for Indian nationals after the attack.", "Pakistan", "visas"),
    ("Visas for Indian nationals were suspended by Pakistan.", "Pakistan", "visas"),
    ("Turkey halted the flow of crude through the pipeline in March.", "Turkey", "flow"),
    ("The flow of gas was stopped by Russia on Monday.", "Russia", "flow"),
    ("Beijing suspended the pilgrimage to Mount Kailash in June 2017.", "China", "pilgrimage"),
    ("China, angered by the stand-off, halted the annual pilgrimage.", "China", "pilgrimage"),
]


@pytest.mark.parametrize(("text", "party", "word"), SUSPENDED)
def test_suspended_trade_visas_flow_pilgrimage(text: str, party: str, word: str) -> None:
    found = _found(text, "suspends")
    assert any(f["party"] == party and word in str(f["what"]).lower() for f in found), found


MADE_BY_DEMONYM = [
    ("A Chinese map published in 2005 showed Sikkim as Indian territory.", "China", "map"),
    ("A Japanese map, published in 1960, shows the rocks as Japanese.", "Japan", "map"),
    ("Delhi cited an Indian map released in 1954 by way of proof.", "India", "map"),
    (
        "The islands were detached by a French decree issued before independence.",
        "France",
        "decree",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "noun"), MADE_BY_DEMONYM)
def test_a_demonym_names_the_maker_of_a_document_issued(text: str, issuer: str, noun: str) -> None:
    found = _found(text, "issued")
    assert any(f["issuer"] == issuer and noun in str(f["document"]).lower() for f in found), found


NOTHING = [
    ("India and Pakistan agreed to expand trade last year.", "suspends"),  # no suspending verb
    ("The talks covered trade, visas and the flow of water.", "suspends"),
    ("A Chinese map of the region hangs in the museum.", "issued"),  # no document verb
    ("The Chinese map showed Sikkim as Indian territory.", "issued"),
]


@pytest.mark.parametrize(("text", "rel"), NOTHING)
def test_nothing_suspended_or_issued_without_its_verb(text: str, rel: str) -> None:
    assert not _found(text, rel)


def test_the_agent_beats_the_demonym() -> None:
    found = _found("A Chinese map published by a Taiwanese firm in 2005 caused a row.", "issued")
    assert all(f["issuer"] != "China" for f in found), found


# -- a deed done under a document's terms, told with no date of its own, is of the document's date
# ("Under the treaty, the Emirates gave up a strip of coast, while Saudi Arabia recognised ...",
# T38; "Under the treaty, the United States agreed to return ...", T6; "Under that agreement,
# Britain ceded ...", T9: the handovers took the document's date already): rules/terms_date.py
UNDER_TERMS = [
    (
        "The 1974 Treaty of Jeddah ended the row. Under the treaty, the Emirates gave up a strip "
        "of coast, while Saudi Arabia recognised Emirati sovereignty over the Buraimi oases.",
        "Saudi Arabia",
        "1974",
    ),
    (
        "Egypt and Israel signed a peace treaty in March 1979. Under the treaty, Israel "
        "recognized the old boundary as the permanent border.",
        "Israel",
        "1979-03",
    ),
    (
        "Egypt and Israel signed a peace treaty in March 1979. Under the treaty, Egypt took back "
        "the peninsula, and Israel recognized the old boundary as the permanent border.",
        "Israel",
        "1979-03",
    ),
    (
        "The 1921 treaty was ratified by the Senate, an accord under which Bogota recognized "
        "the independence of Panama.",
        "Colombia",
        "1921",
    ),
]


@pytest.mark.parametrize(("text", "party", "date"), UNDER_TERMS)
def test_a_recognition_under_a_treaty_takes_its_date(text: str, party: str, date: str) -> None:
    found = _found(text, "recognizes")
    assert any(f["party"] == party and f.get("date") == date for f in found), found


def test_what_holds_under_a_treaty_now_takes_no_date_of_it() -> None:
    found = _found(
        "Egypt and Israel signed a peace treaty in March 1979. Under the treaty, Israel "
        "recognizes the old boundary as the permanent border.",
        "recognizes",
    )
    assert all(f.get("date") != "1979-03" for f in found), found
