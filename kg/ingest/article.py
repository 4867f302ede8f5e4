"""The news-article ingester: text in, plain model objects out (a Source, its entities and facts).

Reading follows how a news page is laid out: page furniture ("All news"), a headline, sometimes a
standfirst, a dateline ("MOSCOW, May 10. /TASS/.") or a date line, then paragraphs. Offsets always
index the text as read, so every fact can quote its sentence exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg import gazetteer
from kg.errors import SourceError
from kg.files import read_bytes, require_text
from kg.ingest import byline, cased_lines
from kg.ingest.base import FileIngester, ReadOptions
from kg.ingest.news_day import report_day
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.dateline_years import infer_year, since_years
from kg.ingest.nlp.dates import MONTHS, find_dates
from kg.ingest.nlp.rules import extract_facts
from kg.ingest.nlp.segment import Span, paragraphs
from kg.iris import slugify
from kg.limits import time_budget
from kg.model import Extraction, Source

#: "TOKYO (AP) — ...", "GEORGETOWN, Guyana (AP) _ ...": a place (and its country) and an agency,
#: no date; "_" is the dash of AP's wire copy.
_AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'’-]{1,40}[A-Z])(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2})?"
    r"\s*\((?P<agency>[A-Za-z][\w .-]{1,20}?)\)\s*[-–—_]+\s*"
)
_DATELINE = re.compile(  # "MOSCOW, May 10. /TASS/.", "SEOUL, South Korea, Jul. 14, 2020 (Yonhap) --",
    # "Moscow, 22 March 2022 (AFP) -": a place (and its country), a date, an agency's credit
    r"(?P<place>[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,3}),\s+"
    r"(?:(?P<country>[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2}),\s+)?"
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


@dataclass(frozen=True)
class Article:
    source: Source
    body: list[Span]  # paragraphs to read for facts (headline excluded)
    byline: tuple[str, str | None] | None = None  # (author, office) of a press statement
    reporters: tuple[str, ...] = ()  # the people a news report's byline names ("By Jane Doe")


#: The longest article text read (characters). News articles run to a few tens of thousands; past
#: this a text is a book, a dump or a mistake, and the rules' time grows with its length, so it is
#: refused (skipped, named, with this limit) rather than truncated: a cut text would lose facts quietly.
MAX_ARTICLE_CHARS = 200_000
#: The largest article file read, in bytes (UTF-16 takes two bytes a character, UTF-8 up to four).
MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARS


def decode(raw: bytes, name: str) -> str:
    """Text from bytes: UTF-16 with a BOM, else UTF-8 (a BOM is dropped); binary is refused,
    named for what it is (an image, a PDF, an archive) when its first bytes tell."""
    require_text(raw, name)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(name, f"invalid UTF-16 at byte {exc.start}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            name, f"invalid UTF-8 at byte {exc.start}", hint="save it as UTF-8"
        ) from None


def check_length(text: str, name: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise SourceError(
            name,
            f"too long for one article: {len(text)} characters, the limit is {MAX_ARTICLE_CHARS}",
            hint="split it into one file per article",
        )


def read_text(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """The file's text (UTF-8, or UTF-16 with a BOM); a one-line SourceError otherwise."""
    return decode(read_bytes(path, max_bytes), str(path))


def parse(
    text: str,
    *,
    name: str = "article",
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
) -> Article:
    """Find headline, dateline, publication date and body paragraphs of an article's text."""
    check_length(text, name)
    lex = lexicon.load()
    paras = [
        p for p in paragraphs(text) if p.text.strip().lower().rstrip(".") not in lex.boilerplate
    ]
    if not paras:
        raise SourceError(name, "no article text")
    body = _split_header(text, list(paras))
    if title is None and len(body) > 1 and _headline(body[0].text) and not _date_line(body[0].text):
        title = body.pop(0).text
    dateline = None
    reporters: tuple[str, ...] = ()
    for i, para in enumerate(body[:4]):
        reporters = reporters or byline.reporters(para.text.strip(), lex)
        if byline.BYLINE_LINE.match(para.text.strip()) or (
            _agency(para.text.strip(), lex) and i + 1 < len(body)
        ):
            publisher = publisher or _agency(para.text.strip(), lex)
            body[i] = Span(para.end, para.end, "")  # a byline or the wire's name: not article text
            continue
        signed = _signed_and_dated(para.text)
        if signed is not None:  # "By Jane Doe\nPublished 14 May 2025": the date of the report
            published = published or signed
            break
        issued = _issuer_and_dated(para.text)
        if issued is not None:  # "Ministry of Information\nAsmara, 2 December 2026"
            published = published or issued
            break
        date_only = _date_line(para.text)
        m = (
            None if date_only else _DATELINE.match(para.text)
        )  # "Thu, 17 Feb 2022 05:01:17": a date line
        if m and _month_word(m).rstrip(".").lower() in MONTHS and _dateline_like(m, lex):
            dateline = m.group(0).strip()
            publisher = publisher or _agency(m.group("agency"), lex)
            published = published or _dateline_date(m, text)
            rest = para.start + m.end()
            body[i] = Span(rest, para.end, text[rest : para.end])
            break
        if date_only:
            dateline = para.text
            published = published or date_only
            body.pop(i)
            break
        m = _AGENCY_DATELINE.match(para.text)
        if m and _agency(m.group("agency"), lex):
            dateline = m.group(0).strip(" —–-")
            publisher = publisher or _agency(m.group("agency"), lex)
            rest = para.start + m.end()
            body[i] = Span(rest, para.end, text[rest : para.end])
            break
    author = byline.author(body, title)
    if author and body and body[0].text.startswith(author[0]):
        body.pop(0)
    if dateline is None or _date_line(dateline):
        dateline = _place_dateline(text, body) or dateline
    if published is None:
        years = [int(d.iso[:4]) for p in body for d in find_dates(text, p.start, p.end)]
        published = str(max(years)) if years else None
    key = _key(slugify(" ".join(x for x in (publisher, published, title or name) if x)))
    source = Source(
        key=key,
        kind="Article",
        title=title,
        publisher=publisher,
        dateline=dateline,
        published=published,
        url=url,
        path=name,
        text=text,
    )
    return Article(source, [p for p in body if p.text.strip()], author, reporters)


