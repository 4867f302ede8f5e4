"""Limits on what one source may cost: a table's bytes and rows, and the seconds its extraction
may take. Each is refused on one line that names the limit and the option that raises it, so a
hostile or mistaken input costs a bounded time and memory and never stalls a build.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from kg.errors import SourceError

#: A CSV table's largest file (bytes) and most rows. The BorderLines table has 251 rows (20 KB);
#: a row costs ~70 quads and ~2 ms to extract, and the store's bulk loader ~0.25 MB a row.
MAX_TABLE_BYTES = 8 * 1024 * 1024
MAX_TABLE_ROWS = 10_000
#: Seconds the extraction of one source (one article, one record, one table) may take; a dev
#: article takes well under a second, a 190,000-character paragraph ~40 s.
SOURCE_SECONDS = 60.0


@dataclass(frozen=True)
class Limits:
    """The limits of a build or an extraction (``kg build``/``kg extract`` options)."""

    table_bytes: int = MAX_TABLE_BYTES
    table_rows: int = MAX_TABLE_ROWS
    source_seconds: float | None = SOURCE_SECONDS  # None or 0: no budget


DEFAULT = Limits()


class _Overtime(BaseException):
    """Raised by the timer inside the extraction: a BaseException, so that no ``except
    Exception`` in the rules can swallow it."""


@contextmanager
def time_budget(seconds: float | None, name: str, line: int | None = None) -> Iterator[None]:
    """Stop the block after ``seconds`` with a SourceError naming ``name`` (at ``line``: a
    record's) and the limit.

    A real-time timer (SIGALRM) interrupts the Python code of the extraction wherever it is, in a
    serial build and in each worker process of a parallel one (a task runs on the worker's main
    thread). Off the main thread (a Dask worker) or without SIGALRM (Windows) no budget applies.
    """
    if not seconds or seconds <= 0 or not _can_time():
        yield
        return

    def _ring(signum, frame) -> None:
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, _ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Overtime:
        raise SourceError(
            name,
            f"took over {seconds:g} s to read, the per-source time limit",
            line=line,
            hint="raise it with --source-timeout SECONDS, or split the text",
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
