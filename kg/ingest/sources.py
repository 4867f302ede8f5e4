"""The sources under the paths a user gives, and reading one with the ingester its suffix chooses
(:mod:`kg.ingest.registry`): what every build engine and ``kg extract`` share."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import SourceError
from kg.ingest import article, records, registry
from kg.ingest.base import ReadOptions
from kg.limits import DEFAULT as DEFAULT_LIMITS
from kg.limits import Limits
from kg.model import Extraction


def find_sources(
    paths: Iterable[str | Path], problems: list[tuple[str, str]] | None = None
) -> Iterator[Path | str]:
    """Files as given, folders walked (known suffixes only, sorted), '-' for stdin. A folder that
    cannot be read is added to ``problems`` as (folder, reason), or raised without a list."""
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            unreadable: list[tuple[str, str]] = []
            found = sorted(_walk(path, unreadable))
            if unreadable and problems is None:
                raise SourceError(*unreadable[0])
            if problems is not None:
                problems.extend((name, str(SourceError(name, cause))) for name, cause in unreadable)
            if not found and not unreadable:
                raise SourceError(str(path), f"no sources here ({', '.join(registry.suffixes())})")
            yield from found
        else:
            check(path)
            yield path


def check(path: Path) -> None:
    """A source named on the command line exists and is a folder or a regular file (checked before
    the store is opened: a mistyped name never opens, locks or compacts it)."""
    if not path.exists():
        raise SourceError(str(path), "no such file or directory")
    if not path.is_dir() and not path.is_file():
        raise SourceError(str(path), "not a regular file (a FIFO, socket or device?)")


def _walk(root: Path, unreadable: list[tuple[str, str]]) -> Iterator[Path]:
    """The source files under ``root``, with an explicit stack (no depth limit: a folder 1,100
    levels deep is walked, not a RecursionError); links to folders are not followed (no cycles)."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as exc:
            cause = (
                "folder not readable: permission denied"
                if isinstance(exc, PermissionError)
                else f"cannot read the folder: {exc.strerror or exc}"
            )
            unreadable.append((str(folder), cause))
            continue
        for entry in listed:
            path = folder / entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(path)
                elif registry.known(path) and entry.is_file():
                    yield path
            except OSError as exc:
                unreadable.append((str(path), f"cannot read it: {exc.strerror or exc}"))


def extract_source(
    source: Path | str,
    *,
    as_of: str | None = None,
    problems: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Extraction]:
    """Read one source into extractions (a JSON Lines file may hold many articles). A bad record
    of a records file is added to ``problems`` and skipped (without a list: raised). Each article
    (each record of a records file) and each table is held to ``limits.source_seconds``."""
    if source == "-":
        return records.from_stdin(_read_stdin(), problems, seconds=limits.source_seconds)
    path = Path(source)
    options = ReadOptions(as_of=as_of, problems=problems, limits=limits)
    return registry.for_path(path).read(path, options)


def _read_stdin() -> str:
    """Standard input checked like a file: bounded, text (not an image, archive or binary), UTF-8
    or UTF-16 with a BOM."""
    limit = records.MAX_RECORDS_BYTES
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stream (embedding code): the size check only
        text = sys.stdin.read(limit + 1)
        if len(text) > limit:
            raise SourceError("<stdin>", f"too large: over {limit} characters")
        return text
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise SourceError("<stdin>", f"too large: over {limit} bytes")
    return article.decode(raw, "<stdin>")
