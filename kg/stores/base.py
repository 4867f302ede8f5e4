"""What every store offers the rest of dispute-kg: one named graph per source, a union view.

The embedded store (:class:`kg.store.Store`, pyoxigraph on disk) and the remote one
(:class:`kg.stores.remote.RemoteStore`, any SPARQL 1.1 Protocol server) both satisfy
:class:`GraphStore`, so building, querying, exporting, drawing and validating never ask which one
they have. ``query`` answers with pyoxigraph's own result types (``QuerySolutions``,
``QueryBoolean``, ``QueryTriples``) from either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox


class RawStore(Protocol):
    """What callers reach through :attr:`GraphStore.raw`: ``pyoxigraph.Store``'s query and
    pattern match (the remote store's view imitates them)."""

    def query(
        self,
        query: str,
        /,
        *,
        base_iri: str | None = None,
        prefixes: dict[str, str] | None = None,
        default_graph: Any = None,
        named_graphs: Any = None,
    ) -> Any: ...

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | ox.BlankNode | ox.Triple | None,
        predicate: ox.NamedNode | None,
        object: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None,
        graph_name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph | None = None,
        /,
    ) -> Iterable[ox.Quad]: ...


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
    ) -> Any:
        """Run a query over the union of all graphs (or of ``graphs``); parameters are terms."""
        ...

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]: ...

    def flush(self) -> None:
        """Make every write durable and visible."""
        ...

    def __len__(self) -> int: ...

    @property
    def raw(self) -> RawStore:
        """A pyoxigraph-``Store``-like view, for callers that need more than the above."""
        ...


def describe(store: object) -> str:
    """One line naming a store for messages and reports: its kind and where it is."""
    described = getattr(store, "describe", None)
    if callable(described):
        return str(described())
    path = getattr(store, "path", None)
    return f"embedded store at {path}" if path is not None else "in-memory embedded store"
