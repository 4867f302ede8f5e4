"""Articles as JSON records: one object (or a list) in a .json file, one object a line in .jsonl.

Each record has ``text`` and optional ``title``, ``url``, ``published``, ``publisher``, as scrapers
and news APIs commonly deliver them. A bad record (not JSON, no text, a date or URL that is not
one) is named by its line and skipped when the caller collects ``problems``; the others are read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import SourceError
from kg.ingest import article
from kg.ingest.base import FileIngester, ReadOptions
from kg.limits import time_budget
from kg.model import Extraction

_FIELDS = ("title", "url", "published", "publisher")
#: Suffixes of JSON Lines files (one record a line); a .json file is one document.
_LINES = (".jsonl", ".ndjson")
#: The largest records file read (bytes); each record's text is also held to the article limit.
MAX_RECORDS_BYTES = 256 * 1024 * 1024
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?")


def read_records(
    path: Path, problems: list[str] | None = None, *, seconds: float | None = None
) -> list[Extraction]:
    """The file's records; each bad one is added to ``problems`` (else raised) and skipped, as is
    one whose extraction takes over ``seconds`` (the per-source time limit, a record each)."""
    text = article.read_text(path, MAX_RECORDS_BYTES)
    if not text.strip():
        raise SourceError(str(path), "empty file")
    if path.suffix.lower() in _LINES:
        return _read(_lines(text, str(path)), str(path), problems, seconds)
    return _read(_document(text, str(path)), str(path), problems, seconds)


def _ingest(path: Path, options: ReadOptions) -> list[Extraction]:
    return read_records(path, options.problems, seconds=options.limits.source_seconds)


#: Articles as JSON records (the time limit applies to each record).
INGESTER = FileIngester("records", (".json", *_LINES), "articles", _ingest)


def from_stdin(
    text: str, problems: list[str] | None = None, *, seconds: float | None = None
) -> list[Extraction]:
    """Standard input: JSON Lines, a JSON document, or plain article text."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            items = list(_document(text, "<stdin>"))
        except SourceError:
            items = list(_lines(text, "<stdin>"))
        return _read(items, "<stdin>", problems, seconds)
    if not stripped:
        raise SourceError("<stdin>", "empty input")
    with time_budget(seconds, "<stdin>"):
        return [article.extract(article.parse(text, name="stdin"))]


def _read(
    items: Iterable[tuple[int, object]],
    name: str,
    problems: list[str] | None,
    seconds: float | None = None,
) -> list[Extraction]:
    out: list[Extraction] = []
    bad = 0
    for n, obj in items:
        try:
            if isinstance(obj, SourceError):
                raise obj
            with time_budget(seconds, name, n):
                out.append(_record(obj, name, n))
        except SourceError as exc:
            if problems is None:
                raise
            problems.append(str(exc))
            bad, last = bad + 1, exc
    if (
        not out and bad == 1 and problems is not None
    ):  # the file's one record: the file is refused, for that reason
        problems.pop()
        raise last
    if not out and bad:
        raise SourceError(name, f"no record could be read ({bad} bad, each named above)")
    return out


def _document(text: str, name: str) -> Iterator[tuple[int, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(name, f"invalid JSON: {exc.msg}", line=exc.lineno) from None
    items = data if isinstance(data, list) else [data]
    return iter([(i + 1, obj) for i, obj in enumerate(items)])


def _lines(text: str, name: str) -> Iterator[tuple[int, object]]:
    """(line number, record), or (line number, the SourceError) for a line that is not JSON."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, SourceError(name, f"invalid JSON: {exc.msg}", line=n)


def _record(obj: object, name: str, n: int) -> Extraction:
    if not isinstance(obj, dict):
        raise SourceError(name, "a record must be a JSON object", line=n)
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise SourceError(name, "record has no 'text'", line=n)
    meta = {k: str(obj[k]) for k in _FIELDS if obj.get(k)}
    if meta.get("published"):
        meta["published"] = _date(meta["published"], name, n)
    if meta.get("url"):
        meta["url"] = _url(meta["url"], name, n)
    parsed = article.parse(body, name=f"{Path(name).name}#{n}", **meta)
    return article.extract(parsed)


def _date(value: str, name: str, n: int) -> str:
    """An ISO date or date-time (kept to its date: '2019', '2019-05', '2019-05-10') or an RFC 2822
    one ('Fri, 10 May 2019 09:00:00 GMT', as RSS feeds give)."""
    m = _ISO.fullmatch(value.strip())
    try:
        if m and m.group(3):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        if m and m.group(2):
            dt.date(int(m.group(1)), int(m.group(2)), 1)
            return f"{m.group(1)}-{m.group(2)}"
        if m:
            return m.group(1)
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (ValueError, TypeError, IndexError):
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise SourceError(
            name, f"field 'published': {shown!r} is not a date", line=n, hint="use YYYY-MM-DD"
        ) from None


def _url(value: str, name: str, n: int) -> str:
    """An absolute http(s) URL, as the source's IRI (dcterms:source) needs."""
    shown = value if len(value) <= 80 else value[:80] + "…"
    if not re.match(r"https?://[^/\s]", value, re.IGNORECASE):
        raise SourceError(name, f"field 'url': {shown!r} is not an http(s) URL", line=n)
    try:
        ox.NamedNode(value)
    except ValueError:
        raise SourceError(
            name,
            f"field 'url': {shown!r} is not a valid URL "
            "(spaces or other characters a URL cannot hold?)",
            line=n,
        ) from None
    return value
