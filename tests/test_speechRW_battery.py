"""Wording the editors' rewrites of the dev articles use and the rules read wrongly (issue 12,
eighteenth round, speechRW).

Sentences written for this module, in wire-copy wording about disputes outside the never-read
batches:
- "backs (backed) the agreement" supports it; only with its particle ("backed out of", "backed
  away from", "walked back", "tore up") or a from-phrase does a verb of that class leave a treaty
  or withdraw a pledge (seen in the study rewrite of the Chagos article, "Washington backs the
  agreement", and in T39's "the main opposition party backed the pact");
- a naming verb with quoted words ('called the visit "a provocation"') is a statement of its own.
  (Dropping the quoted fragment of "X said ... what he called 'Y'" as a second statement was tried:
  it lost recall on three never-read batches, whose gold counts such fragments, as dev 39 does.)
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, has, none_told, said_by, shown, statements

UK, MAURITIUS, USA = "state/united-kingdom", "state/mauritius", "state/united-states"
IRAQ, JAPAN, RUSSIA = "state/iraq", "state/japan", "state/russia"

# (state that withdrew, text)
WITHDRAWN = [
    (IRAQ, "Iraq pulled out of the Algiers Agreement in 1980."),
    (IRAQ, "In 1980 Iraq tore up the Algiers Agreement."),
    (IRAQ, "The Algiers Agreement, Baghdad said, was torn up by Iraq in 1980."),
    (USA, "The United States walked away from the deal on Friday."),
    (RUSSIA, "Russia backed out of the agreement last year."),
    (JAPAN, "Japan backed away from its pledge to return the islands."),
    (RUSSIA, "Moscow walked back its commitment to transfer the islands."),
    (RUSSIA, "Russia later pulled out of its 2010 pledge to fund the new port, Kazakh media said."),
]


@pytest.mark.parametrize(("state", "text"), WITHDRAWN)
def test_withdrawal_with_its_particle(state: str, text: str) -> None:
    found = facts(text)
    assert has(found, "withdrewObligation", state=state), shown(found)


SUPPORTED = [
    "Washington backs the agreement, the Foreign Office said.",
    "Britain backed the treaty on Monday.",
    "The United States has backed the 1996 accord between the two countries.",
    "Mauritius, backed by the United States, welcomed the deal.",
    "Japan backed its pledge to return the islands with a new law.",
]


@pytest.mark.parametrize("text", SUPPORTED)
def test_backing_a_deal_withdraws_nothing(text: str) -> None:
    none_told(text, "withdrewObligation", {})


NAMED_ALONE = [
    (
        'Morocco\'s foreign minister Nasser Bourita called the visit "a provocation".',
        "a provocation",
    ),
    (
        'Nasser Bourita, Morocco\'s foreign minister, branded the visit "a provocation that serves no one".',
        "a provocation that serves no one",
    ),
]


@pytest.mark.parametrize(("text", "words"), NAMED_ALONE)
def test_naming_on_its_own_is_a_statement(text: str, words: str) -> None:
    assert said_by(text, "person/nasser-bourita", words), statements(HEADLINE + text)
