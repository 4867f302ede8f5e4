"""Claims as the facts format tells them (issue 12, seventeenth round, claims36).

- A denied claim ("Indonesia has never claimed Ashmore Reef", "China ... has never formally claimed
  the islands", "does not claim the islands themselves", "has made no claim to El Arja": four
  writers' articles, T22, T25, T30 and T34) is kept in the graph, marked, but the facts JSON Lines
  format (shared/eval/FORMAT.md) has no negation: a line there asserts the claim, so a negated fact
  gets no line.
- "X lies on Slovenian territory", "lies on its side of the boundary" (T20 h189, T19 h158): where a
  speaker places land another holds, in its own territory, it claims it (a lexicon trigger of
  ``claims``, with the speech verb above it; a speech tag inside the clause, "X, Ljubljana insists,
  lies ...", is not read, as for "X, Ljubljana insists, is Slovenian").
- Land the gazetteer knows its holder of is no claim of that holder's: "Okinawa is an integral part
  of Japan" (T36) asserts Japan's sovereignty and claims nothing; so do "The cays are Colombian" of
  Bajo Nuevo (T22), "The Swan Islands are Honduran" (T32) and "Sveta Gera has always been Croatian"
  (T20, where the BorderLines row had holder and claimant the other way round).
- "Morocco recognised the border as drawn in the 1972 treaty" (T35 h240; the T12 headline "treaty
  recognising 84 pct of land border as demarcated"): the parser makes the as-clause of a bare
  participle an adverbial clause; it is the recognition's ``as`` (rules/grammar_slots.py), unless a
  comma makes it a comment ("the border, as agreed in 1972").

Sentences written for these tests, in news style.
"""

from __future__ import annotations

import json

import pytest
from helpers import facts, has, shown

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


# -- land the gazetteer now knows the holder of: its holder's words assert, another's claim
HOLDERS_OWN = [
    (
        '"Bajo Nuevo is Colombian, and our navy will stay there," the admiral said.',
        "colombia",
        "bajo-nuevo-bank",
    ),
    ("Colombia insists that Serranilla is Colombian territory.", "colombia", "serranilla-bank"),
    ('"The Swan Islands are Honduran," the defence minister said.', "honduras", "swan-islands"),
    (
        '"Sveta Gera has always been Croatian," the foreign minister told reporters.',
        "croatia",
        "sveta-gera",
    ),
]


@pytest.mark.parametrize(("text", "state", "land"), HOLDERS_OWN)
def test_the_holders_own_words_claim_nothing(text: str, state: str, land: str) -> None:
    found = facts(text)
    assert not has(found, "claims", claimant=f"state/{state}", territory=f"territory/{land}")


RIVALS = [
    ("Managua has long claimed Bajo Nuevo.", "nicaragua", "bajo-nuevo-bank"),
    ("Nicaragua claims Serranilla, which Colombia administers.", "nicaragua", "serranilla-bank"),
    ("Slovenia says Trdinov Vrh is Slovenian.", "slovenia", "sveta-gera"),
]


@pytest.mark.parametrize(("text", "state", "land"), RIVALS)
def test_a_rivals_claim_to_held_land_stays(text: str, state: str, land: str) -> None:
    assert has(facts(text), "claims", claimant=f"state/{state}", territory=f"territory/{land}")


def test_the_group_and_its_islands() -> None:
    found = facts(
        "The Swan Islands consist of Great Swan Island, Little Swan Island and Booby Cay."
    )
    for part in ("great-swan-island", "little-swan-island", "booby-cay"):
        assert has(found, "partOf", part=f"territory/{part}", whole="territory/swan-islands")


# -- "X lies on our territory": where a speaker places land held by another
LIES_IN_OWN = [
    "Slovenia says Sveta Gera lies on Slovenian territory.",
    "Slovenia has demanded that Croatia withdraw its soldiers, saying Sveta Gera lies on Slovenian soil.",
    "Sveta Gera lies within Slovenian territory, Ljubljana insists.",
    "Kinshasa maintains that Kibanga lies on its side of the boundary.",
]


@pytest.mark.parametrize("text", LIES_IN_OWN)
def test_land_a_speaker_places_in_its_own_territory_is_claimed(text: str) -> None:
    found = facts(text)
    assert any(f.rel == "claims" and not f.negated for f in found), shown(found)


NOT_OWN = [
    "Croatia says Sveta Gera lies on Croatian soil.",  # its holder: no claim
    "Serbia says Sveta Gera lies in Slovenian territory.",  # another's land: no claim of Slovenia's
    "Japan says the Senkaku Islands lie within Japanese territory.",  # held: sovereignty
]


@pytest.mark.parametrize("text", NOT_OWN)
def test_no_claim_where_the_speaker_holds_it_or_places_it_in_anothers(text: str) -> None:
    assert not any(f.rel == "claims" for f in facts(text))


# -- "recognised the border as drawn in the 1972 treaty": a bare participle's as-clause is the status
AS_PARTICIPLE = [
    ("Morocco recognised the border as drawn in the 1972 treaty.", "drawn in the 1972 treaty"),
    (
        "Rabat formally recognised the frontier as demarcated by the joint commission.",
        "demarcated by the joint commission",
    ),
    (
        "Algeria, its foreign minister said, recognises the boundary as defined by the 1972 convention.",
        "defined by the 1972 convention",
    ),
]


@pytest.mark.parametrize(("text", "status"), AS_PARTICIPLE)
def test_an_as_participle_is_what_the_thing_is_recognised_as(text: str, status: str) -> None:
    found = [f for f in facts(text) if f.rel == "recognizes"]
    assert any(f.args.get("as") == status for f in found), shown(found)


def test_a_comment_clause_after_a_comma_is_no_status() -> None:
    found = [
        f
        for f in facts("Morocco recognised the border, as agreed in 1972.")
        if f.rel == "recognizes"
    ]
    assert found and not any("as" in f.args for f in found), shown(found)


def test_an_as_participle_tells_no_recognition_of_its_own() -> None:
    found = facts("Peru accepted the 1929 treaty as signed by both governments.")
    assert not any(f.rel == "recognizes" for f in found), shown(found)
