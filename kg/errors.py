"""Errors a user can act on: each says what went wrong, with which file or value, and how to fix it."""

from __future__ import annotations


class KgError(Exception):
    """A user-facing failure; the CLI prints its message on one line and exits 1."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} ({self.hint})" if self.hint else text


class UsageError(KgError):
    """A bad option or parameter value (exit 2, like click's own usage errors)."""

    exit_code = 2


class SourceError(KgError):
    """A source that cannot be read or parsed; the message names the file and where."""

    def __init__(self, source: str, cause: str, *, line: int | None = None, hint: str | None = None):
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {cause}", hint=hint)
        self.source = source


class StoreError(KgError):
    """The store cannot be opened, is busy, or refused a change."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""
