"""Stretches of sea claimed or disputed with no proper name (issue 12, eighteenth round, claims37).

Seen in several writers' articles (T20's "the waters around five ... islands", T37's "in waters that
France has always considered its own", T22's "the seabed around the E-23 oil block, which Riga
claims", T45's "waters stretching south toward Tobago", "an area extending north-east toward
Barbados", "a stretch of ocean that both Caribbean states claim", "waters that Barbados had regarded
as its own"): the land at stake is a sea noun placed by the phrase after it, or called the
regarder's own by a relative clause, and no mention stood there, so the claim was lost.
- a land noun of ``described_lands`` no describer precedes is a land where a phrase after it
  places it (a locating preposition, a participle of reach, "of" a sea word); its label is the
  noun and the phrase (kg/ingest/nlp/described_lands.py);
- one a relative clause of regarding calls "its own" is a land too, and the clause read as a
  noun's "that"-clause is still a relative (kg/ingest/nlp/grammar/relatives.py, rules/own_land.py).
Near-misses: a phrase with a holder's compound ("around five Russian-held islands") makes no
land (it would be read as held); a bare "waters" in a land role stays nothing; "along" places no
stretch (the border). Sentences written for these tests, about Caribbean and South American seas.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

VENEZUELA, GUYANA = "state/venezuela", "state/guyana"
COLOMBIA, NICARAGUA = "state/colombia", "state/nicaragua"
HONDURAS, BELIZE = "state/honduras", "state/belize"


def _lands(text: str, rel: str, role: str, state: str) -> list[str]:
    """The labels of the lands ``state`` (by key, in ``role``) is told to claim or dispute."""
    out = []
    for f in facts(text):
        if f.rel != rel or f.negated:
            continue
        value = f.args.get(role)
        keys = (
            {getattr(v, "key", None) for v in value}
            if isinstance(value, (list, tuple))
            else {getattr(value, "key", None)}
        )
        if state in keys:
            out.append(f.args["territory"].label.lower())
    return out


# (text, relation, role, state, words the land's label must hold)
TOLD = [
    # a locating preposition after the noun
    (
        "Venezuela claims the waters off the Essequibo coast.",
        "claims",
        "claimant",
        VENEZUELA,
        "waters off the essequibo coast",
    ),
    (
        "The waters off the Essequibo coast are claimed by Venezuela.",
        "claims",
        "claimant",
        VENEZUELA,
        "waters off the essequibo coast",
    ),
    (
        "Caracas has long laid claim to the waters off the Essequibo coast, officials said.",
        "claims",
        "claimant",
        VENEZUELA,
        "waters off the essequibo coast",
    ),
    (
        "Nicaragua claims the area near the Miskito Cays.",
        "claims",
        "claimant",
        NICARAGUA,
        "area near the miskito cays",
    ),
    # a participle of reach
    (
        "Guyana rejected Venezuela's claim to waters stretching east toward Trinidad.",
        "claims",
        "claimant",
        VENEZUELA,
        "waters stretching east toward trinidad",
    ),
    (
        "Honduras and Nicaragua dispute an area extending north of the river mouth.",
        "disputes",
        "parties",
        NICARAGUA,
        "area extending north of the river mouth",
    ),
    # "of" a sea word
    (
        "Colombia and Nicaragua went to court over a stretch of ocean that both states claim.",
        "claims",
        "claimant",
        COLOMBIA,
        "stretch of ocean",
    ),
    (
        "Colombia and Nicaragua went to court over a stretch of ocean that both states claim.",
        "disputes",
        "parties",
        NICARAGUA,
        "stretch of ocean",
    ),
    # a relative clause of regarding calls the stretch its own ("that" read as a mark too)
    (
        "Belize seized a Guatemalan boat in waters that Guatemala has always considered its own.",
        "claims",
        "claimant",
        "state/guatemala",
        "waters",
    ),
    (
        "Colombian boats fish in an area which Nicaragua regards as its own.",
        "claims",
        "claimant",
        NICARAGUA,
        "area",
    ),
    (
        "Trinidad has licensed blocks in fishing grounds that Venezuela had regarded as its own.",
        "claims",
        "claimant",
        VENEZUELA,
        "fishing grounds",
    ),
]


@pytest.mark.parametrize(("text", "rel", "role", "state", "label"), TOLD)
def test_described_by_place(text, rel, role, state, label):
    assert label in _lands(text, rel, role, state), shown(facts(text))


# (text, relation, role, state): no fact of it on a described stretch
DENIED = [
    # a holder's compound in the phrase would make the waters held
    (
        "Japan claims the waters around five Russian-held islands.",
        "controls",
        "state",
        "state/russia",
    ),
    # "along" places no stretch of sea
    ("Honduras claims an area along the border with Nicaragua.", "claims", "claimant", HONDURAS),
    # no placing phrase, no relative of regarding: a bare sea noun is no land
    ("Belize claims the waters.", "claims", "claimant", BELIZE),
    # "its own" said of something not regarded ("built its own"): no land
    ("Guyana patrols waters that Guyana built its own port in.", "claims", "claimant", GUYANA),
]


@pytest.mark.parametrize(("text", "rel", "role", "state"), DENIED)
def test_no_described_land(text, rel, role, state):
    found = [
        f
        for f in facts(text)
        if f.rel == rel
        and not f.negated
        and f.args.get("territory") is not None
        and f.args["territory"].label.lower().split()[0] in ("waters", "area", "the")
    ]
    keys = [
        getattr(f.args.get(role), "key", None)
        if not isinstance(f.args.get(role), (list, tuple))
        else None
        for f in found
    ]
    assert state not in keys, shown(found)


# "the bank" after a land named "... Bank" (a region word: never a bank of money, which no land's
# name ends with); "A disputes X with B" names both parties; "a legal battle over X" is a dispute
# between its parties, as "a war over X" is.
DISPUTED = [
    (
        "Colombia administers Serranilla Bank. Nicaragua claims the bank.",
        "claims",
        {"claimant": NICARAGUA, "territory": "territory/serranilla-bank"},
    ),
    (
        "Guyana has contested the Essequibo region with Venezuela since 1966.",
        "disputes",
        {"parties": {GUYANA, VENEZUELA}},
    ),
    (
        "Honduras, which also disputes Sapodilla Cayes with Belize, issued a protest.",
        "disputes",
        {"parties": {HONDURAS, BELIZE}},
    ),
    (
        "The ruling ended a two-year legal battle between Guyana and Venezuela over the Essequibo.",
        "disputes",
        {"parties": {GUYANA, VENEZUELA}},
    ),
    (
        "Guyana and Venezuela have fought a long legal battle over the Essequibo region.",
        "disputes",
        {"parties": {GUYANA, VENEZUELA}},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DISPUTED)
def test_disputed(text, rel, roles):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


def test_a_bank_of_money_is_no_land():
    none_told(
        "Colombia administers Serranilla Bank. The World Bank said the bank would lend money.",
        "claims",
        {},
    )


def test_a_battle_over_no_land_is_no_dispute():
    none_told("The two firms are locked in a legal battle over the pipeline.", "disputes", {})


# an event's name ("the Coto War", "the Football War") is no land, though a relative clause on its
# apposition ("a brief conflict over a strip of land that both countries claimed") reaches it
WARS = [
    "Panama and Costa Rica marked a century since the Coto War, a brief border conflict over a "
    "strip of land on the Pacific coast that both countries once claimed as their own.",
    "Honduras and El Salvador recalled the Football War, a short conflict over a border area that "
    "both states claimed.",
    "Bolivia and Paraguay remembered the Chaco War, a bloody conflict over the plain which both "
    "countries had claimed.",
]


@pytest.mark.parametrize("text", WARS)
def test_a_war_is_no_land(text):
    found = [
        f
        for f in facts(text)
        if f.rel in ("claims", "disputes") and "war" in f.args["territory"].label.lower()
    ]
    assert not found, shown(found)
