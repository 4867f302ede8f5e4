"""Suspensions told as a postponement, suspensions announced in reported speech, and doers denied
in a by-phrase (issue 12, round 30, agree50).

- "Jamaica has put off a meeting of the joint commission", "Morocco postponed the talks", "a visit
  ... was deferred": a meeting, a visit or talks put off for a time are suspended, as "put on hold"
  and "called off" already are; a decision or a vote put off is no process and suspends nothing.
- "The ministry said the DRC was suspending joint patrols": the speaker's "we are suspending" told
  back a tense is a deed announced as it is done, so of the report's day, as the simple past under a
  past speech verb already is; a suspension told in the sentence with a date of its own keeps no
  report's day, and "had been suspending" is not dated so.
- "Kosovo is recognised by A and B, though not by Serbia": a by-phrase under "not" names those
  who did not act, no doer ("not only by A but also by B" still names both).
Sentences written for these tests, in news style, on disputes of several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _suspended(found, words):
    return [f for f in found if f.rel == "suspends" and not f.negated and words in f.args["what"]]


def _party(f):
    return f.args["party"].label


# -- put off, postponed, deferred: a meeting, a visit or talks suspended
POSTPONED = [
    (
        "Jamaica has put off a meeting of the joint fisheries commission that had been due to take "
        "place in Kingston in July.",
        "Jamaica",
        "meeting of the joint fisheries commission",
    ),
    (
        "Morocco also postponed a meeting of the bilateral working group on customs, a Spanish "
        "government source said.",
        "Morocco",
        "meeting of the bilateral working group",
    ),
    (
        "Honduras postponed the next round of border talks with Nicaragua.",
        "Honduras",
        "round of border talks",
    ),
    (
        "A visit to Dili by the Indonesian foreign minister was postponed by Indonesia after the "
        "incident.",
        "Indonesia",
        "visit to Dili",
    ),
    (
        "Kenya deferred the session of the joint boundary commission until the survey is finished.",
        "Kenya",
        "session of the joint boundary commission",
    ),
    (
        "Georgia put off the talks with Azerbaijan until next year.",
        "Georgia",
        "talks",
    ),
]


@pytest.mark.parametrize(("text", "party", "what"), POSTPONED)
def test_a_meeting_put_off_is_suspended(text, party, what):
    found = _suspended(facts(text), what)
    assert found and _party(found[0]) == party


NOT_POSTPONED = [
    "Chile postponed a decision on the boundary until the court rules.",
    "Peru put off the vote on the treaty.",
    "Colombia said it would not postpone the meeting of the joint commission.",
    "Bolivia could postpone the talks with Chile if the protests go on.",
]


@pytest.mark.parametrize("text", NOT_POSTPONED)
def test_no_process_put_off_or_none_done(text):
    assert not [f for f in facts(text) if f.rel == "suspends" and not f.negated]


# -- "said X was suspending": announced as done, of the report's day
DAY = "2026-03-10"  # the report's day


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry said the DRC was suspending joint river patrols with Congo "
        '"until the post is removed".',
        "Kinshasa said that it was suspending its participation in the joint river commission.",
        "Officials said the government of Angola was halting joint patrols on the river.",
    ],
)
def test_a_suspension_said_in_the_progressive_is_of_the_report_day(sentence):
    found = [f for f in facts(sentence, published=DAY) if f.rel == "suspends"]
    assert found and all(f.args.get("date") == DAY for f in found)


def test_a_progressive_suspension_with_its_own_date_keeps_no_report_day():
    text = "The ministry said the DRC was suspending the joint patrols from April 1, 2026."
    found = [f for f in facts(text, published=DAY) if f.rel == "suspends"]
    assert all(f.args.get("date") != DAY for f in found)


def test_had_been_suspending_is_not_dated_by_the_report():
    text = "The ministry said Angola had been suspending joint patrols for years."
    found = [f for f in facts(text, published=DAY) if f.rel == "suspends"]
    assert all(f.args.get("date") != DAY for f in found)


# -- "recognised by A, though not by B": the denied by-phrase names those who did not
@pytest.mark.parametrize(
    ("text", "did", "did_not"),
    [
        (
            "Kosovo is recognised by Albania and Croatia, though not by Serbia, Russia or China.",
            {"Albania", "Croatia"},
            {"Serbia", "Russia", "China"},
        ),
        (
            "Kosovo's independence was recognised by the United States in 2008, but not by Spain.",
            {"United States"},
            {"Spain"},
        ),
        (
            "The treaty was signed by Chile but not by Bolivia.",
            set(),
            {"Bolivia"},
        ),
    ],
)
def test_a_by_phrase_under_not_names_no_doer(text, did, did_not):
    doers = {
        getattr(e, "label", None)
        for f in facts(text)
        if not f.negated
        for role in ("party", "parties")
        for e in (f.args.get(role) if isinstance(f.args.get(role), tuple) else (f.args.get(role),))
    }
    assert did <= doers
    assert not did_not & doers


def test_not_only_by_still_names_the_doer():
    found = facts(
        "Kosovo's independence was recognised not only by the United States but also by Germany."
    )
    doers = {f.args["party"].label for f in found if f.rel == "recognizes" and not f.negated}
    assert {"United States", "Germany"} <= doers
