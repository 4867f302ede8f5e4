"""Datelines and date lines at the head of a news article, and the day and agency they give.

"MOSCOW, May 10. /TASS/.", "TOKYO (AP) —", "BUJUMBURA - ...", a date line alone ("TOKYO, Nov. 1,
2010"), a byline's "Published 14 May 2025", a press release's issuer over its date: how each is
recognised, and the date a dateline without a year stands for. kg.ingest.article reads the page's
layout and asks here what its lines are.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.ingest import byline
from kg.ingest.nlp.dateline_years import infer_year, since_years
from kg.ingest.nlp.dates import MONTHS, WEEKDAYS, find_dates
from kg.ingest.nlp.segment import Span

#: A weekday's name, which a dateline may give before its date and is never its country.
_DAY_NAME = "(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"
#: "TOKYO (AP) — ...", "GEORGETOWN, Guyana (AP) _ ...": a place (and its country) and an agency,
#: no date; "_" is the dash of AP's wire copy.
AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'’-]{1,40}[A-Z])(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2})?"
    r"\s*\((?P<agency>[A-Za-z][\w .-]{1,20}?)\)\s*[-–—_]+\s*"
)
DATELINE = re.compile(  # "MOSCOW, May 10. /TASS/.", "SEOUL, South Korea, Jul. 14, 2020 (Yonhap) --",
    # "Moscow, 22 March 2022 (AFP) -": a place (and its country), a date, an agency's credit
    r"(?P<place>[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,3}),\s+"
    rf"(?:(?!{_DAY_NAME}\b)(?P<country>[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){{0,2}}),\s+)?"
    rf"(?:(?P<weekday>{_DAY_NAME}),?\s+)?"  # the dateline's own weekday: "NAIROBI, Thursday January 15"
    r"(?:(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8}\.?))"
    r"(?:,?\s*(?P<year>\d{4}))?\.?(?:\s*/?\(?(?P<agency>[A-Za-z][\w .-]{1,20}?)\)?/?\.?)?(?:\s*[-–—]+\s*|\s+|$)"
)
#: "BUJUMBURA - Burundi will ...", "PUERTO PRINCESA, Palawan - Officials ...", "AMMAN - Jordan on
#: Thursday ...": a dateline of a place alone (a newspaper's own correspondent): its city in capitals
#: (and its region or country after a comma), a dash, and a sentence's first word ("NATO - the
#: alliance - said" is no dateline).
_PLACE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2})?\s+[-–—_]+\s+(?=[A-Z\"“‘'])"
)


def signed_and_dated(para: str) -> str | None:
    """The date of a byline block whose lines are a byline and a date line ("By Jane Doe",
    "Published 14 May 2025"): its lines read one by one, as a dateline's are."""
    lines = [x.strip() for x in re.split(r"\n|\s\|\s", para) if x.strip()]  # "By X | Published"
    if len(lines) < 2 or not byline.BYLINE_LINE.match(lines[0]):
        return None
    dates = [d for x in lines[1:] if (d := date_line(x))]
    return dates[0] if len(dates) == 1 else None


def issuer_and_dated(para: str) -> str | None:
    """The date of a press release's header block, whose short lines name the issuer and end on a
    date line ("Ministry of Information, State of Eritrea / Asmara, 2 December 2026", "Press
    Release No. 26-417 | September 22, 2026"): the day the release was issued."""
    lines = [x.strip() for x in re.split(r"\n|\s\|\s", para) if x.strip()]
    if len(lines) < 2 or any(len(x) > 60 or x[-1] in '.!?:;"”' for x in lines):
        return None
    return date_line(lines[-1]) if not any(date_line(x) for x in lines[:-1]) else None


def known_agency(raw: str | None, lex) -> str | None:
    """The agency a credit names ("AP", "TASS"), as the lexicon spells it; None if none."""
    if not raw:
        return None
    for agency in lex.agencies:
        if raw.strip().lower() == agency.lower():
            return agency
    return None


#: A dateline's place: capitalised words, with the small words of names ("Rio de Janeiro").
#: The label of a date line under a byline ("Published: June 4, 2025"): no place, no sentence.
_STAMP = re.compile(r"^(?:Published|Updated|Posted|Dated?)(?: on)?:?\s*$", re.I)
_PLACE_WORDS = r"[A-Z][A-Za-z.'-]*(?: +(?:[A-Z][A-Za-z.'-]*|de|da|do|del|la|el|al|of|upon))*"


def place_dateline(text: str, body: list[Span]) -> str | None:
    """The place of a dateline that names no date ("BUJUMBURA - ...", under a byline's "Published:
    March 14, 2024"), cut from the first paragraph so the lead reads as a sentence; None if none."""
    i = next(  # (a byline's block above it is short; the lead is not)
        (k for k, p in enumerate(body[:4]) if _PLACE_DATELINE.match(p.text) or len(p.text) > 120),
        None,
    )
    m = _PLACE_DATELINE.match(body[i].text) if i is not None else None
    if i is None or m is None or len(m.group("place").replace(" ", "")) < 3:
        return None
    rest = body[i].start + m.end()
    body[i] = Span(rest, body[i].end, text[rest : body[i].end])
    return m.group(0).strip(" -–—_")


