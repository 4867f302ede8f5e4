"""Rejections told twice, and the years of other things beside a protest (issue 12, reject30).

Every sentence was written for this module, in wire-copy wording about the Peru-Chile-Bolivia
frontier, which the never-read batches do not cover as their topic. Each reading has its rewrites
and its near-misses:
- one state's rejection told again with only a reference back to the thing ("this map", "the map",
  "it"), or by two verbs of one sentence ("does not recognise and will never accept"), is one fact;
  another state's rejection of the same thing, or the same state's of another thing, is its own;
- a year on a noun that is no argument of a noun trigger ("sent a protest note ... as a breach of
  the 1904 treaty", "dismissed the protest and said ... the 2014 judgment") dates that noun's thing,
  not the protest; a year on the trigger's own argument or on the noun its clause describes ("the
  1975 accord, under which both pledged") still dates it.
"""

from __future__ import annotations

import pytest
from helpers import arg_key, facts, has, shown

PERU, CHILE, BOLIVIA = "state/peru", "state/chile", "state/bolivia"


def _rejections(text: str, state: str) -> set:
    """The distinct rejections ``state`` makes in ``text`` (a fact told again is one)."""
    return {
        tuple(sorted((k, arg_key(v)) for k, v in f.args.items()))
        for f in facts(text)
        if f.rel == "rejectsClaim" and not f.negated and arg_key(f.args.get("state")) == state
    }


# (text, the state, how many distinct rejections it makes)
TOLD_TWICE: list = [
    (
        "Peru rejected the new Chilean map on Monday. Lima does not recognise this map, the ministry said.",
        PERU,
        1,
    ),
    (
        "Peru rejected the new Chilean map on Monday. The map was also rejected by Lima's congress.",
        PERU,
        1,
    ),
    ("Peru, which has never accepted the Chilean map, rejected it again on Monday.", PERU, 1),
    ("Peru has never accepted the Chilean map. It rejected it again on Monday.", PERU, 1),
    (
        "Peru rejected the Chilean decree on Monday and said it did not recognise that decree.",
        PERU,
        1,
    ),
    (
        "The ministry called the base an illegal act that Peru does not recognise and will never accept.",
        PERU,
        1,
    ),
    # near-misses: another thing of the same state is a rejection of its own
    ("Peru rejected the Chilean map on Monday. Peru also rejected the Bolivian decree.", PERU, 2),
]


@pytest.mark.parametrize(("text", "state", "count"), TOLD_TWICE)
def test_one_rejection_told_twice(text, state, count):
    assert len(_rejections(text, state)) == count, shown(facts(text))


def test_another_state_rejecting_the_same_thing_keeps_its_own():
    text = "Peru rejected the Chilean map. Bolivia also rejected the map."
    assert _rejections(text, PERU) and _rejections(text, BOLIVIA), shown(facts(text))


def test_the_later_telling_gives_its_claimant():
    found = facts("Peru has never accepted the map. Peru rejected the Chilean map on Monday.")
    assert has(found, "rejectsClaim", state=PERU, claimant=CHILE), shown(found)


# (text, relation, roles the asserted fact has)
DATED: list = [
    (
        "It followed the 1975 Lima accord, under which Peru and Chile had pledged to respect the frontier.",
        "agreedTo",
        {"date": "1975"},
    ),
    (
        "Peru lodged a protest with Chile over the 2014 judgment on Monday.",
        "protests",
        {"party": PERU},
    ),
    ("Peru sent a protest note to Chile in 2021.", "protests", {"party": PERU, "date": "2021"}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DATED)
def test_dated(text, rel, roles):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, the protest's party, a date the protest may not have)
OTHERS_YEARS: list = [
    (
        "Chile rejected the Bolivian claim and sent a protest note to Bolivia as a breach of the 1904 treaty.",
        CHILE,
        "1904",
    ),
    (
        "Chile sent protest notes to Bolivia, calling the decree a violation of the 1904 treaty.",
        CHILE,
        "1904",
    ),
    (
        "Peru dismissed the Chilean protest and said that its law only applied the 2014 judgment of the court.",
        CHILE,
        "2014",
    ),
    (
        "Peru dismissed the protest by Chile, saying the law only applied the 2014 judgment.",
        CHILE,
        "2014",
    ),
]


@pytest.mark.parametrize(("text", "party", "year"), OTHERS_YEARS)
def test_a_year_of_another_thing_is_no_protests(text, party, year):
    found = [
        f for f in facts(text) if f.rel == "protests" and arg_key(f.args.get("party")) == party
    ]
    assert found, shown(facts(text))
    assert not any(str(f.args.get("date", "")).startswith(year) for f in found), shown(found)


# "charge d'affaires", written without its accent, is lemmatised "d'affaire": still an envoy
ENVOYS: list = [
    "Colombia summoned the Nicaraguan charge d'affaires on Monday to protest against the decree.",
    "Colombia summoned Nicaragua's charge d'affaires on Monday to protest against the decree.",
    "Colombia rejected the decree and summoned Nicaragua's charge d'affaires to protest.",
    "Colombia recalled its charge d'affaires from Managua in protest at the decree.",
]


@pytest.mark.parametrize("text", ENVOYS)
def test_a_charge_d_affaires_summoned_is_a_protest(text):
    found = facts(text)
    assert has(found, "protests", party="state/colombia", against="state/nicaragua"), shown(found)


def test_a_charge_summoned_is_no_envoy():
    found = facts("Colombia called the charges against its navy baseless.")
    assert not [f for f in found if f.rel == "protests"], shown(found)


# a share of a group of private people ("67.7 per cent of voters") takes no stance for a state
SHARES: list = [
    "In the 1955 vote, 67.7 per cent of Ecuadorian voters rejected the Peruvian claim.",
    "The vote, in which 67.7 per cent of Ecuadorian voters rejected the Peruvian claim, was held in 1955.",
    "A majority of Ecuadorian voters rejected the Peruvian claim in the referendum.",
    "Nearly 60 percent of Ecuadorian residents rejected the Peruvian plan, a poll found.",
]


@pytest.mark.parametrize("text", SHARES)
def test_a_share_of_voters_is_no_state(text):
    found = facts(text)
    assert not has(found, "rejectsClaim", state="state/ecuador"), shown(found)


def test_the_state_itself_still_rejects():
    found = facts("In 1955 Ecuador rejected the Peruvian claim.")
    assert has(found, "rejectsClaim", state="state/ecuador", claimant=PERU), shown(found)
