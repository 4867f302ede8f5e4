"""The day of a report whose dateline gives no date ("ZAGREB, Croatia (AP) _ Croatia on Wednesday
lodged a protest ..."), so that its weekdays ("spoke on Monday") and days without a year ("met on
September 21") are of that week, not left undated nor dated by the story's history. First the full
date the text gives of that year on a weekday its lead names
("told reporters on Wednesday, June 3, 2026"; "summoned the ambassador on Oct. 13, 2026", a
Tuesday, after "lodged a protest on Tuesday"). The lead tells the news of the day; a full date of
the report's year falling on the weekday it names is that day, so its other weekdays count back
from it. Where the lead names no weekday, or several dates fit, the first full day the body tells
in the report's latest year ("summoned the ambassador on Oct. 13, 2026") is taken."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.ingest.nlp.dateline_years import PRESENT
from kg.ingest.nlp.dates import WEEKDAYS, find_dates, names_year

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.ingest.nlp.segment import Span

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
#: A weekday with its day ("Monday, Nov. 30"), which kg.ingest.nlp.dates dates in the year it fits.
_WEEKDAY_DAY = re.compile(r"(?:" + "|".join(WEEKDAYS) + r"),?\s.*\d", re.IGNORECASE)


def report_day(text: str, body: Sequence[Span], published: str) -> dt.date | None:
    """The report's day, where only its year (or month) is known (``published``)."""
    days = _full_days(text, body, published)
    on_weekday = _on_named_weekday(days, body[0]) if len(published) == 4 and body else None
    if on_weekday or days:
        return on_weekday or days[0]
    return _week_before_coming(text, body, published) if len(published) == 4 and body else None


def undated_year(text: str, body: Sequence[Span]) -> str | None:
    """The year of a report that gives no date: the latest year its body tells, where it tells a
    full day of that year (the report's day, as report_day reads it); else the present's. A year
    told with no day of it is recalled ("occupied since 1966", "agreed in December 2023"), and
    news is recent (as for an undated dateline, kg.ingest.nlp.dateline_years.infer_year)."""
    years = [int(d.iso[:4]) for p in body for d in find_dates(text, p.start, p.end)]
    if not years:
        return None
    latest = str(max(years))
    if max(years) >= PRESENT.year or report_day(text, body, latest):
        return latest
    return str(PRESENT.year)


def news_day(text: str, body: Sequence[Span], published: str | None) -> dt.date | None:
    """The day a weekday of the lead names, where only the report's year is known."""
    if not published or len(published) != 4 or not body:
        return None
    return _on_named_weekday(_full_days(text, body, published), body[0])


def _full_days(text: str, body: Sequence[Span], published: str) -> list[dt.date]:
    """The full days the body tells in the report's year (or month), in the order told."""
    out = []
    for p in body:
        told = [
            (d.start, dt.date.fromisoformat(d.iso))
            for d in find_dates(text, p.start, p.end)
            if len(d.iso) == 10 and d.iso.startswith(published)
        ]
        # "handed a protest note on Monday, Nov. 30": a day of the report's year by its weekday
        mid = dt.date(int(published[:4]), 7, 1)
        told += [
            (d.start, dt.date.fromisoformat(d.iso))
            for d in find_dates(text, p.start, p.end, mid)
            if _WEEKDAY_DAY.match(d.text) and not names_year(d) and d.iso.startswith(published)
        ]
        out += [day for _, day in sorted(told)]
    return out


def _on_named_weekday(days: list[dt.date], lead: Span) -> dt.date | None:
    """The one day of ``days`` that falls on a weekday the lead names."""
    named = {WEEKDAYS.index(w.lower()) for w in _WEEKDAY.findall(lead.text)}
    fitting = {day for day in days if day.weekday() in named}
    return fitting.pop() if len(fitting) == 1 else None


#: words that tell a day to come in the clause before it ("scheduled to end Dec. 12", "talks,
#: planned in Brussels for Nov. 19")
_COMING = re.compile(r"\b(?:scheduled|planned|due|set to|expected|will|next)\b[^.;,]*$", re.I)


def _week_before_coming(text: str, body: Sequence[Span], published: str) -> dt.date | None:
    """The report's day a week before the one day to come that falls on the lead's weekday: a
    lead's "on Saturday" is of the past week, so "scheduled to end Dec. 12", a Saturday, tells
    a report of Saturday, Dec. 5."""
    named = {WEEKDAYS.index(w.lower()) for w in _WEEKDAY.findall(body[0].text)}
    year = int(published)
    fitting = set()
    for p in body:
        for d in find_dates(text, p.start, p.end, dt.date(year, 7, 1), days_only=True):
            if len(d.iso) != 10 or names_year(d) or _WEEKDAY_DAY.match(d.text):
                continue
            clause = max(text.rfind(". ", p.start, d.start), text.rfind(",", p.start, d.start))
            day = dt.date(year, int(d.iso[5:7]), int(d.iso[8:10]))
            if day.weekday() in named and _COMING.search(text, max(clause, p.start), d.start):
                fitting.add(day - dt.timedelta(days=7))
    return fitting.pop() if len(fitting) == 1 else None
