"""The day a wire report told its news on, for a deed told after it with no date of its own.

A report gives the event's day once, in the lede ("Indonesia and Timor-Leste agreed on Monday to
..."), and the next paragraph goes on with the same event undated ("In a joint statement issued
after the meeting, ..."): that deed is of the day told, not of the dateline's (the report's, a day
or more later). Only a full day a few days before the report's, told in the paragraph or the one
before it, is carried; an older date is history, not the news.
"""

from __future__ import annotations

import datetime as dt

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.told_before import last_date_told, lede_start

_DAYS = 6  # a weekday names one of the six days before the report's


def told_day(c: Collector, s: Sentence) -> str | None:
    """The full day, before the report's own, that the paragraph of ``s`` or the one before it
    told last; None where the last date told there is no such day."""
    if c.ref is None:
        return None
    text = c.source.text
    last = last_date_told(c, lede_start(text, s.span.start), s.span.start)
    if last is None:
        return None
    try:
        day = dt.date.fromisoformat(last)
    except ValueError:
        return None  # a month or a year: no day told
    if c.ref - dt.timedelta(days=_DAYS) <= day < c.ref:
        return last
    return None
