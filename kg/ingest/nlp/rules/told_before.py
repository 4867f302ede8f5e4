"""The last date an article told before a sentence, from a place the caller picks (this line, this
paragraph or the one before): both the day a lede told (told_day.py) and the time a narrated run
gave once (narrated.py) are read so. The dateline's day is the report's and tells no event, so the
text is read after the dateline where it lies in the stretch."""

from __future__ import annotations

from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.rules.common import Collector


def last_date_told(c: Collector, start: int, end: int) -> str | None:
    """The ISO date (a day, month or year) told last in ``text[start:end]`` after any dateline
    there; None where none is told."""
    text = c.source.text
    line = c.source.dateline
    if line and (at := text.find(line, start, end)) >= 0:
        start = at + len(line)  # "KISMAYO, Somalia, June 29 (Reuters) -": the report's day
    dates = find_dates(text, start, end, c.ref)
    return max(dates, key=lambda d: d.start).iso if dates else None


def lede_start(text: str, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts: a report tells an event's day
    once, and the next paragraph goes on with it undated."""
    start = _paragraph_start(text, pos)
    return _paragraph_start(text, start - 1) if start > 0 else start


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after the blank line before it)."""
    at = text.rfind("\n\n", 0, pos)
    return at + 2 if at >= 0 else 0
