"""Articles as JSON records: one object (or a list) in a .json file, one object a line in .jsonl.

Each record has ``text`` and optional ``title``, ``url``, ``published``, ``publisher``, as scrapers
and news APIs commonly deliver them.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import SourceError
from kg.ingest import article
from kg.model import Extraction

_FIELDS = ("title", "url", "published", "publisher")
#: The largest records file read (bytes); each record's text is also held to the article limit.
MAX_RECORDS_BYTES = 256 * 1024 * 1024


def read_records(path: Path) -> list[Extraction]:
    text = article.read_text(path, MAX_RECORDS_BYTES)
    if not text.strip():
        raise SourceError(str(path), "empty file")
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return [_record(obj, str(path), n) for n, obj in _lines(text, str(path))]
    return _document(text, str(path))


def from_stdin(text: str) -> list[Extraction]:
    """Standard input: JSON Lines, a JSON document, or plain article text."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return _document(text, "<stdin>")
        except SourceError:
            return [_record(obj, "<stdin>", n) for n, obj in _lines(text, "<stdin>")]
    if not stripped:
        raise SourceError("<stdin>", "empty input")
    return [article.extract(article.parse(text, name="stdin"))]


def _document(text: str, name: str) -> list[Extraction]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(name, f"invalid JSON: {exc.msg}", line=exc.lineno) from None
    items = data if isinstance(data, list) else [data]
    return [_record(obj, name, i + 1) for i, obj in enumerate(items)]


def _lines(text: str, name: str):
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(name, f"invalid JSON: {exc.msg}", line=n) from None


def _record(obj: object, name: str, n: int) -> Extraction:
    if not isinstance(obj, dict):
        raise SourceError(name, "a record must be a JSON object", line=n)
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise SourceError(name, "record has no 'text'", line=n)
    meta = {k: str(obj[k]) for k in _FIELDS if obj.get(k)}
    if meta.get("published"):
        meta["published"] = meta["published"][:10]
    parsed = article.parse(body, name=f"{Path(name).name}#{n}", **meta)
    return article.extract(parsed)
