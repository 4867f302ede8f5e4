"""A date expression's ISO 8601 text: the month and weekday names, and the reading of each kind of
match (kg.ingest.nlp.dates finds the expressions) against the publication date ("May 10": the
latest one up to the report, or one within a month after it; "last week": the week before the
report's). Split from dates.py, which finds the expressions and the years told back ("that
year")."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def valid_day(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _before(ref: dt.date, month: int, day: int | None = None) -> tuple[int, int, int | None]:
    """The latest (year, month, day) not after ``ref`` (news reports the past more than the future)."""
    year = ref.year
    if (month, day or 1) > (ref.month, ref.day):
        soon = (
            day is not None
            and valid_day(year, month, day)
            and (dt.date(year, month, day) - ref).days <= 31
        )
        if not soon:  # "will meet on May 14" in an article of May 10 is this year's
            year -= 1
    return year, month, day


def _on_weekday(g: dict[str, str], ref: dt.date | None) -> str | None:
    """ "Monday, Nov. 30": the written day (its year's, if written), else of the year next to the
    report's on which it falls on that weekday (news of that week), else the latest before it."""
    mo, d = _month(g["month"]), int(g["day"])
    if g["year"]:
        y = int(g["year"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid_day(y, mo, d) else None
    if ref is None:
        return None
    want = WEEKDAYS.index(g["wd"].lower())
    for y in (ref.year, ref.year + 1, ref.year - 1):
        if valid_day(y, mo, d) and dt.date(y, mo, d).weekday() == want:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    y, mo, _ = _before(ref, mo, d)
    return f"{y:04d}-{mo:02d}-{d:02d}" if valid_day(y, mo, d) else None


def normalise(kind: str, m: re.Match[str], ref: dt.date | None) -> str | None:
    g = m.groupdict()
    if (
        kind == "century"
    ):  # approximate: early 1910, mid 1950, late 1980, else the century's first year
        start = (int(g["c"]) - 1) * 100
        offset = {"early": 10, "mid": 50, "late": 80}.get((g["part"] or "").lower(), 0)
        return f"{start + offset:04d}"
    if kind == "iso":
        y, mo, d = int(g["year"]), int(g["mm"]), int(g["dd"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid_day(y, mo, d) else None
    if kind in ("mdy", "dmy", "ymd"):
        y, mo, d = int(g["year"]), _month(g["month"]), int(g["day"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid_day(y, mo, d) else None
    if kind in ("wmd", "wdm"):
        return _on_weekday(g, ref)
    if kind == "my":
        return f"{int(g['year']):04d}-{_month(g['month']):02d}"
    if kind == "year":
        return g["year"]
    if ref is None:
        return None
    if kind in ("md", "dm"):
        mo, d = _month(g["month"]), int(g["day"])
        if not 1 <= d <= 31:
            return None
        y, mo, _ = _before(ref, mo, d)
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid_day(y, mo, d) else None
    if kind == "my_rel":
        y = ref.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        return f"{y:04d}-{_month(g['month']):02d}"
    if kind == "month":
        y, mo, _ = _before(ref, _month(g["month"]))
        return f"{y:04d}-{mo:02d}"
    if kind == "weekday":
        back = (ref.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7
        return (ref - dt.timedelta(days=back)).isoformat()
    rel = g["rel"].lower()
    if rel == "today":
        return ref.isoformat()
    if rel in ("yesterday", "last night"):  # "a statement posted late last night": the eve
        return (ref - dt.timedelta(days=1)).isoformat()
    if rel == "tomorrow":
        return (ref + dt.timedelta(days=1)).isoformat()
    if rel == "last week":  # Monday to Sunday before the article's week: its month, or its year
        monday = ref - dt.timedelta(days=ref.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        if monday.month == sunday.month:
            return f"{monday.year:04d}-{monday.month:02d}"
        return str(monday.year) if monday.year == sunday.year else None
    if rel == "last month":
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if rel == "this month":
        return f"{ref.year:04d}-{ref.month:02d}"
    if rel == "last year":
        return str(ref.year - 1)
    if rel == "this year":
        return str(ref.year)
    return None
