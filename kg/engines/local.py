"""Building a store from sources: find them, extract each (in parallel if asked), write each source's
graph whole (new sources by batches, each batch one atomic bulk load; a source already in the store
in a transaction of its own), and report what was read, skipped and added.

Extraction runs in worker processes; writing stays in this process and follows the sorted order of
the sources, so a parallel build gives exactly the graph of a serial one.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import duplicates, iris, mapping
from kg.errors import KgError, SourceError
from kg.ingest import article, html, records, table
from kg.limits import DEFAULT as DEFAULT_LIMITS
from kg.limits import Limits, time_budget
from kg.model import Extraction
from kg.stores.base import GraphStore

#: File suffix -> kind of source.
SUFFIXES = {
    ".txt": "article",
    ".text": "article",
    ".csv": "table",
    ".json": "records",
    ".jsonl": "records",
    ".ndjson": "records",
    ".html": "html",
    ".htm": "html",
}


@dataclass
class BuildReport:
    """What a build did: each source read was added (new), replaced (changed) or left unchanged
    (the store held the same graph: not written again); each it could not read was refused."""

    sources: int = 0
    facts: int = 0
    quads: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): refused
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    near_duplicates: int = 0  # sources read that copy an earlier source's text
    #: the sources' graphs by outcome, in the order written: what the build log records (kg.builds)
    outcomes: dict[str, list[ox.NamedNode]] = field(
        default_factory=lambda: {"added": [], "replaced": [], "unchanged": []},
        repr=False,
        compare=False,
    )
    #: graphs in the store when the build began (read once), and the ones it has added since
    known: set[str] | None = field(default=None, repr=False, compare=False)
    #: the signatures of the sources in the store (read once), and of the ones written since
    copies: duplicates.Index | None = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        copies = (
            f"; {self.near_duplicates} a near-duplicate of an earlier source"
            if self.near_duplicates
            else ""
        )
        return (
            f"{self.sources} source(s) read: {self.added} added, {self.replaced} replaced, "
            f"{self.unchanged} unchanged, {len(self.skipped)} refused; "
            f"{self.facts} fact(s), {self.quads} quad(s) written{copies}"
        )


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
                raise SourceError(str(path), "no sources here (.txt, .html, .csv, .json, .jsonl)")
            yield from found
        elif not path.exists():
            raise SourceError(str(path), "no such file or directory")
        elif not path.is_file():
            raise SourceError(str(path), "not a regular file (a FIFO, socket or device?)")
        else:
            yield path


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
                elif path.suffix.lower() in SUFFIXES and entry.is_file():
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
    seconds = limits.source_seconds
    if source == "-":
        return records.from_stdin(_read_stdin(), problems, seconds=seconds)
    path = Path(source)
    kind = SUFFIXES.get(path.suffix.lower(), "article")
    if kind == "records":
        return records.read_records(path, problems, seconds=seconds)
    with time_budget(seconds, str(path)):
        if kind == "table":
            return [
                table.read_table(
                    path, as_of=as_of, max_bytes=limits.table_bytes, max_rows=limits.table_rows
                )
            ]
        if kind == "html":
            return [html.read_html(path)]
        return [article.read_article(path)]


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


def signature(extraction: Extraction) -> str | None:
    """The source's text signature as it is stored, computed where the text is (the worker)."""
    minhash = duplicates.signature(extraction.source)
    return duplicates.encode(minhash) if minhash is not None else None


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


def collect_sources(
    paths: Iterable[str | Path], report: BuildReport, strict: bool
) -> list[Path | str]:
    """The sources under each path; a path that is missing or holds none, and a folder that cannot
    be read, is reported in ``report.skipped`` (or, strict, fatal)."""
    sources: list[Path | str] = []
    for raw in paths:
        try:
            sources.extend(find_sources([raw], None if strict else report.skipped))
        except SourceError as exc:
            if strict:
                raise
            report.skipped.append((str(raw), str(exc)))
    return sources


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


def write_source(
    store: GraphStore,
    graph: ox.NamedNode,
    quads: list[ox.Quad] | bytes,
    facts: int,
    report: BuildReport,
    signature: str | None = None,
) -> int:
    """Write one source's graph and count it as added, replaced or unchanged; a graph the store
    already holds exactly is not written again. With its text's ``signature``, the graph also
    keeps it and names the source it is a near-duplicate of, if any. Returns the quads written."""
    if report.known is None:
        report.known = {g.value for g in store.graphs()}
    if report.copies is None:
        report.copies = duplicates.Index(store)
    minhash = duplicates.decode(signature) if signature else None
    original = report.copies.original(graph, minhash)
    quads = _with(quads, duplicates.quads(graph, minhash, original))
    if graph.value not in report.known:
        n = store.replace_graph(graph, quads)
        report.known.add(graph.value)  # the same source again in this build replaces it
        report.added += 1
        report.outcomes["added"].append(graph)
    elif _same(store, graph, quads):
        n = 0
        report.unchanged += 1
        report.outcomes["unchanged"].append(graph)
    else:
        n = store.replace_graph(graph, quads)
        report.replaced += 1
        report.outcomes["replaced"].append(graph)
    report.copies.record(graph, minhash, original)
    report.near_duplicates += original is not None
    report.sources += 1
    report.facts += facts
    report.quads += n
    return n


def _with(quads: list[ox.Quad] | bytes, more: list[ox.Quad]) -> list[ox.Quad] | bytes:
    if not more:
        return quads
    if isinstance(quads, bytes):
        return quads + (ox.serialize(more, format=ox.RdfFormat.N_QUADS) or b"")
    return [*quads, *more]


def _same(store: GraphStore, graph: ox.NamedNode, quads: list[ox.Quad] | bytes) -> bool:
    """True when ``graph`` in the store holds exactly ``quads`` (blank nodes: never the same).
    The new quads pass through an in-memory Oxigraph first: it stores literals in canonical form
    (an xsd:nonNegativeInteger comes back an xsd:integer), as the store did the old ones."""
    canonical = ox.Store()
    if isinstance(quads, bytes):
        canonical.load(quads, format=ox.RdfFormat.N_QUADS)
    else:
        canonical.extend(quads)
    new = {(q.subject, q.predicate, q.object) for q in canonical}
    if any(isinstance(t, ox.BlankNode) for triple in new for t in triple):
        return False
    old = {(q.subject, q.predicate, q.object) for q in store.quads(graph)}
    return old == new
