"""A document's promised handover and a shelved obligation, told as editors reword them (issue 12,
eighteenth round, handRW).

"Under the declaration, A and B were to be handed over to Japan after ..." (handRW's rewrite of dev
article 32): the parser reads the lands into the fronted phrase (as a conjunct of its document, as
in "In Nairobi, Kenya and Somalia agreed"), so the infinitive after "were to" had
no land and the sentence was taken for a bare condition. "Shelved its (the declaration's)
implementation" (dev article 34 and its rewrite): a document's implementation put aside is its
obligation withdrawn. Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _labels(value: object) -> str:
    return str(getattr(value, "label", value))


def _rels(text: str, rel: str) -> list[dict[str, str]]:
    return [
        {k: _labels(v) for k, v in f.args.items()}
        for f in facts(text)
        if f.rel == rel and not f.negated
    ]


# -- a handover a document promises, its lands read into the fronted "Under ..." phrase
PROMISED = [
    (
        "Under the 1956 Soviet-Japanese declaration, Shikotan and the Habomai group of islets were "
        "to be ceded to Japan after a peace treaty was signed.",
        {"Shikotan", "Habomai"},
        "a peace treaty was signed",
    ),
    (
        "Under the 1956 Japan-Soviet joint declaration, Shikotan and the Habomai islet group were to "
        "be handed over to Japan once a peace treaty had been concluded.",
        {"Shikotan", "Habomai"},
        "a peace treaty had been concluded",
    ),
]


@pytest.mark.parametrize(("text", "lands", "condition"), PROMISED)
def test_fronted_document_promises_the_lands(text: str, lands: set[str], condition: str) -> None:
    promised = _rels(text, "promisesHandover")
    assert {f["territory"] for f in promised} == lands
    assert all(f.get("condition") == condition for f in promised)
    # one promise with its condition, not a second, bare condition beside it
    assert _rels(text, "conditionedOn") == []


# -- a document's implementation shelved: its obligation withdrawn
SHELVED = [
    (
        "Tokyo signed the 1956 declaration with Moscow. Japan later shelved its implementation "
        "after it concluded a security treaty with Washington.",
        "Japan",
        "Soviet-Japanese Joint Declaration",
    ),
    (
        "Iraq signed the Algiers Agreement in 1975. Iraq was pressured by its generals into "
        "shelving the agreement's implementation in 1980.",
        "Iraq",
        "Algiers Agreement",
    ),
    (
        "The 1975 Algiers Agreement was signed by Iran and Iraq. Baghdad, under pressure from its "
        "generals, shelved its implementation in 1980.",
        "Iraq",
        "Algiers Agreement",
    ),
    (
        "Japan signed the 1956 declaration with Moscow. Japan, by contrast, was pushed by the "
        "Americans into shelving its implementation when it signed a military alliance treaty.",
        "Japan",
        "Soviet-Japanese Joint Declaration",
    ),
]


@pytest.mark.parametrize(("text", "state", "document"), SHELVED)
def test_shelved_implementation_withdraws_the_obligation(
    text: str, state: str, document: str
) -> None:
    found = _rels(text, "withdrewObligation")
    assert [f["state"] for f in found] == [state]
    assert found[0]["document"].startswith(document)  # not the treaty named after "its"
    assert "implementation" in found[0]["obligation"]


def test_shelved_implementation_of_a_named_declaration() -> None:
    """Once a known miss of tests/test_rare_relations_battery.py."""
    found = _rels("Japan shelved the implementation of the 1956 Declaration.", "withdrewObligation")
    assert [f["state"] for f in found] == ["Japan"]


def test_halted_talks_stay_a_suspension() -> None:
    text = "Tokyo suspended talks with Moscow in 2022."
    assert _rels(text, "withdrewObligation") == []
    assert _rels(text, "suspends")


def test_alliance_treaty_is_a_document() -> None:
    text = "Japan shelved the plan after it signed a military alliance treaty with the Americans."
    assert any("alliance treaty" in f["document"] for f in _rels(text, "signed")) or any(
        "alliance" in _labels(f.args.get("document")) for f in facts(text) if f.rel == "signed"
    )
