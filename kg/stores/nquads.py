"""One source's quads as the N-Quads bytes the bulk loader reads, every line ending in the source's
graph, so that the union copy is the same bytes with that ending cut. The embedded store's batched
writes (:meth:`kg.stores.embedded.Store.batched`) hand these bytes over whole; the conversion is
kept apart from the store, whose class is about transactions, batches and queries."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox


def tail(graph: ox.NamedNode) -> bytes:
    """The ending of an N-Quads line in ``graph``; cut to " ." it is the union copy's."""
    return f" {graph} .\n".encode()


def nquads_in(graph: ox.NamedNode, quads: Iterable[ox.Quad] | bytes) -> tuple[bytes, int]:
    """The quads as N-Quads lines that all end in ``graph``, and how many there are.

    The union copy is then the same bytes with that ending cut to " .": exact, because N-Quads
    escapes line breaks inside literals, so the ending can only be a line's graph label. Writing
    bytes lets the bulk loader parse in Rust, with no Python object a quad.
    """
    if isinstance(quads, bytes):
        lines = quads
    else:  # serialize without an output answers bytes
        lines = (
            ox.serialize(
                (
                    q if q.graph_name == graph else ox.Quad(q.subject, q.predicate, q.object, graph)
                    for q in quads
                ),
                format=ox.RdfFormat.N_QUADS,
            )
            or b""
        )
    n = lines.count(b"\n")
    if lines.count(tail(graph)) != n:  # not all in ``graph``: put them there
        return nquads_in(
            graph,
            [
                ox.Quad(q.subject, q.predicate, q.object, graph)
                for q in ox.parse(lines, format=ox.RdfFormat.N_QUADS)
            ],
        )
    return lines, n
