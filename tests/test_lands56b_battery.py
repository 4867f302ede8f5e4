"""A quoted "our territory" whose speaker's state is settled late, a state's view that land another
holds is "a province of" it, the Alhucemas islands as a group, and "the sole sovereign over" land (issue 12, round 36, lands56b).

'Seoul's foreign ministry rejected the protest. "Dokdo is clearly our territory," ministry
spokesperson Kim Jin-su told a briefing': the spokesperson's state is read from his office only
after the sentence's pronouns, so "our" found no state and the assertion was lost. The speaker
speaks for the state (or its ministry) that acted last; never for a state his own words name, the
rival he answers (rules/quoting_states.py).

"Belgrade considers Kosovo a province of Serbia": a state's view that land another holds is a unit
of its own is a claim (data/lexicon/relations.yaml, claims), as "part of its territory" is.

'"Sudan remains the sole sovereign over Suakin," he said': the noun of sovereignty's holder asserts
it, as "sovereignty over" does.

"the Peñón and the two islets next to it, Isla de Tierra and Isla de Mar, which make up the
Alhucemas islands": the gazetteer had "Alhucemas Islands" as another name of the Peñón, so the group
and its rock were one land (data/gazetteer/territories.yaml now gives the group and its three parts).

Sentences written for these tests (other speakers, lands and states than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (relation, role, state, land, text)
READ: list[tuple[str, str, str, str, str]] = [
    (
        "assertsSovereignty",
        "state",
        "South Korea",
        "Liancourt Rocks",
        "Japan protested against the drills. Seoul's foreign ministry dismissed the protest. "
        '"Dokdo is clearly our territory, and there is no dispute," ministry spokesman Lee '
        "Dong-hwan told reporters.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Argentina",
        "Falkland Islands",
        "Britain announced new oil licences off the islands. Buenos Aires condemned the move on "
        'Friday. "The Malvinas are our territory and always will be," a foreign ministry '
        "spokeswoman said in a statement.",
    ),
    (
        "claims",
        "claimant",
        "Serbia",
        "Kosovo",
        "Belgrade, which still considers Kosovo a province of Serbia, condemned the decision.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Sudan",
        "Suakin Island",
        'Sudan "is the sole sovereign over Suakin Island," the foreign minister told reporters.',
    ),
]


@pytest.mark.parametrize(("rel", "role", "state", "land", "text"), READ)
def test_read(rel: str, role: str, state: str, land: str, text: str) -> None:
    found = facts(text)
    assert land_stance(found, rel, role, state, land), shown(found)


def test_alhucemas_group_is_not_the_penon() -> None:
    found = facts(
        "The Spanish Defence Ministry administers the Alhucemas islands, which are made up of the "
        "Peñón de Alhucemas and two smaller islets."
    )
    assert land_stance(found, "controls", "state", "Spain", "Alhucemas Islands"), shown(found)
    assert not land_stance(found, "controls", "state", "Spain", "Peñón de Alhucemas"), shown(found)


def test_rival_named_in_the_quote_is_not_our_side() -> None:
    """The state last acting is named in the quote as the one answered: not the speaker's side."""
    none_told(
        "Japan protested against the drills on Monday. "
        '"Japan\'s claim is baseless; Dokdo is our territory," a spokesman said.',
        "assertsSovereignty",
        {"state": "state/japan"},
    )


def test_another_states_province_is_no_claim() -> None:
    """The regarder's view of another state's unit is no claim of that state's."""
    none_told(
        "Moscow considers Abkhazia a province of Georgia no longer.",
        "claims",
        {"claimant": "state/georgia"},
    )
