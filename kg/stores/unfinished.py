"""Loads written in several steps, marked until their last step: a kill between two is undone.

Why: ``kg load`` writes a file too big for one atomic ingestion in steps (kg.load), and a kill
between two would leave part of the graph. So the graph is marked unfinished in the build log's
graph (about the store, never a source nor in the union) before its first step, in a transaction
of its own, and unmarked after its last. The next time the store is opened for writing, a graph
still marked is dropped: a load is then whole or absent, never part.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.vocab import BUILDS_GRAPH, DKG, XSD

if TYPE_CHECKING:
    from kg.stores.embedded import Store

#: The mark: ``<graph> dkg:unfinishedLoad "started"^^xsd:dateTime`` in the build log's graph.
MARK = DKG.unfinishedLoad


def begin(store: Store, graph: ox.NamedNode) -> None:
    """Mark ``graph`` unfinished, before the first step is written."""
    started = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    store.add_quad(ox.Quad(graph, MARK, ox.Literal(started, datatype=XSD.dateTime), BUILDS_GRAPH))


def end(store: Store, graph: ox.NamedNode) -> None:
    """Unmark ``graph``, after its last step (or once it has been dropped)."""
    for quad in list(store.quads_for_pattern(graph, MARK, None, BUILDS_GRAPH)):
        store.remove_quad(quad)


def marked(store: Store) -> list[ox.NamedNode]:
    """The graphs whose load did not finish, in IRI order."""
    found = {
        q.subject
        for q in store.quads_for_pattern(None, MARK, None, BUILDS_GRAPH)
        if isinstance(q.subject, ox.NamedNode)
    }
    return sorted(found, key=lambda g: g.value)


def recover(store: Store) -> list[ox.NamedNode]:
    """Drop every graph a load left unfinished, then its mark; the graphs dropped."""
    dropped = marked(store)
    for graph in dropped:
        store.drop_graph(graph)
        end(store, graph)
    return dropped
