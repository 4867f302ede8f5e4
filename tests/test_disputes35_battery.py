"""Suspensions in wording not read before (issue 12, sixteenth round, disputes35).

Sentences written for this module, in wire-copy wording, about disputes the never-read batches do
not cover. Each reading has its rewrites and its near-misses:
- a border, a crossing or an airspace closed (shut) stops passage for a time: suspends (seen in
  three writers: a border closed in solidarity, all crossings closed, a land crossing shut); a
  chapter or a dispute closed is no suspension;
- "accusing X of Y", "blaming X for Y" beside the suspending verb tell why, as "citing" does;
- a clause "a day (two days, a week) after X suspended ..." is dated from the clause it hangs on,
  that many days back, not by the sentence's nearest date (a document's year: "the 1972 pact");
- "the contested X" marks a land at issue as "the disputed X" does; an election or a count
  contested is no land.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

PAKISTAN, INDIA, FINLAND = "state/pakistan", "state/india", "state/finland"


def _suspensions(text: str) -> list[dict]:
    """Each suspension as {role: entity key or text}."""
    return [
        {k: getattr(v, "key", v) for k, v in f.args.items()}
        for f in facts(text)
        if f.rel == "suspends" and not f.negated
    ]


# (text, party, a word the suspended thing's text must hold)
CLOSED = [
    ("Pakistan closed the border with India on Friday.", PAKISTAN, "border"),
    ("The border with India was closed by Pakistan in 2019.", PAKISTAN, "border"),
    ("India shut the main land crossing at Wagah after the attack.", INDIA, "crossing"),
    (
        "Pakistan, the statement said, has closed its airspace to Indian airlines.",
        PAKISTAN,
        "airspace",
    ),
    (
        "Finland, which joined NATO last year, closed all crossings on its frontier with Russia.",
        FINLAND,
        "crossings",
    ),
    ("Islamabad suspended talks with India and closed the frontier.", PAKISTAN, "frontier"),
]


@pytest.mark.parametrize(("text", "party", "word"), CLOSED)
def test_a_closed_border_is_suspended(text, party, word):
    found = _suspensions(text)
    assert any(f["party"] == party and word in f["what"] for f in found), found


NOT_CLOSED = [
    "The accord closed the oldest border dispute in South America.",
    "Pakistan and India closed a painful chapter with the treaty.",
    "Pakistan did not close the border with India.",
    "The ministry closed its investigation into the border incident.",
]


@pytest.mark.parametrize("text", NOT_CLOSED)
def test_no_suspension_where_nothing_is_closed(text):
    assert not _suspensions(text), shown(facts(text))


# (text, words the reason must hold)
REASONS = [
    (
        "Finland closed all crossings on its border with Russia, accusing Moscow of sending "
        "migrants to the frontier.",
        "sending migrants",
    ),
    (
        "Armenia froze its participation in the alliance, accusing the bloc of failing to come "
        "to its aid.",
        "failing to come",
    ),
    (
        "Accusing Islamabad of backing the attackers, India suspended the talks.",
        "backing the attackers",
    ),
    (
        "Pakistan suspended trade talks with India, blaming New Delhi for the shelling.",
        "shelling",
    ),
]


@pytest.mark.parametrize(("text", "words"), REASONS)
def test_an_accusation_beside_the_verb_is_the_reason(text, words):
    found = _suspensions(text)
    assert any(words in (f.get("reason") or "") for f in found), found


# (text, party, date); the tests' articles are published on Tuesday 2020-05-05
DAYS_APART = [
    (
        "Pakistan said on Thursday it would hold the 1972 accord in abeyance, a day after India "
        "suspended the talks.",
        INDIA,
        "2020-04-29",
    ),
    (
        "Pakistan put the 1972 accord on hold on April 30, two days after India had suspended "
        "the talks.",
        INDIA,
        "2020-04-28",
    ),
    (
        "Pakistan closed its airspace on Friday, a week before India suspended the talks.",
        INDIA,
        "2020-05-08",
    ),
    (
        "Pakistan shelved the 1972 accord in November, a day after India suspended the talks.",
        INDIA,
        "2019-11",
    ),
]


@pytest.mark.parametrize(("text", "party", "date"), DAYS_APART)
def test_a_day_after_counts_from_the_clause_it_hangs_on(text, party, date):
    found = [f for f in _suspensions(text) if f["party"] == party]
    assert found and all(f.get("date") == date for f in found), found


INDIA_PAKISTAN = {INDIA, PAKISTAN}

# "contested" marks a land at issue as "disputed" does (data/lexicon/references.yaml, disputed_as)
CONTESTED = [
    "India and Pakistan met on Monday. Patrols resumed in the contested Kashmir region.",
    "India and Pakistan met on Monday. Patrols resumed in the disputed Kashmir region.",
    "Both India and Pakistan claim Kashmir. Shelling resumed across the contested region on Friday.",
]


@pytest.mark.parametrize("text", CONTESTED)
def test_a_contested_land_is_disputed(text):
    found = [f for f in facts(text) if f.rel == "disputes" and not f.negated]
    assert any(
        {e.key for e in f.args["parties"]} == INDIA_PAKISTAN
        and f.args["territory"].key == "territory/kashmir"
        for f in found
    ), shown(found)


NOT_CONTESTED = [
    "India and Pakistan met on Monday. The contested election in Pakistan was held on Sunday.",
    "India and Pakistan met on Monday. Imran Khan contested the vote count.",
]


@pytest.mark.parametrize("text", NOT_CONTESTED)
def test_no_dispute_where_no_land_is_contested(text):
    assert not [f for f in facts(text) if f.rel == "disputes"], shown(facts(text))
