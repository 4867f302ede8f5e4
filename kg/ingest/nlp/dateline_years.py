"""The year of an undated dateline, read from the years and weekdays its text tells (split from dates.py)."""

from __future__ import annotations

import datetime as dt
import re

from kg.ingest.nlp.date_values import valid_day
from kg.ingest.nlp.dates import WEEKDAYS


def infer_year(
    month: int,
    day: int,
    weekday: str | None,
    years_seen: list[int],
    today: dt.date | None = None,
    told: list[dt.date] | None = None,
    since: frozenset[int] = frozenset(),
    named: frozenset[str] = frozenset(),
    others: tuple[str, ...] = (),
    own_day: bool = False,
) -> int:
    """The year of an undated dateline. A full date the text tells on the dateline's day or the week
    before it ("the memorandum, dated Nov. 17, 2026"), no more than ``_AHEAD`` years before the
    latest year the text mentions, gives it first. Else a year on whose ``month``/``day`` falls the
    weekday the text names ("on Friday") or, where the text mentions a recent year, the day after
    it (a wire's "KATHMANDU, June 3 - ... on Tuesday" tells yesterday; without a recent year the
    weekday must be the dateline's own day). A recent year the text mentions is mostly recalled
    ("the court ruled in May 2025"), so the year after it is tried first, then news is recent: the
    latest fitting year from ``today`` back to it, then that year itself (a report of 2026 that
    recalls a 2021 roadmap is not of 2021 or 2025 because Nov. 19 was a Wednesday then; the year
    after a recalled one before the present is taken only where the weekday falls on the day
    itself, not as the day before, a two-in-seven chance too weak against news being recent; of the
    readable undated datelines with a weekday, the year mentioned last was the report's own in
    none), then the years before it, else that latest year. When the latest year mentioned is
    history (an 1899 award), news is recent: the latest such year up to ``today`` (PRESENT by
    default, never the clock). A year to come ("fieldwork will begin in January 2027") counts as
    ``today``'s. A latest year the text tells as the start of a gap ("has not met since 2019", "the
    most serious since October 2019": ``since``) is years back, so the year after it is not tried
    first. News is of the present: where the dateline's day falls this year on a weekday the text
    names (``named``: its past deeds' "on Wednesday", "said Tuesday", and the dateline's own), that is the report's own day, and
    no recalled year's weekday fit outweighs it. The other weekdays the text gives past deeds
    (``others``: "ruled on Friday") fall in the report's week, no more than ``_WEEK`` days before
    it; they bound the year, while the lead's weekday alone sets the day (a wire of "Dec 5 ... on
    Tuesday ... ruled on Friday" is of a year when Dec. 5 was a Tuesday, not a Friday). With
    ``own_day`` the weekday is the dateline's own, never the day before (a wire's first "said
    Wednesday", its lead naming no day)."""
    today = today or PRESENT
    latest = max(years_seen, default=0)  # an anniversary's "April 20, 1921" is not the news's
    near = [
        y
        for d in told or ()
        for y in (d.year, d.year + 1)
        if y >= latest - _AHEAD and _week_before(d, y, month, day)
    ]
    if near:
        return max(near)
    if _present_own_day(month, day, named, today):
        return today.year
    recent = [y for y in years_seen if today.year - y <= _RECENT]
    # a year to come ("by June 2028") is no floor past the present
    floor = min(max(recent), today.year) if recent else None
    if weekday is None and not others:
        return floor if floor is not None else today.year
    want = WEEKDAYS.index(weekday.lower()) if weekday else None
    fit_days = {*([] if want is None else [want]), *(WEEKDAYS.index(w.lower()) for w in others)}
    after = (
        [floor + 1]
        if want is not None and floor is not None and floor < today.year and floor not in since
        else []
    )
    years = (
        [
            *after,
            *(y for y in range(today.year, floor, -1) if y not in after),
            floor,
            *range(floor - 1, floor - _RECENT, -1),
        ]
        if floor is not None
        else range(today.year, today.year - 28, -1)
    )
    for year in years:
        if not valid_day(year, month, day):
            continue
        back = [(dt.date(year, month, day).weekday() - w) % 7 for w in fit_days]
        lead = 0 if want is None else (dt.date(year, month, day).weekday() - want) % 7
        if lead > (0 if floor is None or own_day else 1) or max(back) > _WEEK:
            continue
        if (
            want is not None
            and floor is not None
            and year == floor + 1 < today.year
            and dt.date(year, month, day).weekday() != want
        ):
            continue  # the year after a recalled one, only where the lead's weekday is the day's own
        return year
    return floor if floor is not None else today.year


def _present_own_day(month: int, day: int, named: frozenset[str], today: dt.date) -> bool:
    """Whether ``month``/``day`` of ``today``'s year, not after it, is one of the ``named`` weekdays."""
    if not named or not valid_day(today.year, month, day):
        return False
    own = dt.date(today.year, month, day)
    return own <= today and WEEKDAYS[own.weekday()] in {w.lower() for w in named}


def since_years(text: str) -> frozenset[int]:
    """The years a text tells something has not happened since, or not so much ("has not met since
    2019", "the most serious incident since October 2019"): a gap of years, not last year's news. A
    plain "held since 2024" says nothing of how long ago that was."""
    return frozenset(
        int(m.group(1))
        for sentence in re.split(r"(?<=[.!?])\s+", text)
        if _GAP.search(sentence)
        for m in _SINCE.finditer(sentence)
    )


_SINCE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(1[89]\d\d|20\d\d)\b"
)
#: a negation or a superlative: what the "since" clause measures has not recurred in between
_GAP = re.compile(
    r"\b(?:not|never|no|first|most|worst|biggest|largest|highest|lowest|deadliest|longest)\b"
)


def _week_before(told: dt.date, year: int, month: int, day: int) -> bool:
    """Whether ``told`` falls on ``year``'s ``month``/``day`` or in the week before it."""
    return valid_day(year, month, day) and 0 <= (dt.date(year, month, day) - told).days <= 7


#: The present an undated report is read in, fixed rather than the clock's so that the same text
#: always gives the same facts (the study batches are set in 2025-2026).
PRESENT = dt.date(2026, 12, 31)
_AHEAD = 2  # years a report looks ahead ("by June 2028"); a same-day date further back is history
_WEEK = 5  # days: the furthest back a weekday the text names for a past deed falls
_RECENT = 15  # years: a text's latest year older than this is history, not the news's own time
