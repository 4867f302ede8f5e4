"""The local engine: extract on this machine, in worker processes if asked, and write each source's
graph whole (new sources by batches, each batch one atomic bulk load; a source already in the store
in a transaction of its own), and report what was read, skipped and added.

Extraction runs in worker processes; writing stays in this process and follows the sorted order of
the sources, so a parallel build gives exactly the graph of a serial one. What the engines share
(the report, the sources, writing a source's graph) is :mod:`kg.engines.base`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import iris, mapping
from kg.engines.base import BuildReport, collect_sources, signature, write_source
from kg.errors import KgError
from kg.ingest.sources import extract_source
from kg.limits import DEFAULT as DEFAULT_LIMITS
from kg.limits import Limits
from kg.model import Extraction
from kg.stores.base import GraphStore


@dataclass(frozen=True)
class _Mapped:
    """One source's graph, ready to write: mapped where it was extracted (in the worker), so that the
    writing process only writes. From a worker the quads come as N-Quads bytes: pickling ~360
    pyoxigraph terms cost the worker 4 ms and the writer 2 ms a source, N-Quads 0.2 and 1 ms."""

    graph: ox.NamedNode
    quads: list[ox.Quad] | bytes
    facts: int
    signature: str | None = None  # the text's MinHash (kg.duplicates), compared when written


def _map(extraction: Extraction, packed: bool = False) -> _Mapped:
    quads = mapping.extraction_quads(extraction, ordered=False)  # the store is a set
    return _Mapped(
        iris.source_iri(extraction.source.key),
        (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"") if packed else quads,
        len(extraction.facts),
        signature(extraction),
    )


def _safe_extract(
    args: tuple[Path | str, str | None, bool, Limits],
) -> tuple[str, list[_Mapped] | str, list[str]]:
    """(source, its graphs or why it was refused, the bad records skipped in it)."""
    source, as_of, packed, limits = args
    problems: list[str] = []
    try:
        extractions = extract_source(source, as_of=as_of, problems=problems, limits=limits)
        return str(source), [_map(e, packed) for e in extractions], problems
    except KgError as exc:
        return str(source), str(exc), problems
    except RecursionError:
        return str(source), f"{source}: too deeply nested to read", problems
    except Exception as exc:  # noqa: BLE001 - a bug on one source must not lose the others
        return (
            str(source),
            (
                f"{source}: internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
                " (please report it)"
            ),
            problems,
        )


def build(
    paths: Iterable[str | Path],
    store: GraphStore,
    *,
    workers: int = 1,
    strict: bool = False,
    as_of: str | None = None,
    progress: Callable[[str], None] | None = None,
    start: Callable[[int], None] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> BuildReport:
    """Extract every source and replace its graph in the store, each whole or not at all.
    ``start`` hears how many sources there are before the first is read, ``progress`` each one
    as it is done; a source past one of ``limits`` is refused (named, counted, the rest built)."""
    report = BuildReport()
    sources = collect_sources(paths, report, strict)
    if start:
        start(len(sources))
    parallel = workers > 1 and len(sources) > 1 and "-" not in sources
    jobs = [
        (s, as_of, parallel, limits) for s in sources
    ]  # workers hand quads over as N-Quads bytes
    with store.batched():  # new sources go in by batches, each whole or not at all
        if parallel:
            with ProcessPoolExecutor(
                max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),)
            ) as pool:
                results: Iterable = pool.map(
                    _safe_extract, jobs, chunksize=_chunksize(len(jobs), workers)
                )
                _write_all(results, store, report, strict, progress)
        else:
            _write_all(map(_safe_extract, jobs), store, report, strict, progress)
    store.flush()
    return report


def _die_with_parent(parent: int) -> None:
    """Worker initializer: a worker is killed when the build that started it dies (even by
    ``kill -9``), rather than living on, blocked on its queue. Linux: PR_SET_PDEATHSIG; elsewhere
    a thread that watches the parent's pid."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _chunksize(jobs: int, workers: int) -> int:
    """Sources per task: enough to amortise the hand-over, few enough that the writer (which takes
    results in order, a chunk at a time) neither waits long for the first nor idles the workers at
    the end."""
    return max(1, min(16, jobs // (workers * 8)))


def _write_all(
    results: Iterable,
    store: GraphStore,
    report: BuildReport,
    strict: bool,
    progress: Callable[[str], None] | None,
) -> None:
    for name, outcome, problems in results:
        if strict and problems:
            raise KgError(problems[0])
        report.skipped.extend((name, p) for p in problems)  # bad records, each named by line
        if isinstance(outcome, str):
            if strict:
                raise KgError(outcome)
            report.skipped.append((name, outcome))
        else:
            for mapped in outcome:
                _write(store, mapped, report)
        if progress:
            progress(name)


def write(store: GraphStore, extraction: Extraction, report: BuildReport | None = None) -> int:
    """Replace one source's named graph with its extraction (atomic)."""
    return _write(store, _map(extraction), report)


def _write(store: GraphStore, mapped: _Mapped, report: BuildReport | None) -> int:
    if report is None:
        return store.replace_graph(mapped.graph, mapped.quads)
    return write_source(store, mapped.graph, mapped.quads, mapped.facts, report, mapped.signature)
