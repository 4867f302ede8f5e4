"""Signatories the text places in no state sign in their own names (issue 12, round 24, docs44).

"The agreement, signed in Caen on March 21, 2015 by Foreign Ministers Paolo Gentiloni and Laurent
Fabius, moves the boundary": neither minister is given a state, so no side of the signing was
told and the signing was dropped, though the article names who signed (and the capitalised plural
title, which the tagger reads as a proper noun, gave the ministers no office). Two or more people,
one at least an official, who are a signing's only parties sign as themselves; a state named
beside an unplaced person still adds no side for that person, and people with no office sign
nothing. Seen in study articles of three batches (h246, h249,
h270). Sentences written for these tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown, signings

_SEA = "Italy and France dispute the sea border. "
_MINISTERS = {"Paolo Gentiloni", "Laurent Fabius"}

# the same signing: a participle, a passive clause, an active clause, the title after the names,
# an inserted phrase before the agent, another signing verb; the plural title capitalised or not
UNPLACED = [
    _SEA + "The agreement, signed in Caen on March 21, 2015 by Foreign Ministers Paolo Gentiloni "
    "and Laurent Fabius, moves the boundary.",
    _SEA + "The agreement was signed in Caen on March 21, 2015 by Foreign Ministers Paolo "
    "Gentiloni and Laurent Fabius.",
    _SEA + "Foreign Ministers Paolo Gentiloni and Laurent Fabius signed the agreement in Caen on "
    "March 21, 2015.",
    _SEA + "Paolo Gentiloni and Laurent Fabius, the two foreign ministers, signed the agreement in "
    "Caen on March 21, 2015.",
    _SEA + "On March 21, 2015, the agreement was signed in Caen, after long talks, by Foreign "
    "Ministers Paolo Gentiloni and Laurent Fabius.",
    _SEA + "The agreement was concluded in Caen on March 21, 2015 by Foreign Ministers Paolo "
    "Gentiloni and Laurent Fabius.",
    _SEA + "The agreement was signed in Caen on March 21, 2015 by foreign ministers Paolo "
    "Gentiloni and Laurent Fabius.",
]


@pytest.mark.parametrize("text", UNPLACED)
def test_unplaced_signers_sign_in_their_own_names(text: str) -> None:
    found = signings(text)
    assert any(_MINISTERS <= parties and date == "2015-03-21" for parties, date in found), shown(
        facts(text)
    )


_BOUGAINVILLE = (
    "The president of the Autonomous Region of Bougainville, Ishmael Toroama, on Thursday rejected "
    "a proposal by Papua New Guinea's government. "
)
_LEADERS = {"Ishmael Toroama", "James Marape"}

# a region's head (his office of no state) beside a prime minister: a participle, a passive
# clause, an active clause, a relative clause inserted after the second signer
REGION = [
    _BOUGAINVILLE + "The covenant, signed by Toroama and Prime Minister James Marape in Buka in "
    "July 2021, committed both sides to a timeline.",
    _BOUGAINVILLE + "The covenant was signed in Buka in July 2021 by Toroama and Prime Minister "
    "James Marape.",
    _BOUGAINVILLE + "Toroama and Prime Minister James Marape signed the covenant in Buka in July "
    "2021.",
    _BOUGAINVILLE + "In July 2021 Prime Minister James Marape and Toroama, who was elected in "
    "2020, signed the covenant in Buka.",
]


@pytest.mark.parametrize("text", REGION)
def test_leaders_of_no_placed_state_sign_as_themselves(text: str) -> None:
    found = signings(text)
    assert any(_LEADERS <= parties and date == "2021-07" for parties, date in found), shown(
        facts(text)
    )


# unchanged: a state beside an unplaced person signs nothing with a second side, nor do people
# without an office; one person signing a decree has no co-signer; placed officials sign for
# their states
@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed in 1995 by Argentina's Carlos Menem and Eduardo Frei.",
        # people no office or title makes officials: nobody's signing (tests/test_docs21_battery.py)
        _SEA + "The agreement was signed in Caen on March 21, 2015 by Paolo Gentiloni and Laurent "
        "Fabius.",
        _SEA + "Paolo Gentiloni signed the decree in Rome on March 21, 2015.",
    ],
)
def test_no_signing_of_own_names_beside_a_state_or_alone(text: str) -> None:
    found = signings(text)
    assert not any(len(parties) > 1 for parties, _ in found), shown(facts(text))


def test_placed_signers_still_sign_for_their_states() -> None:
    text = (
        _SEA + "The agreement was signed in Caen on March 21, 2015 by Italian Foreign Minister "
        "Paolo Gentiloni and French Foreign Minister Laurent Fabius."
    )
    found = signings(text)
    assert any({"Italy", "France"} <= parties for parties, _ in found), shown(facts(text))