def extract(article: Article) -> Extraction:
    """The facts of an article, each with its evidence."""
    ref = None
    if article.source.published and len(article.source.published) == 10:
        ref = dt.date.fromisoformat(article.source.published)
    elif article.source.published:
        ref = report_day(article.source.text, article.body, article.source.published)
    # "ARGENTINE FOREIGN MINISTER X, in a statement:" is read cased; the evidence quotes the text
    text, body = cased_lines.cased(article.source.text, article.body)
    entities, facts = extract_facts(
        gazetteer.load(),
        replace(article.source, text=text),
        body,
        ref,
        byline=article.byline,
        reporters=article.reporters,
    )
    if text != article.source.text:
        facts = [cased_lines.quoting(f, article.source.text) for f in facts]
    return Extraction(article.source, entities, facts)


def read_article(path: Path) -> Extraction:
    text = read_text(path)
    if not text.strip():
        raise SourceError(str(path), "empty file")
    check_length(text, str(path))
    return extract(parse(text, name=path.name))


def _ingest(path: Path, options: ReadOptions) -> list[Extraction]:
    with time_budget(options.limits.source_seconds, str(path)):
        return [read_article(path)]


#: News text, one article a file.
INGESTER = FileIngester("article", (".txt", ".text"), "articles", _ingest)


def _signed_and_dated(para: str) -> str | None:
    """The date of a byline block whose lines are a byline and a date line ("By Jane Doe",
    "Published 14 May 2025"): its lines read one by one, as a dateline's are."""
    lines = [x.strip() for x in re.split(r"\n|\s\|\s", para) if x.strip()]  # "By X | Published"
    if len(lines) < 2 or not byline.BYLINE_LINE.match(lines[0]):
        return None
    dates = [d for x in lines[1:] if (d := _date_line(x))]
    return dates[0] if len(dates) == 1 else None


def _issuer_and_dated(para: str) -> str | None:
    """The date of a press release's header block, whose short lines name the issuer and end on a
    date line ("Ministry of Information, State of Eritrea / Asmara, 2 December 2026", "Press
    Release No. 26-417 | September 22, 2026"): the day the release was issued."""
    lines = [x.strip() for x in re.split(r"\n|\s\|\s", para) if x.strip()]
    if len(lines) < 2 or any(len(x) > 60 or x[-1] in '.!?:;"”' for x in lines):
        return None
    return _date_line(lines[-1]) if not any(_date_line(x) for x in lines[:-1]) else None


def _key(slug: str) -> str:
    """Short enough for an IRI, unique for long headlines that begin alike (a digest of the rest)."""
    if len(slug) <= 80:
        return slug
    return slug[:71].rstrip("-") + "-" + hashlib.sha1(slug.encode()).hexdigest()[:8]


def _split_header(text: str, paras: list[Span]) -> list[Span]:
    """A headline and a date line may share a block (one newline apart): give each line its own."""
    if not paras or "\n" not in paras[0].text:
        return paras
    first, lines, pos = paras[0], [], paras[0].start
    for line in text[first.start : first.end].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append(Span(pos + lead, pos + len(line.rstrip()), line.strip()))
        pos += len(line) + 1
    return lines + paras[1:]


def _headline(line: str) -> bool:
    """A short line that ends no sentence; one may end on a quotation ('Beijing says atoll is "a
    rock"'), but not on one that closes a sentence ('"We will not yield."')."""
    end = line.rstrip()
    if end.endswith(('"', "”")):
        end = end[:-1].rstrip()
        return len(line) < 200 and "\n" not in line and not end.endswith((".", "!", "?", ","))
    return len(line) < 200 and "\n" not in line and not end.endswith(".")


def _agency(raw: str | None, lex) -> str | None:
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


def _place_dateline(text: str, body: list[Span]) -> str | None:
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


def _date_line(line: str) -> str | None:
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


def _dateline_like(m: re.Match[str], lex) -> bool:
    """A place in capitals is a dateline; "Tokyo, May 3 is a holiday" needs a year, a known agency or
    the dash that ends a dateline to be one."""
    if m.group("place").rstrip(".").lower() in _WEEKDAYS:  # "Thu, 17 Feb"; MONTEVIDEO is a place
        return False
    return (
        m.group("place").isupper()
        or bool(m.group("year"))
        or bool(_agency(m.group("agency"), lex))
        or bool(re.search(r"[-–—]\s*$", m.group(0)))
    )


_WEEKDAYS = frozenset(
    ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
    + ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


def _month_word(m: re.Match[str]) -> str:
    return m.group("month") or m.group("month2")


def _dateline_date(m: re.Match[str], text: str) -> str | None:
    month, day = MONTHS[_month_word(m).rstrip(".").lower()], int(m.group("day") or m.group("day2"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:  # the report's weekday: "on Monday", or "officials said Monday" (no "on")
        weekday = re.search(
            r"\b(?:on|said)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text
        )
        years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", text)]
        told = [
            dt.date.fromisoformat(d.iso)
            for d in find_dates(text, days_only=True)
            if len(d.iso) == 10
        ]
        wd = weekday.group(1) if weekday else None
        year = infer_year(month, day, wd, years, told=told, since=since_years(text))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
