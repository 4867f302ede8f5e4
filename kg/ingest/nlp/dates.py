"""Date expressions in English news, normalised against the publication date.

"Jan. 27, 1960", "27 January 1960", "May 10", "on Friday", "last week", "last month", "in 1956",
"February", "today": each becomes ISO 8601 text at the precision the words give (YYYY, YYYY-MM, YYYY-MM-DD),
as kg.ingest.nlp.date_values reads each kind of match.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.date_values import MONTHS, WEEKDAYS, normalise

if TYPE_CHECKING:
    from spacy.tokens import Token


_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_WD = r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YR = r"(?:,?\s+(?P<year>\d{4})\b)?"
_PATTERNS = [
    (
        "century",
        re.compile(
            r"\b(?:the\s+)?(?P<part>early|mid|late)?-?\s*(?P<c>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)\s+century\b",
            re.I,
        ),
    ),
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mm>\d{2})-(?P<dd>\d{2})\b")),
    # "on Monday, Nov. 30", "Tuesday, 19 May 2026": one day, the written date's, not the weekday's
    ("wmd", re.compile(_WD + r",?\s+" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b" + _YR)),
    (
        "wdm",
        re.compile(
            _WD + r",?\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\b" + _YR
        ),
    ),
    ("ymd", re.compile(r"\b(?P<year>\d{4})\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\b")),
    ("mdy", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b")),
    (
        "dmy",
        re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b"),
    ),
    ("my", re.compile(_MONTH + r"\s+(?:of\s+)?(?P<year>\d{4})\b")),
    # "in March last year": the month of the year before the article's (before "month" reads it alone)
    ("my_rel", re.compile(_MONTH + r"\s+(?P<yrel>last|this|next)\s+year\b")),
    ("md", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})")),
    ("dm", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?!,?\s*\d{4})")),
    (
        "weekday",
        re.compile(
            r"\b(?:on\s+|last\s+|this\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>today|yesterday|tomorrow|last (?:night|week|month|year)|this (?:month|year))(?:'s|’s)?\b",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            # "resolution 1701", "Article 1604", "Presidential Decree 1596": a number, no year
            r"(?<![\d-])(?<![Rr]esolution\s)(?<![Aa]rticle\s)(?<![Dd]ecree\s)(?<!No\.\s)(?P<year>1[5-9]\d\d|20\d\d)(?![\d-])(?!\s*(?:troops|people|km|kilometers|miles|%))"
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<month>January|February|March|April|June|July|August|September|October|November|December"
            # "in May", "since May": the month, where the modal "may" cannot stand
            r"|(?:(?<=\b[Ii]n\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid-)|(?<=\bof\s))May)\b"
        ),
    ),
]

#: The patterns up to the last that can give a full date (the rest come after it in ``_PATTERNS``).
_DAY_PATTERNS = [(kind, p) for kind, p in _PATTERNS if kind not in ("year", "month")]
assert [k for k, _ in _PATTERNS[len(_DAY_PATTERNS) :]] == ["year", "month"]

#: Cheap tests a span must pass for a pattern to have any chance in it: every pattern but three
#: needs a digit, the day-month ones a month name, "century" its word. Skipping the hopeless
#: patterns halves the time of date finding (it runs on every sentence, several times).
_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile(_MONTH)
_CENTURY = re.compile(r"century", re.I)
_NEEDS_DIGIT = frozenset(
    ("century", "iso", "wmd", "wdm", "ymd", "mdy", "dmy", "my", "md", "dm", "year")
)
_NEEDS_MONTH = frozenset(("wmd", "wdm", "ymd", "mdy", "dmy", "my", "my_rel", "md", "dm", "month"))


#: A word every "relative" match holds, and the letters a case-blind regex reads as "s" or "i"
#: though ``str.lower`` does not ("ſ", "ı", and the dot "İ" lowers to), where the test proves nothing.
_RELATIVE_WORDS = ("today", "yesterday", "tomorrow", "night", "week", "month", "year")
_FOLD_ODD = ("ſ", "ı", "\u0307")


def _may_be_relative(low: str) -> bool:
    return any(w in low for w in _RELATIVE_WORDS) or any(c in low for c in _FOLD_ODD)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str


#: A year written out in a date's words ("in 2002", "March 3, 2011"): not taken from the report.
_YEAR_WORD = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def names_year(mention: DateMention) -> bool:
    """Whether a date mention states its year, rather than borrowing the report's ("on Sept. 12")."""
    return _YEAR_WORD.search(mention.text) is not None


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    ref: dt.date | None = None,
    *,
    days_only: bool = False,
) -> list[DateMention]:
    """All date expressions in ``text[start:end]``, longest first where they overlap.

    ``days_only``: the caller keeps only full dates (YYYY-MM-DD), so the year and month patterns,
    which give none and, tried last, take nothing from the others, are not run.

    The answer reads its arguments alone, and the rules ask for the same sentence's dates again
    and again (each trigger's event date, the day remembered, the report's date, the documents'
    years: ~4 asks a sentence), so it is kept (:func:`_found`); each caller gets a list of its own."""
    end = len(text) if end is None else end
    return list(_found(text, start, end, ref, days_only))


