"""Incorporation by a document as news tells it (issue 12, thirty-ninth round, handover59).

Two readings:

- a document's present participle past a time phrase ("passed a law in 2024 declaring X part of
  Y", "approved a decree on Monday declaring ..."), which the parser hangs on the clause's verb,
  is the document's: the incorporation it declares is done under it;
- a document that creates a new unit of a state out of a land ("a law creating a new Moroccan
  province ... out of Western Sahara", "... covering Western Sahara") incorporates that land into
  the state; not a state's act with no document, nor a law that was not (or not yet) passed.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

MOROCCO, WSAHARA = "state/morocco", "territory/western-sahara"
ARMENIA, KARABAKH = "state/armenia", "territory/nagorno-karabakh"
AZERBAIJAN = "state/azerbaijan"
ARGENTINA, FALKLANDS = "state/argentina", "territory/falkland-islands"
RUSSIA, CRIMEA = "state/russia", "territory/crimea"
JAPAN, SENKAKU = "state/japan", "territory/senkaku-islands"

DOCUMENT_GERUNDS = [
    (
        "BAKU, March 2 (Reuters) - Armenia's parliament approved a decree on Monday declaring"
        " Nagorno-Karabakh part of Armenia.",
        {"territory": KARABAKH, "into": ARMENIA},
    ),
    (
        "RABAT, March 2 (Reuters) - The parliament then enshrined it in an organic law in 2019"
        " declaring Western Sahara part of Morocco.",
        {"territory": WSAHARA, "into": MOROCCO},
    ),
    (
        "BUENOS AIRES, March 2 (Reuters) - Argentina's Congress passed a law last year declaring"
        " the Falkland Islands part of Argentina.",
        {"territory": FALKLANDS, "into": ARGENTINA},
    ),
    (
        "BAKU, March 2 (Reuters) - Armenia's parliament approved a decree in December 2023"
        " declaring Nagorno-Karabakh part of Armenia, officials said.",
        {"territory": KARABAKH, "into": ARMENIA},
    ),
]


@pytest.mark.parametrize(("text", "roles"), DOCUMENT_GERUNDS)
def test_document_participle_past_a_time_is_the_documents(text: str, roles: dict) -> None:
    found = find(facts(text), "incorporates", **roles)
    assert found and found[0].args.get("document") is not None, shown(facts(text))


def test_participle_after_a_comma_stays_the_clauses() -> None:
    text = (
        "BAKU, March 2 (Reuters) - Armenia's parliament approved a decree in December 2023,"
        " declaring Nagorno-Karabakh part of Armenia."
    )
    found = find(facts(text), "incorporates", territory=KARABAKH, into=ARMENIA)
    assert not any(f.args.get("document") is not None for f in found), shown(facts(text))


CREATED_UNITS = [
    (
        "RABAT, March 2 (Reuters) - In 2019 Morocco's parliament passed a law creating a new"
        " Moroccan province called Sahara Atlantique out of Western Sahara.",
        {"territory": WSAHARA, "into": MOROCCO},
    ),
    (
        "RABAT, March 2 (Reuters) - Rabat passed a law in 2019 creating a Moroccan province of"
        " Sahara Atlantique covering Western Sahara.",
        {"territory": WSAHARA, "into": MOROCCO},
    ),
    (
        "MOSCOW, March 2 (Reuters) - A 2014 decree created a new Russian region out of Crimea.",
        {"territory": CRIMEA, "into": RUSSIA},
    ),
    (
        "BAKU, March 2 (Reuters) - Azerbaijan's parliament passed a law on Friday establishing an"
        " Azerbaijani province out of Nagorno-Karabakh, the foreign ministry said.",
        {"territory": KARABAKH, "into": AZERBAIJAN},
    ),
    (
        "TOKYO, March 2 (Kyodo) - A 2012 ordinance established a Japanese prefecture out of the"
        " Senkaku Islands, officials said.",
        {"territory": SENKAKU, "into": JAPAN},
    ),
]


@pytest.mark.parametrize(("text", "roles"), CREATED_UNITS)
def test_unit_a_document_creates_incorporates_its_land(text: str, roles: dict) -> None:
    found = find(facts(text), "incorporates", **roles)
    assert found and found[0].args.get("document") is not None, shown(facts(text))


NOT_MADE = [
    "MOSCOW, March 2 (Reuters) - Russia created a new region out of Crimea in 2014.",
    "MOSCOW, March 2 (Reuters) - Russia's parliament did not pass a law in 2014 creating a"
    " Russian region out of Crimea.",
    "MOSCOW, March 2 (Reuters) - Russia's parliament would pass a law creating a Russian region"
    " out of Crimea, Lavrov said.",
]


@pytest.mark.parametrize("text", NOT_MADE)
def test_no_incorporation_without_a_document_made(text: str) -> None:
    found = facts(text)
    assert not has(found, "incorporates", territory=CRIMEA), shown(found)


UNDER_IT = [
    (
        "LIMA, March 2 (Reuters) - Peru and Colombia signed a protocol on Monday. Under it, Peru"
        " will hand Isla Santa Rosa over to Colombia once a joint survey has been completed.",
        {"territory": "territory/isla-santa-rosa", "from": "state/peru", "to": "state/colombia"},
    ),
    (
        "SINGAPORE, May 3 (Reuters) - Malaysia and Singapore signed a memorandum on boundary"
        " delimitation in April. Under it, Singapore would transfer Middle Rocks to Malaysia"
        " provided that a joint survey confirms the line.",
        {"territory": "territory/middle-rocks", "from": "state/singapore", "to": "state/malaysia"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), UNDER_IT)
def test_under_it_is_the_document_named_before(text: str, roles: dict) -> None:
    found = find(facts(text), "promisesHandover", **roles)
    assert found and found[0].args.get("document") is not None, shown(facts(text))


def test_under_it_with_no_document_before_promises_nothing() -> None:
    text = (
        "LIMA, March 2 (Reuters) - Peru will hand Isla Santa Rosa over to Colombia under it once"
        " a joint survey has been completed."
    )
    found = facts(text)
    assert not has(found, "promisesHandover"), shown(found)
