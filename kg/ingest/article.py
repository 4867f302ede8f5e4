"""The news-article ingester: text in, plain model objects out (a Source, its entities and facts).

Reading follows how a news page is laid out: page furniture ("All news"), a headline, sometimes a
standfirst, a dateline ("MOSCOW, May 10. /TASS/.") or a date line, then paragraphs. Offsets always
index the text as read, so every fact can quote its sentence exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from kg import gazetteer
from kg.errors import SourceError
from kg.files import read_bytes, require_text
from kg.ingest import byline, cased_lines
from kg.ingest.base import FileIngester, ReadOptions
from kg.ingest.datelines import (
    AGENCY_DATELINE,
    DATELINE,
    date_line,
    dateline_date,
    dateline_like,
    issuer_and_dated,
    known_agency,
    month_word,
    place_dateline,
    signed_and_dated,
)
from kg.ingest.news_day import report_day, undated_year
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.dates import MONTHS
from kg.ingest.nlp.rules import extract_facts
from kg.ingest.nlp.segment import Span, paragraphs
from kg.iris import slugify
from kg.limits import time_budget
from kg.model import Extraction, Source


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
    if title is None and len(body) > 1 and _headline(body[0].text) and not date_line(body[0].text):
        title = body.pop(0).text
    dateline = None
    reporters: tuple[str, ...] = ()
    for i, para in enumerate(body[:4]):
        reporters = reporters or byline.reporters(para.text.strip(), lex)
        if byline.BYLINE_LINE.match(para.text.strip()) or (
            known_agency(para.text.strip(), lex) and i + 1 < len(body)
        ):
            publisher = publisher or known_agency(para.text.strip(), lex)
            body[i] = Span(para.end, para.end, "")  # a byline or the wire's name: not article text
            continue
        signed = signed_and_dated(para.text)
        if signed is not None:  # "By Jane Doe\nPublished 14 May 2025": the date of the report
            published = published or signed
            break
        issued = issuer_and_dated(para.text)
        if issued is not None:  # "Ministry of Information\nAsmara, 2 December 2026"
            published = published or issued
            break
        date_only = date_line(para.text)
        m = (
            None if date_only else DATELINE.match(para.text)
        )  # "Thu, 17 Feb 2022 05:01:17": a date line
        if m and month_word(m).rstrip(".").lower() in MONTHS and dateline_like(m, lex):
            dateline = m.group(0).strip()
            publisher = publisher or known_agency(m.group("agency"), lex)
            published = published or dateline_date(m, text)
            rest = para.start + m.end()
            body[i] = Span(rest, para.end, text[rest : para.end])
            break
        if date_only:
            dateline = para.text
            published = published or date_only
            body.pop(i)
            break
        m = AGENCY_DATELINE.match(para.text)
        if m and known_agency(m.group("agency"), lex):
            dateline = m.group(0).strip(" —–-")
            publisher = publisher or known_agency(m.group("agency"), lex)
            rest = para.start + m.end()
            body[i] = Span(rest, para.end, text[rest : para.end])
            break
    author = byline.author(body, title)
    if author and body and body[0].text.startswith(author[0]):
        body.pop(0)
    if dateline is None or date_line(dateline):
        dateline = place_dateline(text, body) or dateline
    if published is None:
        published = undated_year(text, body)
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