@lru_cache(maxsize=1024)
def _found(
    text: str, start: int, end: int, ref: dt.date | None, days_only: bool
) -> tuple[DateMention, ...]:
    """:func:`find_dates`, answered once for each text, span, day and kind."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    digit = _DIGIT.search(text, start, end) is not None
    month = _ANY_MONTH.search(text, start, end) is not None
    for kind, pattern in _DAY_PATTERNS if days_only else _PATTERNS:
        if (
            (not digit and kind in _NEEDS_DIGIT)
            or (not month and kind in _NEEDS_MONTH)
            or (kind == "century" and _CENTURY.search(text, start, end) is None)
        ):
            continue
        if (
            kind in ("weekday", "wmd", "wdm") and "day" not in text[start:end]
        ):  # every weekday's name ends so
            continue
        if kind == "relative" and not _may_be_relative(text[start:end].lower()):
            continue
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            iso = normalise(kind, m, ref)
            if iso is None:
                continue
            if kind in ("weekday", "wmd", "wdm"):
                s = m.start("wd")
            taken.append((s, e))
            found.append(DateMention(s, e, text[s:e], iso))
    if not days_only and "year" in text[start:end]:
        found += _years_told_back(text, start, end, taken)
    return tuple(_that_year(text, sorted(found, key=lambda d: d.start)))


#: a month, or a month and its day, with no year of its own ("Aug. 28", "28 August")
_YEARLESS = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$"
)
#: "that October", "in October that year", "October of that year", "on Aug. 28 of that year": the
#: month (and day) of the year told before
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.I)
_THAT_AFTER = re.compile(r"\s+(?:of\s+)?that\s+year\b", re.I)
#: "that year", "later that year", "the same year", "the following year": a year told before it
_YEAR_BACK = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:(?P<same>that|the\s+same)|the\s+(?:following|next))\s+year\b",
    re.I,
)
_KINDS = dict(_PATTERNS)
_YEAR = _KINDS["year"]
_LOOK_BACK = 1500  # characters: a wire story's "that year" points a paragraph or two back


def _year_before(text: str, pos: int) -> int | None:
    """The last year the text names before ``pos`` (its own date line's included)."""
    years = [m for m in _YEAR.finditer(text, max(0, pos - _LOOK_BACK), pos)]
    return int(years[-1].group("year")) if years else None


def _years_told_back(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[DateMention]:
    """ "Ethiopia, which recognised Eritrean independence that year", "endorsed later that year",
    "the following year": the year named last before the words (the next one after it)."""
    out: list[DateMention] = []
    for m in _YEAR_BACK.finditer(text, start, end):
        s, e = m.span()
        if any(
            s < te and ts < e or 0 <= s - te <= 4 and text[te:s].strip() in ("", "of")
            for ts, te in taken
        ):
            continue  # "April of that year": the month's, read with its year in ``_that_year``
        year = _year_before(text, s)
        if year is not None:
            out.append(DateMention(s, e, text[s:e], str(year + (0 if m.group("same") else 1))))
    return out


def _that_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """A bare month or day told as of a year named before it ("In June 1921 ..., and a convention
    was signed that October", "returned on Aug. 28 of that year"): that year's, not the latest one
    before the article's day."""
    out: list[DateMention] = []
    for d in found:
        year = out[-1].iso[:4] if out and out[-1].iso[:4].isdigit() else None
        if year is None and d.start > 0:
            before = _year_before(text, d.start)
            year = str(before) if before is not None else None
        anaphoric = _THAT_BEFORE.search(text, max(0, d.start - 8), d.start) or _THAT_AFTER.match(
            text, d.end
        )
        if year and anaphoric and _YEARLESS.match(d.text) and len(d.iso) in (7, 10):
            d = DateMention(d.start, d.end, d.text, f"{year}-{d.iso[5:]}")
        out.append(d)
    return out


#: Nouns of a stretch of time: "after two years of talks" tells when, not why.
_TIME_SPANS = frozenset(
    {"year", "month", "week", "day", "decade", "hour", "minute", "century", "round", "period"}
)


def a_time(noun: Token) -> bool:
    """Whether a phrase's head noun is a time ("after 2007", "after March", "after two years"),
    not an event."""
    low = noun.lower_.rstrip(".")
    return noun.like_num or noun.lemma_.lower() in _TIME_SPANS or low in WEEKDAYS or low in MONTHS
