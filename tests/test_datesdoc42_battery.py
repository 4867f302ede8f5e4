"""The date of an agreement told only inside what was agreed (issue 12, twenty-second round,
datesdoc42): "The two countries first agreed to set up the commission in 2002" is an agreement of
2002, though the parser hangs "in 2002" on the infinitive; an act agreed to cannot come before
the agreeing. A time still ahead ("to hold a vote in 2027") or a sentence that dates the agreeing
itself ("agreed on Friday to ...") keeps the content's date for the content.

Seen in two writers' articles (T31, T50): the agreement took the report's day, not its year.
Sentences written for these tests, in news style; the rule tests publish on 2020-05-05.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _agreed_dates(text: str) -> list[str | None]:
    return [f.args.get("date") for f in facts(text) if f.rel == "agreedTo" and not f.negated]


DATED = [
    # the year, the month, a name-year of the document it was agreed in; past, past perfect,
    # another verb of the class, an inserted clause, a speech tag after it
    ("Chile and Peru first agreed to set up a joint border commission in 2002.", "2002"),
    ("Chile and Peru had agreed to reopen the border crossing in March 2011.", "2011-03"),
    ("Ghana and Togo agreed to explore the offshore field together in a 2009 accord.", "2009"),
    (
        "Ghana and Togo, after years of quarrels, agreed to open a joint patrol post in 2014.",
        "2014",
    ),
    (
        "Chile and Peru agreed to set up a joint border commission in 2002, officials said.",
        "2002",
    ),
]


@pytest.mark.parametrize(("text", "date"), DATED)
def test_a_past_date_inside_what_was_agreed_dates_the_agreement(text, date):
    assert date in _agreed_dates(text)


UNCHANGED = [
    # a time still ahead is what was agreed, not the agreeing
    ("Chile and Peru agreed to hold a referendum on the border in 2027.", "2027"),
    # the sentence dates the agreeing itself
    ("Chile and Peru agreed on Monday to restore a treaty line first drawn in 1929.", "1929"),
    # a span, not a point in time
    ("Chile and Peru agreed to keep the crossing shut since 2015.", "2015"),
    # a day and month with no year: its year is the report's guess, not a past agreement's
    ("Chile and Peru agreed to hold talks on September 12.", "2019-09-12"),
    ("Chile and Peru agreed to hold talks in September.", "2019-09"),
]


@pytest.mark.parametrize(("text", "date"), UNCHANGED)
def test_no_agreement_takes_a_date_that_is_not_its_own(text, date):
    assert date not in _agreed_dates(text)
