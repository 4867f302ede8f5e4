"""What every store offers the rest of dispute-kg: one named graph per source, a union view.

The embedded store (:class:`kg.stores.embedded.Store`, pyoxigraph on disk) and the remote one
(:class:`kg.stores.remote.RemoteStore`, any SPARQL 1.1 Protocol server) both satisfy
:class:`GraphStore`, so building, querying, exporting, drawing, validating and serving never ask
which one they have, nor reach past it to pyoxigraph. ``query`` answers with pyoxigraph's own
result types (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``) from either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox

#: The terms a quad pattern may bind (None binds nothing), as ``quads_for_pattern`` takes them.
Subject = ox.NamedNode | ox.BlankNode | ox.Triple
Object = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
GraphName = ox.NamedNode | ox.DefaultGraph


@runtime_checkable
class GraphStore(Protocol):
    """A quad store holding one named graph per source, queried as the union of its graphs."""

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad] | bytes) -> int:
        """Replace ``graph``'s content atomically (visible at the latest after ``flush``); the
        quads may come as the N-Quads bytes of quads in ``graph``."""
        ...

    def batched(self) -> AbstractContextManager[Any]:
        """A block whose new sources may be written together (each still whole or not at all)."""
        ...

    def drop_graph(self, graph: ox.NamedNode) -> None: ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update outside the sources' graphs (the build log): the union default
        graph is not maintained for it."""
        ...

    def graphs(self) -> list[ox.NamedNode]:
        """The store's named graphs, sorted by IRI."""
        ...

    def query(
        self,
        sparql: str,
        substitutions: dict | None = None,
        *,
        graphs: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """Run a query over the union of all graphs, or over a dataset of its own: ``graphs`` as
        the default graph, ``named_graphs`` for GRAPH clauses (a protocol request's
        ``default-graph-uri`` and ``named-graph-uri``). Parameters are terms; the project's
        prefixes are declared. Raises QueryError, QueryFailed when it parsed but could not run."""
        ...

    def quads_for_pattern(
        self,
        subject: Subject | None,
        predicate: ox.NamedNode | None,
        object: Object | None,
        graph_name: GraphName | None = None,
        /,
    ) -> Iterable[ox.Quad]:
        """The quads matching a pattern (None matches anything): in one graph, in the union
        default graph (``DefaultGraph()``), or with ``graph_name=None`` in any of them."""
        ...

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]: ...

    def flush(self) -> None:
        """Make every write durable and visible."""
        ...

    def __len__(self) -> int: ...


def describe(store: object) -> str:
    """One line naming a store for messages and reports: its kind and where it is."""
    described = getattr(store, "describe", None)
    if callable(described):
        return str(described())
    path = getattr(store, "path", None)
    return f"embedded store at {path}" if path is not None else "in-memory embedded store"
