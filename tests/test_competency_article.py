"""Every competency question on the real graph of the first article, built by the local engine (the
pipeline ``kg demo`` runs): each answer names what shared/design/competency-questions.md says it
includes, and every row carries its evidence. tests/test_queries.py checks the queries' logic in
detail on hand-made facts; this checks the whole pipeline end to end."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from first_article import TEXT

from kg import queries
from kg.stores.embedded import Store

EXPECTED: dict[str, tuple[dict[str, str], list[str]]] = {
    "handover-conditioned-on-troop-withdrawal": (
        {},
        ["memorandum", "1960-01-27", "foreign troops"],
    ),
    "promised-handovers": (
        {},
        [
            "Shikotan",
            "group of small islands",
            "Soviet Union",
            "Japan",
            "peace treaty",
            "foreign troops",
        ],
    ),
    "claims": (
        {},
        ["Japan", "claims", "Southern Kuril Islands", "Russia", "sovereignty", "Soviet Union"],
    ),
    "officials": (
        {},
        [
            "Taro Kono",
            "foreign minister",
            "Sergey Lavrov",
            "Vladimir Putin",
            "president",
            "Shinzo Abe",
            "prime minister",
            "Igor Morgulov",
            "Takeo Mori",
            "deputy foreign minister",
            "2019-05-10",
        ],
    ),
    "meetings": (
        {},
        [
            "2019-05-10",
            "Moscow",
            "2018-11-14",
            "Singapore",
            "2019-02",
            "Taro Kono",
            "Sergey Lavrov",
        ],
    ),
    "negotiation-roles": (
        {},
        ["Sergey Lavrov", "Taro Kono", "Igor Morgulov", "Takeo Mori", "peace treaty negotiations"],
    ),
    "signed-documents": (
        {},
        [
            "Joint Declaration",
            "1956",
            "Soviet Union",
            "Treaty of Mutual Cooperation and Security",
            "1960",
            "United States",
        ],
    ),
    "withdrawn-obligations": (
        {},
        ["Soviet Union", "1960", "Treaty of Mutual Cooperation and Security"],
    ),
    "statements": (
        {},
        ["Taro Kono", "I can’t say", "We have agreed", "Tokyo was ready", "Russia", "sovereignty"],
    ),
    "timeline": ({"territory": "Kuril Islands"}, ["1956", "1960", "2018-11-14", "2019-05-10"]),
    "evidence": ({"entity": "Shikotan"}, ["Shikotan", "handover-verb:hand"]),
    "disputes": ({}, ["Kuril Islands", "Japan", "Russia"]),
    "agreements": (
        {},
        [
            "speed up peace treaty talks",
            "1956 declaration",
            "2018-11-14",
            "not to disclose the details",
        ],
    ),
    "territory-parts": ({}, ["Southern Kuril Islands", "Kuril Islands"]),
    "corroboration": ({}, ["Claim", "1"]),
}


@pytest.fixture(scope="module")
def store(built_article_store) -> Store:
    return built_article_store


def test_every_question_is_checked():
    assert {q.name for q in queries.load_all()} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_answer_on_the_first_article(store: Store, name: str):
    params, wanted = EXPECTED[name]
    result = queries.answer(store, queries.get(name), params)
    assert result.rows, f"{name}: no answer"
    shown = _shown(store, result)
    for text in wanted:
        assert text in shown, f"{name}: {text!r} not in the answer:\n{shown}"
    for row in result.records():  # every row carries its evidence, and the offsets quote it exactly
        start, end = int(row["start"].value), int(row["end"].value)
        assert TEXT[start:end] == row["sentence"].value


def _shown(store: Store, result: queries.Result) -> str:
    """Every value of the answer, with the labels of the entities it names."""
    parts = []
    for row in result.records():
        for term in row.values():
            parts.append(term.value)
            if isinstance(term, ox.NamedNode):
                labels = store.query("SELECT ?e ?l WHERE { ?e rdfs:label ?l }", {"e": term})
                parts.extend(sol["l"].value for sol in labels)
    return "\n".join(parts)


def test_timeline_is_in_order(store: Store):
    result = queries.answer(store, queries.get("timeline"), {"territory": "Kuril Islands"})
    dates = [r["date"].value for r in result.records() if "date" in r]
    years = [d for d in dates if re.match(r"\d{4}", d)]
    assert years == sorted(years)
    assert years.index(next(d for d in years if d.startswith("1956"))) < years.index("2019-05-10")
