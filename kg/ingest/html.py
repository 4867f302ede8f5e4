"""News pages as HTML: the article's main text and its metadata, then the article ingester.

A saved news page is mostly furniture: navigation, "most read" boxes, share buttons, footers.
trafilatura (a maintained main-text extractor, offline, no network) keeps the article's blocks and
reads the page's metadata: title (``og:title``, ``<title>``, ``<h1>``), publication date (meta tags
such as ``article:published_time``, JSON-LD ``datePublished``, ``<time>``; never guessed from the
body text), site name (``og:site_name``) and URL (``<link rel="canonical">``, ``og:url``).

A page counts as an article only if its main text has at least one sentence (four words or more
ending in a full stop, question or exclamation mark): a bare menu or a link list does not.

The extracted text, one paragraph per block separated by blank lines, is what the article
ingester reads and what the Source keeps: evidence offsets index that extracted text, not the
HTML markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import SourceError
from kg.files import read_bytes, require_text
from kg.ingest import article
from kg.ingest.base import FileIngester, ReadOptions
from kg.limits import time_budget
from kg.model import Extraction

#: Dates from markup only (meta tags, JSON-LD, <time>, the URL), never from the body's words.
#: The largest page read (bytes): saved news pages with inline scripts run to a few megabytes.
MAX_HTML_BYTES = 16 * 1024 * 1024

_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d"}


#: Article text has at least one sentence; menus, link lists and footers rarely do.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Page:
    """What a news page holds for the ingester: its main text and metadata (None where absent)."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None


def read_page(html: str | bytes, name: str = "page.html") -> Page:
    """The main text and metadata of an HTML page; SourceError if it holds no article text."""
    import trafilatura  # imported here: only HTML sources pay for it

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except (ValueError, TypeError) as exc:  # markup lxml cannot parse at all
        raise SourceError(name, f"cannot parse the HTML: {exc}") from None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    lines = [line for line in lines if line]
    title = _clean(getattr(doc, "title", None))
    if title and lines and _same(lines[0], title):
        lines.pop(0)  # the <h1> repeats the title: it is metadata, not body
    if not any(_is_sentence(line) for line in lines):
        raise SourceError(name, "no article text found in the HTML")
    return Page(
        text="\n\n".join(lines) + "\n",
        title=title,
        url=_clean(getattr(doc, "url", None)),
        published=_clean(getattr(doc, "date", None)),
        publisher=_clean(getattr(doc, "sitename", None)),
    )


def parse_html(
    html: str | bytes, name: str = "page.html", *, where: str | None = None
) -> article.Article:
    """The page as an article (headline, dateline, body) with the page's metadata filled in;
    errors name ``where`` (a full path, say) if given, else ``name``."""
    page = read_page(html, where or name)
    return article.parse(
        page.text,
        name=name,
        title=page.title,
        url=page.url,
        published=page.published,
        publisher=page.publisher,
    )


def read_html(path: Path) -> Extraction:
    """An HTML file's facts; the evidence quotes the extracted text (``Source.text``)."""
    raw = read_bytes(path, MAX_HTML_BYTES)
    if not raw.strip():
        raise SourceError(str(path), "empty file")
    require_text(raw, str(path), "HTML")
    return article.extract(parse_html(raw, path.name, where=str(path)))


def _ingest(path: Path, options: ReadOptions) -> list[Extraction]:
    with time_budget(options.limits.source_seconds, str(path)):
        return [read_html(path)]


#: A saved news page, one article a file.
INGESTER = FileIngester("html", (".html", ".htm"), "articles", _ingest)


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 4 and _SENTENCE_END.search(line) is not None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")
