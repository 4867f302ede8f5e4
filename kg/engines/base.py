"""What every build engine shares: the report of a build, the sources it reads, and writing one
source's graph whole, counted as added, replaced or unchanged. The engines differ only in where
extraction runs (:mod:`kg.engines.local`: this machine's processes; :mod:`kg.engines.dask`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import duplicates
from kg.errors import SourceError
from kg.ingest.sources import find_sources
from kg.model import Extraction
from kg.stores.base import GraphStore


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


def signature(extraction: Extraction) -> str | None:
    """The source's text signature as it is stored, computed where the text is (the worker)."""
    minhash = duplicates.signature(extraction.source)
    return duplicates.encode(minhash) if minhash is not None else None


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
