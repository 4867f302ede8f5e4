"""Claims as the facts format tells them (issue 12, seventeenth round, claims36).

- A denied claim ("Indonesia has never claimed Ashmore Reef", "China ... has never formally claimed
  the islands", "does not claim the islands themselves", "has made no claim to El Arja": four
  writers' articles, T22, T25, T30 and T34) is kept in the graph, marked, but the facts JSON Lines
  format (shared/eval/FORMAT.md) has no negation: a line there asserts the claim, so a negated fact
  gets no line.
- Land the gazetteer knows its holder of is no claim of that holder's: "Okinawa is an integral part
  of Japan" (T36) asserts Japan's sovereignty, as "Hokkaido ..." would, and claims nothing.

Sentences written for these tests, in news style.
"""

from __future__ import annotations

import json

import pytest
from helpers import facts, has

from kg import facts as facts_format
from kg.ingest import article

_DENIED = [
    "Indonesia has never claimed Ashmore Reef, a ministry spokesman said on Thursday.",
    "Mauritius does not claim Tromelin Island, the foreign minister told parliament.",
    "Honduras, which disputes parts of its sea border with Nicaragua, does not claim the Swan "
    "Islands themselves.",
    "China has never formally claimed Okinawa, Japanese officials noted.",
]


def _lines(text: str) -> list[dict]:
    ex = article.extract(article.parse(text, name="test", published="2020-05-05"))
    rows = [json.loads(line) for line in facts_format.lines(ex)]
    return [r for r in rows if "rel" in r]


@pytest.mark.parametrize("text", _DENIED)
def test_a_denied_claim_is_kept_marked_but_gets_no_facts_line(text: str) -> None:
    assert not any(r["rel"] == "claims" for r in _lines(text))


def test_a_stated_claim_still_gets_its_line() -> None:
    rows = _lines("Mauritius claims Tromelin Island, the foreign minister told parliament.")
    assert any(r["rel"] == "claims" and not r.get("negated") for r in rows)


def test_the_graph_keeps_the_denial_marked() -> None:
    found = facts("Indonesia has never claimed Ashmore Reef, a ministry spokesman said.")
    assert any(f.rel == "claims" and f.negated for f in found)


HELD = [
    "Okinawa is an integral part of Japan, the chief cabinet secretary told reporters.",
    '"Okinawa is an inseparable part of Japan," the defence minister said on Friday.',
    "Japan's government insists that Okinawa is part of Japan.",
]


@pytest.mark.parametrize("text", HELD)
def test_land_its_holder_calls_its_own_is_no_claim(text: str) -> None:
    assert not has(facts(text), "claims", claimant="state/japan", territory="territory/okinawa")


@pytest.mark.parametrize(
    "text",
    [
        "China considers Okinawa part of its territory.",
        "Some scholars have said that China considers Okinawa part of its territory.",
    ],
)
def test_another_states_claim_to_held_land_stays(text: str) -> None:
    assert has(facts(text), "claims", claimant="state/china", territory="territory/okinawa")
