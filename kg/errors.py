"""Errors a user can act on: each says what went wrong, with which file or value, and how to fix it."""

from __future__ import annotations

import re

#: Control characters (C0, DEL, C1) and the line/paragraph separators: in a file name they would
#: break a one-line message or send escape sequences to the terminal.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str, keep: str = "") -> str:
    """``text`` with control characters shown as escapes (``\\n``, ``\\x1b``), safe on one line;
    those in ``keep`` (say ``"\\n\\t"`` for a quoted query) are left as they are."""
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)


def _escape(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")


class KgError(Exception):
    """A user-facing failure; the CLI prints its message on one line and exits 1."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint
        self.detail = detail  # lines shown beneath the message (a query's line and a caret)

    def __str__(self) -> str:
        text = self.headline()
        return f"{text}\n{self.detail}" if self.detail else text

    def headline(self) -> str:
        """The one-line message (with its hint), without the detail lines."""
        text = super().__str__()
        return f"{text} ({self.hint})" if self.hint else text


class UsageError(KgError):
    """A bad option or parameter value (exit 2, like click's own usage errors)."""

    exit_code = 2


class SourceError(KgError):
    """A source that cannot be read or parsed; the message names the file and where."""

    def __init__(
        self, source: str, cause: str, *, line: int | None = None, hint: str | None = None
    ):
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {cause}", hint=hint)
        self.source = source


class StoreError(KgError):
    """The store cannot be opened, is busy, or refused a change."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""


class QueryFailed(QueryError):
    """A query that parsed but that the engine could not run (an endpoint answers 500, not 400)."""
