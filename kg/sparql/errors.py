"""SPARQL errors a person can fix: where the parser stopped (line, column, a caret under the spot),
which prefix is undeclared, and that an update was sent to a read-only interface.

pyoxigraph's SyntaxError says only ``error at LINE:COLUMN: expected ...`` (the column counts
characters, from 1), and an undeclared prefix reads as "expected OPTIONAL" after the name, so the
position is parsed from its message and the prefixes are checked here, on the query's tokens.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.sparql import guard
from kg.sparql.tokens import declared_prefixes, scan, update_keyword

_POSITION = re.compile(r"error at (?P<line>\d+):(?P<column>\d+):\s*(?P<cause>.*)", re.DOTALL)


def read_only_message(text: str) -> str | None:
    """What to say when ``text`` is an update (INSERT, DELETE, LOAD, CLEAR...); None for a query.
    Whether it is one is decided by a SPARQL parser (kg.sparql.guard), never by its tokens."""
    if not guard.is_update(text):
        return None
    keyword = update_keyword(text) or "this"
    return (
        f"{keyword} is a SPARQL update, and this interface is read-only: it answers "
        "SELECT, ASK, CONSTRUCT and DESCRIBE"
    )


def describe(text: str, exc: BaseException, prefixes: Mapping[str, str] | None = None) -> str:
    """The message for a query that does not parse: the cause with line and column, then the line
    and a caret under the spot. ``prefixes`` are those the interface declares for the query."""
    prefixes = prefixes or {}
    read_only = read_only_message(text)
    if read_only:
        return read_only
    unknown = undeclared_prefix(text, prefixes)
    if unknown is not None:
        name, offset = unknown
        line, column = _line_column(text, offset)
        known = ", ".join(sorted(set(prefixes) | set(declared_prefixes(text)))) or "none"
        return (
            f"the query does not parse: unknown prefix '{name}:' at line {line}, column "
            f"{column} (prefixes here: {known})\n" + caret(text, line, column)
        )
    raw = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    match = _POSITION.match(raw)
    if not match:
        return f"the query does not parse: {raw}"
    line, column = int(match["line"]), int(match["column"])
    return (
        f"the query does not parse at line {line}, column {column}: "
        f"{_short(match['cause'].strip())}\n" + caret(text, line, column)
    )


def caret(text: str, line: int, column: int) -> str:
    """The ``line``-th line of ``text`` and a ``^`` under its ``column``-th character (both from 1);
    tabs are kept in the padding so the caret stays under the spot."""
    lines = text.splitlines() or [""]
    line = min(max(line, 1), len(lines))
    source = lines[line - 1]
    column = min(max(column, 1), len(source) + 1)
    start = max(0, column - 1 - _WINDOW)  # a long line is shown around the spot, not whole
    end = min(len(source), column - 1 + _WINDOW)
    shown = ("…" if start else "") + source[start:end] + ("…" if end < len(source) else "")
    gutter = f"{line} | "
    pad = ("" if not start else " ") + "".join(
        c if c == "\t" else " " for c in source[start : column - 1]
    )
    return f"  {gutter}{shown}\n  {' ' * (len(gutter) - 2)}| {pad}^"


#: Characters of a long line shown on each side of the spot a syntax error names.
_WINDOW = 60


def undeclared_prefix(text: str, prefixes: Mapping[str, str]) -> tuple[str, int] | None:
    """The first prefixed name whose prefix neither the query nor the interface declares, with
    its offset in ``text``; None when every prefix is known."""
    known = set(prefixes) | set(declared_prefixes(text))
    previous = None
    for kind, token, start in scan(text):
        if kind == "pname" and not (previous or "").upper() == "PREFIX":
            name = token.partition(":")[0]
            if name not in known:
                return name, start
        previous = token if kind == "word" else None
    return None


def _short(cause: str, limit: int = 90) -> str:
    """The parser's 'expected one of ...' cut to its first alternatives: it can list dozens of
    tokens and character ranges."""
    if len(cause) <= limit:
        return cause
    cut = cause.rfind(", ", 0, limit)
    return cause[: cut if cut > 0 else limit] + ", …"


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1
