"""What an ingester is: a kind of source, the file suffixes it reads, and how it reads one.

``kg build`` and ``kg extract`` never name a kind of source: they ask the table of
:mod:`kg.ingest.registry`, so a new kind is one module and one line there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kg.limits import DEFAULT as DEFAULT_LIMITS
from kg.limits import Limits
from kg.model import Extraction


@dataclass(frozen=True)
class ReadOptions:
    """What a build passes every ingester; each uses what applies to its kind."""

    as_of: str | None = None  # the date a table's claims hold (default: its file name's)
    problems: list[str] | None = None  # bad records go here and are skipped (None: raised)
    limits: Limits = DEFAULT_LIMITS


class Ingester(Protocol):
    """A kind of source: its name, the suffixes (lower case, with the dot) it is chosen by, what
    it reads in words ('articles', 'tables': the help groups suffixes by it), and ``read``."""

    @property
    def name(self) -> str: ...

    @property
    def suffixes(self) -> tuple[str, ...]: ...

    @property
    def reads(self) -> str: ...

    def read(self, path: Path, options: ReadOptions) -> list[Extraction]:
        """The extractions of one file (a records file may hold many); SourceError if unreadable."""
        ...


@dataclass(frozen=True)
class FileIngester:
    """An :class:`Ingester` made of a reading function (each module of ``kg.ingest`` has one)."""

    name: str
    suffixes: tuple[str, ...]
    reads: str
    reader: Callable[[Path, ReadOptions], list[Extraction]]

    def read(self, path: Path, options: ReadOptions) -> list[Extraction]:
        return self.reader(path, options)
