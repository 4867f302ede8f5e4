"""What a rejecting relative clause rejects when the parse hangs it on a noun inside the thing's
own phrase (issue 12, rejects43).

Every sentence was written for this module. "lodged a submission with the UN Commission on the
Limits of the Continental Shelf, which Angola rejected": the clause, set off by a comma, describes
the whole phrase, so the thing rejected is the submission (and its maker the claimant), not the
shelf; "a declaration referring to the 1920 treaty, which Moscow rejected": the declaration the
participle describes. A name inside such an active participle ("a report calling on Peru to
withdraw") tells what the thing says, not who made it. A thing of its own that a preposition
holds ("the claim in Malaysia's map, which Singapore rejects") and a restrictive clause stay as
they are.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

ANGOLA, DRC = "state/angola", "state/democratic-republic-of-the-congo"
RUSSIA, LATVIA, PERU = "state/russia", "state/latvia", "state/peru"
SINGAPORE, MALAYSIA = "state/singapore", "state/malaysia"


def _rejections(text: str, state: str) -> list:
    found = [f for f in facts(text) if f.rel == "rejectsClaim" and not f.negated]
    return [f for f in found if getattr(f.args.get("state"), "key", None) == state], found


# (text, the rejecter, words the thing rejected carries, its claimant or None)
OUTER: list = [
    (
        "In 2009 Kinshasa lodged a submission with the UN Commission on the Limits of the "
        "Continental Shelf, which Angola rejected.",
        ANGOLA,
        "submission",
        DRC,
    ),
    (  # passive
        "In 2009 Kinshasa lodged a submission with the UN Commission on the Limits of the "
        "Continental Shelf, which was rejected by Angola.",
        ANGOLA,
        "submission",
        DRC,
    ),
    (  # an inserted apposition, another verb
        "In 2009 Kinshasa lodged a submission with the UN Commission on the Limits of the "
        "Continental Shelf, which Angola, its southern neighbour, promptly dismissed.",
        ANGOLA,
        "submission",
        DRC,
    ),
    (
        "Kinshasa filed a submission to the commission, which was rejected by Angola.",
        ANGOLA,
        "submission",
        DRC,
    ),
    (
        "In 2005 Riga attached a unilateral declaration referring to the 1920 treaty, which "
        "Moscow rejected as a territorial claim in disguise.",
        RUSSIA,
        "declaration",
        LATVIA,
    ),
    (  # another participle, another verb
        "Latvia attached a declaration citing the 1920 treaty, which Russia dismissed as a claim "
        "in disguise.",
        RUSSIA,
        "declaration",
        LATVIA,
    ),
    (  # an infinitive in the clause
        "In 2005 Riga attached a unilateral declaration referring to the 1920 treaty, which "
        "Moscow refused to accept.",
        RUSSIA,
        "declaration",
        LATVIA,
    ),
]


@pytest.mark.parametrize(("text", "state", "word", "claimant"), OUTER)
def test_clause_describes_the_outer_thing(text, state, word, claimant):
    mine, found = _rejections(text, state)
    assert any(word in str(f.args.get("what")) for f in mine), shown(found)
    hit = next(f for f in mine if word in str(f.args.get("what")))
    assert getattr(hit.args.get("claimant"), "key", None) == claimant, shown(found)


# a name inside an active participle that describes the thing is no maker of it
ADDRESSED: list = [
    (
        "In March 1933 the League's council adopted a report calling on Peru to withdraw, which "
        "Lima rejected.",
        PERU,
    ),
    (
        "In March 1933 the League's council adopted a report calling on Peru to withdraw, which "
        "was rejected by Lima.",
        PERU,
    ),
    (
        "In 1933 the League of Nations adopted a report urging Peru to withdraw from Leticia, "
        "which Peru refused to accept.",
        PERU,
    ),
]


@pytest.mark.parametrize(("text", "state"), ADDRESSED)
def test_addressee_of_the_thing_is_no_claimant(text, state):
    mine, found = _rejections(text, state)
    assert any("report" in str(f.args.get("what")) for f in mine), shown(found)


def test_thing_of_its_own_in_a_phrase_stays():
    text = (
        "The new limits go beyond even the claim in Malaysia's 1979 map, which Singapore has never "
        "recognised."
    )
    found = [f for f in facts(text) if f.rel == "rejectsClaim"]
    whats = [str(f.args.get("what")) for f in found]
    assert any("map" in w for w in whats), shown(found)
    assert not any(w.startswith("the claim") for w in whats), shown(found)
