"""A document that commits all its signers alike tells what they agreed (issue 12, round 36, agree56b).

"The minutes also commit the two sides to setting up a joint committee", "signed minutes
committing both sides to a joint hydrographic survey": news tells the terms of a signed text by
what it commits or binds "both sides" (the two countries, the parties) to. That is an agreement of
the signers (the ``content`` reader of agreedTo, data/lexicon/relations.yaml, gated on a plural
object of sides, countries, parties: rules/agreements._mutual_object); each side's obligation stays
an obliges fact. A document that commits one named party ("commits Peru to granting ...") is that
party's obligation, no agreement, and a text nobody is said to have signed agrees nothing.
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

from helpers import facts


def _agreed(text, published="2026-06-12"):
    return [f for f in facts(text, published) if f.rel == "agreedTo" and not f.negated]


def _labels(f):
    return {e.label for e in f.args["parties"]}


def test_minutes_that_commit_the_two_sides_in_a_later_sentence():
    text = (
        "TUNIS, June 12 (Reuters) - Tunisia and Libya signed minutes on Tuesday on the Ras Ajdir "
        "border crossing.\n\nThe minutes also commit the two sides to setting up a joint "
        "committee to run the crossing."
    )
    got = _agreed(text)
    assert any(
        _labels(f) == {"Tunisia", "Libya"} and "joint committee" in f.args["what"] for f in got
    )


def test_a_participle_committing_both_countries_after_the_signing():
    text = (
        "SAN SALVADOR, June 12 (AP) - El Salvador and Guatemala signed a protocol on Monday "
        "committing both countries to a joint hydrographic survey of the river mouth."
    )
    got = _agreed(text)
    assert any(
        _labels(f) == {"El Salvador", "Guatemala"} and "hydrographic survey" in f.args["what"]
        for f in got
    )


def test_a_treaty_that_binds_both_parties_told_after_its_signers():
    text = (
        "LIMA, June 12 (Reuters) - The treaty, signed by Ecuador and Peru in 1998, binds both "
        "parties to submit any new dispute over the Cordillera del Condor to the guarantor states."
    )
    got = _agreed(text)
    assert any(_labels(f) == {"Ecuador", "Peru"} and "guarantor" in f.args["what"] for f in got)


def test_one_party_committed_is_an_obligation_not_an_agreement():
    text = (
        "LIMA, June 12 (Reuters) - Bolivia and Peru signed an accord on Monday. The accord commits "
        "Peru to granting Bolivia a free zone at the port of Ilo."
    )
    got = _agreed(text)
    assert not any("free zone" in f.args["what"] for f in got)


def test_an_unsigned_draft_that_commits_both_sides_agrees_nothing():
    text = (
        "BELGRADE, June 12 (AP) - A draft plan circulated by the mediators commits both sides to "
        "a freeze on new police posts near the boundary line."
    )
    got = _agreed(text)
    assert not any("freeze" in f.args["what"] for f in got)