def date_line(line: str) -> str | None:
    """A paragraph that is only a date (or a place, perhaps with its town or region, and a date):
    'TOKYO, Nov. 1, 2010', 'State House, Victoria, 3 December 2026', '2022-02-16'."""
    if len(line) > 60:
        return None
    dates = find_dates(line)
    if len(dates) != 1 or len(dates[0].iso) < 10:
        return None
    rest = (line[: dates[0].start] + line[dates[0].end :]).strip(
        " ,.-–—_"
    )  # "ASTANA, Oct. 15, 2024 -"
    rest = _STAMP.sub("", rest)  # "Published: June 4, 2025", "Updated 14 May 2025"
    if (
        rest
        and not re.fullmatch(  # a place is capitalised words ("a sentence ending on a date" is none)
            rf"{_PLACE_WORDS}(?:, {_PLACE_WORDS})?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
            rf"|[\d:+ -]*(?:GMT|UTC|[+-]\d{{4}})?",
            rest,
        )
    ):
        if not re.fullmatch(
            rf"(?:{_PLACE_WORDS},\s*)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*[\d:+ -]*(?:GMT|UTC|[+-]\d{{4}})?",
            rest,
        ):
            return None
    return dates[0].iso


def dateline_like(m: re.Match[str], lex) -> bool:
    """A place in capitals is a dateline; "Tokyo, May 3 is a holiday" needs a year, a known agency or
    the dash that ends a dateline to be one."""
    if m.group("place").rstrip(".").lower() in _WEEKDAYS:  # "Thu, 17 Feb"; MONTEVIDEO is a place
        return False
    return (
        m.group("place").isupper()
        or bool(m.group("year"))
        or bool(known_agency(m.group("agency"), lex))
        or bool(re.search(r"[-–—]\s*$", m.group(0)))
    )


_WEEKDAYS = frozenset(
    ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
    + ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


def month_word(m: re.Match[str]) -> str:
    return m.group("month") or m.group("month2")


#: a weekday told as a deed's day ("on Monday", "said Wednesday", "seized on Monday")
_PAST_WEEKDAY = re.compile(rf"\b(?:on|said|[a-z]{{3,}}ed)\s+({_DAY_NAME})\b")
#: words of a deed to come before a weekday in its clause ("is scheduled to call on X on Thursday")
_TO_COME = re.compile(
    r"\b(?:will|would|shall|scheduled|due|expected|plans?|planned|is to|are to|next)\b[^.;,]*$",
    re.I,
)
#: a weekday that has its date ("on Thursday, Feb. 26"): dated by that, no day of the report's week
_WITH_DATE = re.compile(r",?\s+(?:the\s+)?\d|,?\s+[A-Z][a-z]{2,8}\.?\s+\d")


def _past_deed(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday ``m`` is a past deed's day of the report's week: not one to come ("is
    scheduled to call on X on Thursday"), not one with its own date."""
    start = max(
        text.rfind(". ", 0, m.start()),
        text.rfind("\n", 0, m.start()),
        text.rfind(",", 0, m.start()),
    )
    return not _WITH_DATE.match(text, m.end()) and not _TO_COME.search(text, start + 1, m.start(1))


def dateline_date(m: re.Match[str], text: str) -> str | None:
    month, day = MONTHS[month_word(m).rstrip(".").lower()], int(m.group("day") or m.group("day2"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:  # the report's weekday: its dateline's, "on Monday", or "said Monday", "signed
        # Monday" (a wire's weekday after a past verb, with no "on")
        weekday = _PAST_WEEKDAY.search(text)
        years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", text)]
        told = [
            dt.date.fromisoformat(d.iso)
            for d in find_dates(text, days_only=True)
            if len(d.iso) == 10
        ]
        # a weekday first told after the lead is a past deed's ("detained on Sunday"), not the
        # report's: it bounds the year among the others but sets no day
        lead_end = text.find(m.string) + len(m.string) if m.string in text else len(text)
        lead_day = weekday is not None and weekday.start() < lead_end
        wd = m.group("weekday") or (weekday.group(1) if weekday and lead_day else None)
        # a wire's "X said Wednesday" as the text's first weekday, the lead naming none: the day
        # the report tells of, its dateline's own (AP dates a story by the day of the saying)
        said_day = wd is None and weekday is not None and weekday.group(0).startswith("said ")
        wd = weekday.group(1) if said_day and weekday is not None else wd
        others = tuple(w.group(1) for w in _PAST_WEEKDAY.finditer(text) if _past_deed(text, w))
        named = frozenset(others) | {m.group("weekday") or ""} - {""}
        year = infer_year(
            month,
            day,
            wd,
            years,
            told=told,
            since=since_years(text),
            named=named,
            others=others,
            own_day=said_day,
        )
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
