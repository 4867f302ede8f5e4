"""The day of a protest told by a weekday in a report whose dateline gives no date (issue 12,
round 27: protests, and every weekday of such a report).

"ZAGREB, Croatia (AP) _ Croatia on Wednesday lodged a formal protest ...": the wire's dateline names
no day, and the lead's weekday stayed undated (or took the day of the last full date told before
it, a 2022 treaty's). A full date of the report's year that falls on a weekday the lead names
("told reporters on Wednesday, June 3, 2026"; "summoned the ambassador on Oct. 13, 2026", a
Tuesday) is the report's day; the other weekdays count back from it. Texts written for these
tests, in the style of AP and AFP, on disputes of other regions; near misses keep no day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import facts

from kg.ingest import article
from kg.ingest.news_day import news_day
from kg.model import Entity

_LEADS = {
    # the lead's weekday, the full date later with its weekday written out
    "weekday_written": (
        "LJUBLJANA, Slovenia (AP) _ Slovenia on Thursday lodged a formal protest with Croatia over "
        "a fence that Croatian police put up on the bank of the Dragonja River.\n\n"
        '"This fence must come down," Foreign Minister Tanja Fajon told reporters in Ljubljana on '
        "Thursday, May 14, 2026.\n\n"
        "The two countries signed a border arbitration agreement in Stockholm on Nov. 4, 2009.\n",
        "2026-05-14",
    ),
    # the full date without its weekday, which is the lead's (Oct. 13, 2026 is a Tuesday)
    "weekday_of_date": (
        "GEORGETOWN, Guyana (AFP) - Guyana protested to Suriname on Tuesday over a Surinamese "
        "patrol post built on an island in the Corentyne River.\n\n"
        "The Guyanese Foreign Ministry summoned Suriname's ambassador on Oct. 13, 2026, and "
        "handed him a note.\n\n"
        "The boundary was described in a treaty signed in London on Dec. 1, 1939.\n",
        "2026-10-13",
    ),
    # a passive lead, the date told first
    "passive_lead": (
        "ASMARA, Eritrea (AP) _ Asked on Monday, Sept. 7, 2026, about the post, the minister "
        "declined to comment.\n\n"
        "Eritrea on Monday protested to Ethiopia over an Ethiopian army camp set up near Alitena.\n",
        "2026-09-07",
    ),
}


@pytest.mark.parametrize("text,day", _LEADS.values(), ids=_LEADS.keys())
def test_protest_takes_the_report_day(text: str, day: str) -> None:
    found = [f for f in facts(text, published=None) if f.rel == "protests" and not f.negated]
    assert found, "no protest read"
    assert any(f.args.get("date") == day for f in found), [f.args.get("date") for f in found]


def _day(text: str) -> dt.date | None:
    a = article.parse(text, name="test")
    return news_day(a.source.text, a.body, a.source.published)


_NEAR = {
    # the full date falls on another weekday than the lead's (May 14, 2026 is a Thursday)
    "other_weekday": (
        "LJUBLJANA, Slovenia (AP) _ Slovenia on Monday lodged a formal protest with Croatia.\n\n"
        "The fence was put up on May 14, 2026, officials said.\n"
    ),
    # the lead names no weekday
    "no_weekday": (
        "LJUBLJANA, Slovenia (AP) _ Slovenia has lodged a formal protest with Croatia.\n\n"
        "The fence was put up on Thursday, May 14, 2026, officials said.\n"
    ),
    # two dates of the year fall on the lead's weekday: no one of them is the day
    "two_dates": (
        "LJUBLJANA, Slovenia (AP) _ Slovenia on Thursday lodged a formal protest with Croatia.\n\n"
        "The fence went up on May 14, 2026, and a second on May 21, 2026.\n"
    ),
    # a full date of another year than the report's latest (history) on the weekday
    "history": (
        "LJUBLJANA, Slovenia (AP) _ Slovenia on Wednesday lodged a formal protest with Croatia "
        "over a fence, a year after the 2026 talks.\n\n"
        "The border was settled by an award of June 28, 2017.\n"
    ),
}


@pytest.mark.parametrize("text", _NEAR.values(), ids=_NEAR.keys())
def test_no_report_day(text: str) -> None:
    assert _day(text) is None


def test_dated_dateline_kept() -> None:
    """A dateline that dates the report is the day, whatever the lead's weekday says."""
    text = (
        "LJUBLJANA, May 22, 2026 (AP) _ Slovenia on Thursday lodged a formal protest with "
        "Croatia over a fence on the Dragonja River.\n\n"
        "The fence was put up on Thursday, May 14, 2026.\n"
    )
    found = [f for f in facts(text, published=None) if f.rel == "protests"]
    assert found and all(f.args.get("date") == "2026-05-21" for f in found)
    party = found[0].args.get("party")
    assert isinstance(party, Entity) and party.key == "state/slovenia"
