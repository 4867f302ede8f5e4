"""An agreement told in the present perfect ("have agreed to ..., officials said on Thursday") is
dated by the signing the next sentence tells ("The agreement was signed on Wednesday"), not by the
day of the words that report it (issue 12, fifteenth round, agree33).

Seen in two writers' articles (T10, T28): the agreement took the report's day, the gold the
signing's. Sentences written for these tests, in news style; published on a Tuesday (2020-05-05).
"""

from __future__ import annotations

import pytest
from helpers import facts


def _agreed_days(text: str) -> list[str | None]:
    return [f.args.get("date") for f in facts(text) if f.rel == "agreedTo" and not f.negated]


# (article, the agreement's day)
DATED = [
    # -- a passive signing of "the agreement", with the day before or after the place
    (
        "Peru and Ecuador have agreed to mark their border in the Cordillera del Condor, officials "
        "said on Tuesday. The agreement was signed in Brasilia on Monday by the two foreign "
        "ministers.",
        "2020-05-04",
    ),
    (
        "Peru and Ecuador have agreed to mark their border in the Cordillera del Condor, Brazil "
        "said Tuesday. The agreement was signed on Sunday in Brasilia.",
        "2020-05-03",
    ),
    # -- a relative clause on a named declaration, with "late"
    (
        "Guyana and Suriname have agreed to open talks on the New River Triangle, the two "
        "governments said on Tuesday. The joint declaration, which was signed late on Sunday by "
        "both presidents, commits them to settle the row peacefully.",
        "2020-05-03",
    ),
    # -- a participle after the document
    (
        "Peru and Ecuador have agreed to demarcate their border, the Brazilian foreign ministry "
        "said on Tuesday. The accord, signed on Monday in Brasilia, ends a decade of clashes.",
        "2020-05-04",
    ),
]


@pytest.mark.parametrize(("text", "day"), DATED)
def test_perfect_agreement_takes_signing_day(text: str, day: str) -> None:
    assert day in _agreed_days(text)


# (article, the agreement's day, kept)
KEPT = [
    # -- a signing weeks before: another document, not this week's agreement
    (
        "Peru and Ecuador have agreed to mark their border in the Cordillera del Condor, officials "
        "said on Tuesday. The agreement was signed in Brasilia on April 1.",
        "2020-05-05",
    ),
    # -- the past tense gives its own day: no perfect to date
    (
        "Peru and Ecuador agreed on Tuesday to mark their border in the Cordillera del Condor. "
        "The protocol was signed in Brasilia on Monday.",
        "2020-05-05",
    ),
    # -- the signing is not told in the next sentence
    (
        "Peru and Ecuador have agreed to mark their border in the Cordillera del Condor, officials "
        "said on Tuesday. Brazil welcomed the news. The agreement was signed in Brasilia on "
        "Monday.",
        "2020-05-05",
    ),
]


@pytest.mark.parametrize(("text", "day"), KEPT)
def test_agreement_day_kept(text: str, day: str) -> None:
    assert day in _agreed_days(text)


# -- coordinated acts of one agreement: one fact each ("to A and to B", "that A and that B"),
#    each act with its own "to" or "that", seen in two writers' articles (T14, T24); a
#    shared object, a hyphened verb or a second act without its marker is one act

# (article, the acts agreed, each its own fact)
SPLIT = [
    (
        "Peru and Chile agreed on Monday that the line would follow the parallel, with its waters "
        "shared between them, and that fishermen could cross it freely.",
        ["line would follow the parallel", "fishermen could cross it freely"],
    ),
    (
        "Peru and Chile agreed on Monday that fishermen could cross the line freely and that the "
        "navies would share patrols.",
        ["fishermen could cross the line freely", "navies would share patrols"],
    ),
    (
        "Peru and Chile consented on Monday to reopen the customs post at the bridge and to hold "
        "a joint commission every year.",
        ["reopen the customs post", "hold a joint commission every year"],
    ),
    (
        "Peru and Chile pledged on Monday to withdraw their troops and to let surveyors mark the "
        "line.",
        ["withdraw their troops", "let surveyors mark the line"],
    ),
]


@pytest.mark.parametrize(("text", "acts"), SPLIT)
def test_coordinated_acts_agreed_each(text: str, acts: list[str]) -> None:
    whats = [str(f.args.get("what")) for f in facts(text) if f.rel == "agreedTo"]
    for act in acts:
        assert any(act in w and all(a not in w for a in acts if a != act) for w in whats), whats


# (article, the one act agreed)
WHOLE = [
    # -- the second act without its own "to": told as one
    (
        "Peru and Chile agreed on Monday to open a border post and hold talks every year.",
        "open a border post and hold talks every year",
    ),
    (
        "Peru and Chile agreed on Monday to open and staff a border post.",
        "open and staff a border post",
    ),
    (
        "Peru and Chile agreed in 2013 to set up a joint commission to re-mark the line.",
        "set up a joint commission to re-mark the line",
    ),
]


@pytest.mark.parametrize(("text", "act"), WHOLE)
def test_one_act_kept_whole(text: str, act: str) -> None:
    whats = [str(f.args.get("what")) for f in facts(text) if f.rel == "agreedTo"]
    assert any(act in w for w in whats), whats
    assert not any(w.strip() in ("to open", "mark the line", "to re") for w in whats), whats
