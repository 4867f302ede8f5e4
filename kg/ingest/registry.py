"""The ingesters ``kg build`` knows, in one table: which one reads a file (by its suffix), which
suffixes a folder walk keeps, and the words its help and messages use for them.

Anchor: rdflib's plugin registry (``rdflib/plugin.py``): declare a kind once, look it up by name.
"""

from __future__ import annotations

from pathlib import Path

from kg.ingest import article, html, records, table
from kg.ingest.base import Ingester

#: Every kind of source, in the order the help names them.
INGESTERS: tuple[Ingester, ...] = (
    article.INGESTER,
    html.INGESTER,
    records.INGESTER,
    table.INGESTER,
)
#: What reads a file named on the command line whose suffix no ingester claims (a .md, no suffix).
FALLBACK: Ingester = article.INGESTER
#: What reads standard input ('-'): JSON records, or one article's plain text.
STDIN: Ingester = records.INGESTER


def _by_suffix() -> dict[str, Ingester]:
    """Suffix -> ingester, read from the table at each call (a test may extend the table)."""
    return {s: i for i in INGESTERS for s in i.suffixes}


def by_name(name: str) -> Ingester:
    """The ingester called ``name`` (KeyError for none)."""
    for ingester in INGESTERS:
        if ingester.name == name:
            return ingester
    raise KeyError(name)


def for_path(path: Path) -> Ingester:
    """The ingester a file's suffix chooses (case-insensitive), else :data:`FALLBACK`."""
    return _by_suffix().get(path.suffix.lower(), FALLBACK)


def known(path: Path) -> bool:
    """True when a folder walk keeps ``path`` (its suffix is one an ingester claims)."""
    return path.suffix.lower() in _by_suffix()


def suffixes() -> tuple[str, ...]:
    """Every suffix an ingester claims, in table order: '.txt', '.text', '.html' ..."""
    return tuple(_by_suffix())


def describe() -> str:
    """The sources in words, grouped by what they read, with '-' where stdin goes:
    "articles (.txt, ..., '-') and tables (.csv)"."""
    groups: dict[str, list[str]] = {}
    for ingester in INGESTERS:
        groups.setdefault(ingester.reads, []).extend(ingester.suffixes)
        if ingester is STDIN:
            groups[ingester.reads].append("'-'")
    parts = [f"{reads} ({', '.join(items)})" for reads, items in groups.items()]
    return " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else parts[0]
