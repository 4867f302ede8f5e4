"""Aligned text tables for a terminal: columns fitted to its width, long cells wrapped onto more
lines, never cut. ``kg query`` (kg.results) and ``kg sources`` (kg.sources) both print with it.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap

GAP = "  "
#: A column is not narrowed below this (a header, a date, a short word).
MIN_CELL = 8


def terminal_width(default: int = 100) -> int:
    """$COLUMNS, else the width of the terminal standard output goes to, else ``default`` (a pipe,
    a file: the same output wherever it is run)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((default, 24)).columns
    return default


def fit(
    headers: list[str],
    rows: list[list[str]],
    width: int | None,
    *,
    first: list[bool] | None = None,
    whole: list[bool] | None = None,
) -> list[int]:
    """Column widths: each its longest cell; when that is wider than ``width`` (None: no limit),
    the widest column narrows (and wraps) by one until the table fits. ``first`` columns (IRIs)
    narrow before the others, down to ``2 * MIN_CELL``; no column below its longest word (up to
    ``2 * MIN_CELL``) nor its header; ``whole`` ones (dates, counts) never."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    if width is None:
        return widths
    first = first or [False] * len(widths)
    words = [max([len(w) for r in rows for w in r[i].split()] or [0]) for i in range(len(headers))]
    floor = [
        w if keep else max(MIN_CELL, min(max(*map(len, h.split()), word), 2 * MIN_CELL))
        for w, h, word, keep in zip(
            widths, headers, words, whole or [False] * len(widths), strict=True
        )
    ]
    while sum(widths) + len(GAP) * (len(widths) - 1) > width:
        narrowable = [i for i, w in enumerate(widths) if w > floor[i]]
        if not narrowable:
            break
        widest = max(narrowable, key=lambda i: (first[i] and widths[i] > 2 * MIN_CELL, widths[i]))
        widths[widest] -= 1
    return widths


def row(cells: list[str], widths: list[int]) -> list[str]:
    """One row as lines: each cell wrapped to its column (words kept whole where they fit)."""
    wrapped = [wrap(c, w) for c, w in zip(cells, widths, strict=True)]
    height = max((len(w) for w in wrapped), default=1)
    columns = list(zip(wrapped, widths, strict=True))
    return [
        GAP.join((w[i] if i < len(w) else "").ljust(n) for w, n in columns).rstrip()
        for i in range(height)
    ]


def wrap(text: str, width: int | None, indent: str = "") -> list[str]:
    """``text`` on lines of at most ``width`` (None: one line), later lines after ``indent``."""
    text = " ".join(text.split())
    if width is None or len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=True) or [""]
