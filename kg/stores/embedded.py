"""The store facade: an embedded pyoxigraph store on disk, one named graph per source.

Queries see the union of all named graphs as their default graph (as Virtuoso and GraphDB do), so a
plain ``?s ?p ?o`` finds everything. A source is either fully written or not at all: a new one in one
transaction, or with its batch in one atomic bulk load (``batched``, as ``kg build`` writes); one
already in the store is replaced by one SPARQL Update request, which Oxigraph runs as a transaction.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox

from kg.errors import QueryError, QueryFailed, StoreError
from kg.sparql import rewrite
from kg.sparql.size import too_big
from kg.stores import unfinished
from kg.stores.base import GraphName, Object, Subject
from kg.stores.nquads import nquads_in, tail
from kg.stores.query_text import seeded, syntax_message
from kg.vocab import BUILDS_GRAPH, NOT_SOURCES, PREFIXES

DEFAULT_STORE = ".kg"
#: Quads written between flushes: unflushed writes stay in RocksDB's memtables, so without this a
#: build's memory grows with the corpus (figures: docs/performance.md).
FLUSH_EVERY = 50_000
#: Quads (with their union copies) of new sources gathered by :meth:`Store.batched` before one
#: ingestion: ~3x faster a quad than a transaction a source (benchmarks/README.md).
BATCH_QUADS = 50_000
#: Quads Oxigraph's bulk loader ingests in one atomic RocksDB call (its batch is a million).
INGEST_QUADS = 1_000_000


def default_store_path() -> Path:
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


class Store:
    """A dispute-kg store on disk (or in memory with ``path=None``)."""

    def __init__(
        self, path: str | os.PathLike[str] | None, *, read_only: bool = False, wait: float = 0.0
    ) -> None:
        """Open the store; a writer that finds it busy (another process holds RocksDB's LOCK)
        retries with backoff for up to ``wait`` seconds, then gives up with a one-line error."""
        self.path = Path(path) if path is not None else None
        self._unflushed = 0  # quads written since the last flush
        self._batch: list[bytes] | None = None  # new sources' N-Quads, inside batched()
        self._batch_graphs: set[ox.NamedNode] = set()
        self._batch_size = 0  # quads in the batch, union copies included
        #: the batch's union copy, each line once: sources share labels and types, and the bulk
        #: loader sorts and writes every line it is given (~40 % of the copy is repeats)
        self._batch_union: dict[bytes, None] = {}
        deadline = time.monotonic() + max(wait, 0.0)
        delay = 0.05
        while True:
            try:
                self._ox = self._open(read_only)
                break
            except OSError as exc:
                busy = _is_busy(exc)
                left = deadline - time.monotonic()
                if busy and left > 0:
                    time.sleep(min(delay, left))
                    delay = min(delay * 2, 1.0)
                    continue
                if busy:
                    waited = f" (waited {wait:g} s)" if wait > 0 else ""
                    raise StoreError(
                        f"{self.path}: the store is busy: another kg process is writing it{waited}",
                        hint="wait for it to finish, or give --wait SECONDS",
                    ) from None
                raise StoreError(
                    f"{self.path}: cannot open the store: {_first_line(exc)}"
                ) from None
        #: Graphs a load left unfinished (killed between two steps), dropped now (kg.stores.unfinished).
        self.recovered: list[ox.NamedNode] = [] if read_only else unfinished.recover(self)

    def _open(self, read_only: bool) -> ox.Store:
        if self.path is None:
            return ox.Store()
        if read_only:
            if not self.path.exists():
                raise StoreError(f"{self.path}: no store here", hint="run 'kg build' first")
            return ox.Store.read_only(str(self.path))
        self.path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(self.path))

    # -- writing ---------------------------------------------------------------------------------

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad] | bytes) -> int:
        """Replace one source's graph with ``quads`` (or the N-Quads bytes of quads in ``graph``, as
        a build's workers hand them over), whole or not at all: in one transaction, or for a new
        source inside :meth:`batched`, with its batch. Returns the quad count."""
        if self._batch is not None and graph in self._batch_graphs:
            self._write_batch()  # the same source twice: the first goes in first
        elif self._batch is not None and not self._ox.contains_named_graph(graph):
            data, n = nquads_in(graph, quads)
            if n:
                self._batch.append(data)
                self._batch_union.update(  # and its union copy
                    dict.fromkeys(data.replace(tail(graph), b" .\n").split(b"\n"))
                )
                self._batch_graphs.add(graph)
                self._batch_size += 2 * n
                if self._batch_size >= BATCH_QUADS:
                    self._write_batch()
                return n
        if isinstance(quads, bytes):
            quads = ox.parse(quads, format=ox.RdfFormat.N_QUADS)
        quads = quads if isinstance(quads, list) else list(quads)
        n = len(quads)
        triples = [(q.subject, q.predicate, q.object) for q in quads]
        if self._ox.contains_named_graph(graph):
            body = "\n".join(rewrite.triple_line(s, p, o) for s, p, o in triples)
            self.update_graph(
                graph,
                f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}",
            )
        else:  # a new source: nothing leaves the union; it and its union copy go in one transaction
            try:
                self._ox.extend(
                    [ox.Quad(s, p, o, graph) for s, p, o in triples]
                    + [ox.Quad(s, p, o) for s, p, o in triples]
                )
                if not triples:
                    self._ox.add_graph(graph)
            except OSError as exc:
                raise StoreError(f"cannot write graph {graph.value}: {_first_line(exc)}") from None
        self._unflushed += n
        if self._unflushed >= FLUSH_EVERY:  # bound RocksDB's memtables (benchmarks/README.md)
            self.flush()
        return n

    def ingest(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Add ``quads`` to ``graph`` and to the union default graph in one RocksDB ingestion,
        streamed: whole or not at all for up to :data:`INGEST_QUADS` (union copies included),
        in the bulk loader's memory, not a transaction's (which holds every write until it
        commits: ~5 KB a triple). How ``kg load`` writes a big file (kg.load)."""

        def both() -> Iterator[ox.Quad]:
            for q in quads:
                yield ox.Quad(q.subject, q.predicate, q.object, graph)
                yield ox.Quad(q.subject, q.predicate, q.object)

        try:
            self._ox.bulk_extend(both())
        except OSError as exc:
            raise StoreError(f"cannot write graph {graph.value}: {_first_line(exc)}") from None

    @contextmanager
    def batched(self) -> Iterator[Store]:
        """Write new sources in batches through RocksDB's external-file ingestion.

        Why: a transaction a source costs ~11 µs a quad; the bulk loader's sorted files cost a
        third of that. Oxigraph ingests one bulk load of fewer than a million quads as one RocksDB
        ``IngestExternalFiles`` call, atomic over all its indexes, so a batch of sources is in the
        store whole or not at all (a kill mid-build loses the last batch, never half a source).
        Sources already in the store, and any other write, keep their own transaction. The batch
        is written when it reaches :data:`BATCH_QUADS` and when the block ends.
        """
        if self._batch is not None:  # nested: the outer block writes
            yield self
            return
        self._batch = []
        try:
            yield self
        finally:
            try:
                self._write_batch()
            finally:
                self._batch = None

    def _write_batch(self) -> None:
        batch, self._batch = self._batch or [], []
        size, self._batch_size, self._batch_graphs = self._batch_size, 0, set()
        union, self._batch_union = self._batch_union, {}
        if not batch:
            return
        batch.append(b"\n".join(union))  # lines without their ends; an empty one is harmless
        try:
            self._ox.bulk_load(b"".join(batch), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write {size // 2} quads: {_first_line(exc)}") from None

    def update_graph(self, graph: ox.NamedNode, update: str) -> None:
        """Run ``update`` (which rewrites ``graph``) and keep the default graph the union of all named
        graphs, all in one transaction.

        Why a materialised union: Oxigraph's union default graph yields a triple once per graph that
        holds it, so a label or type stated by 10,000 sources joins 10,000 times. The default graph
        holds each triple once; queries read it, and GRAPH clauses still reach the sources.
        """
        unshared = (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {graph}) }} }}"
        )
        union = f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        try:
            self._ox.update(f"{unshared} ;\n{update} ;\n{union}")
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph.value}: {_first_line(exc)}") from None

    def bulk_load(self, path: str | os.PathLike[str]) -> None:
        """Load an N-Quads or TriG file (one named graph a source) into an EMPTY store with
        pyoxigraph's bulk loader: for big loads, ~2x faster than one transaction per source.

        The bulk loader writes without a transaction, so atomicity is kept at the store level:
        only an empty store is loaded, and a failure empties it again. A source is therefore
        either fully in the store or not at all, as with :meth:`replace_graph`.
        """
        fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}.get(Path(path).suffix)
        if fmt is None:
            raise StoreError(f"{path}: bulk loading reads .nq (N-Quads) or .trig files")
        if next(iter(self._ox), None) is not None:
            raise StoreError(
                f"{self.path}: bulk loading needs an empty store",
                hint="load into a new store, or build sources one by one",
            )
        try:
            self._ox.bulk_load(path=str(path), format=fmt)
            with open(path, "rb") as fh:  # the union copy, through the bulk loader too
                self._ox.bulk_extend(
                    ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(fh, format=fmt)
                )
        except (OSError, SyntaxError, ValueError) as exc:
            self._ox.clear()
            raise StoreError(f"{path}: cannot bulk-load: {_first_line(exc)}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update that writes outside the sources' graphs (the build log, kg.builds):
        the union default graph is left as it is, as the remote store's ``update`` does."""
        try:
            self._ox.update(sparql)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot update the store: {_first_line(exc)}") from None

    def add_quad(self, quad: ox.Quad) -> None:
        """Add one quad as it is (no union copy), in a transaction of its own: the build log's."""
        self._ox.add(quad)

    def remove_quad(self, quad: ox.Quad) -> None:
        """Remove one quad as it is (no union copy), in a transaction of its own."""
        self._ox.remove(quad)

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self.update_graph(graph, f"DROP SILENT GRAPH {graph}")

    def graphs(self) -> list[ox.NamedNode]:
        """The sources' graphs: the inferred graph is derived from them and the build log is about
        the store, so neither is one of them."""
        return sorted(
            (
                g
                for g in self._ox.named_graphs()
                if isinstance(g, ox.NamedNode) and g not in NOT_SOURCES
            ),
            key=lambda g: g.value,
        )

    def flush(self) -> None:
        if self._batch:
            self._write_batch()
        self._unflushed = 0
        if self.path is not None:
            self._ox.flush()

    # -- reading ---------------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        substitutions: dict | None = None,
        *,
        graphs: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """Run a SPARQL query over the union of all sources (the default graph, kept as that union by
        :meth:`update_graph`), or over the dataset of ``graphs`` and ``named_graphs``."""
        kwargs: dict = {"prefixes": PREFIXES, "base_iri": base_iri}
        if graphs is not None:
            kwargs["default_graph"] = graphs
        if named_graphs is not None:
            kwargs["named_graphs"] = named_graphs
        given = sparql
        if substitutions:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in substitutions.items()}
            sparql = seeded(sparql, substitutions)
        oversized = too_big(sparql)  # the parser crashes, not errs, on that
        if oversized:
            raise QueryError(oversized)
        try:
            return self._ox.query(sparql, **kwargs)
        except SyntaxError as exc:
            message, _, shown = syntax_message(given, sparql, exc).partition("\n")
            raise QueryError(message, detail=shown or None) from None
        except OSError as exc:
            raise QueryFailed(f"the query failed: {_first_line(exc)}") from None

    def quads_for_pattern(
        self,
        subject: Subject | None,
        predicate: ox.NamedNode | None,
        object: Object | None,
        graph_name: GraphName | None = None,
        /,
    ) -> Iterator[ox.Quad]:
        """The quads matching a pattern; ``DefaultGraph()`` is the union copy, None any graph."""
        return self._ox.quads_for_pattern(subject, predicate, object, graph_name)

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads of one graph, or of every source's graph (not the default graph's union copy,
        nor the inferred graph: views read what the sources assert)."""
        found = self._ox.quads_for_pattern(None, None, None, graph)
        return (
            found
            if graph is not None
            else (
                q
                for q in found
                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in NOT_SOURCES
            )
        )

    def has_graph(self, graph: ox.NamedNode) -> bool:
        """Whether ``graph`` is in the store, even empty."""
        return self._ox.contains_named_graph(graph)

    def dump_graph(self, graph: ox.NamedNode) -> bytes:
        """One graph as N-Triples, written by pyoxigraph with no Python object a quad: how
        ``kg export`` writes a big store fast (kg.export.rdf)."""
        return self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""

    def __len__(self) -> int:
        """Quads in the named graphs (each source's statements, as written)."""
        rows = cast(
            ox.QuerySolutions,
            self._ox.query(
                f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {BUILDS_GRAPH}) }}"
            ),
        )
        return int(next(iter(rows))["n"].value)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _is_busy(exc: BaseException) -> bool:
    """RocksDB's 'While lock file: …/LOCK: Resource temporarily unavailable'."""
    text = str(exc).lower()
    return "lock" in text and ("unavailable" in text or "lock hold" in text or "busy" in text)
