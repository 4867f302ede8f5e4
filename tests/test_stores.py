"""The store protocol: both stores offer every member of ``GraphStore`` with its signature, and the
embedded store answers a protocol request's own dataset and base IRI as the endpoint passes them.

The remote store's answers are compared with the embedded store's on a real server in
test_store_remote.py; here only its shape is checked, which needs no server.
"""

from __future__ import annotations

import inspect

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.stores import GraphStore
from kg.stores.embedded import Store
from kg.stores.remote import RemoteStore

EX = "http://example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
MEMBERS = sorted(
    name
    for name, value in vars(GraphStore).items()
    if callable(value) and (not name.startswith("_") or name == "__len__")
)


@pytest.mark.parametrize("cls", [Store, RemoteStore], ids=["embedded", "remote"])
@pytest.mark.parametrize("name", MEMBERS)
def test_both_stores_take_every_protocol_member_as_the_protocol_declares_it(cls, name):
    declared = inspect.signature(getattr(GraphStore, name)).parameters
    given = inspect.signature(getattr(cls, name)).parameters
    assert [(p.name, p.kind) for p in given.values()] == [
        (p.name, p.kind) for p in declared.values()
    ], f"{cls.__name__}.{name}"


def test_the_protocol_has_no_escape_hatch():
    """What callers once took from ``store.raw`` is in the protocol; nothing reaches past it."""
    assert {"query", "quads_for_pattern"} <= set(MEMBERS)
    for cls in (Store, RemoteStore):
        assert not hasattr(cls, "raw"), cls.__name__


def _two_sources() -> tuple[Store, ox.NamedNode, ox.NamedNode]:
    store = Store(None)
    one, two = ox.NamedNode(EX + "g/1"), ox.NamedNode(EX + "g/2")
    for graph, label in ((one, "one"), (two, "two")):
        store.replace_graph(graph, [ox.Quad(ox.NamedNode(EX + label), LABEL, ox.Literal(label))])
    return store, one, two


def test_a_query_sees_the_union_or_the_dataset_it_is_given():
    store, one, two = _two_sources()
    labels = "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l"
    assert [r["l"].value for r in store.query(labels)] == ["one", "two"]
    assert [r["l"].value for r in store.query(labels, graphs=[two])] == ["two"]
    named = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert [r["g"] for r in store.query(named, graphs=[], named_graphs=[one])] == [one]
    assert not list(store.query(named, graphs=[one], named_graphs=[]))


def test_relative_iris_resolve_against_the_base_iri():
    store, _, _ = _two_sources()
    found = store.query("SELECT ?l WHERE { <one> rdfs:label ?l }", base_iri=EX)
    assert [r["l"].value for r in found] == ["one"]


def test_quads_for_pattern_reads_one_graph_the_union_or_every_graph():
    store, one, two = _two_sources()
    in_one = list(store.quads_for_pattern(None, LABEL, None, one))
    assert [(q.object.value, q.graph_name) for q in in_one] == [("one", one)]
    union = store.quads_for_pattern(None, LABEL, None, ox.DefaultGraph())
    assert sorted(q.object.value for q in union) == ["one", "two"]
    anywhere = store.quads_for_pattern(ox.NamedNode(EX + "two"), None, None)
    assert {q.graph_name for q in anywhere} == {two, ox.DefaultGraph()}


def test_a_query_that_does_not_parse_is_a_query_error_with_a_caret():
    store, _, _ = _two_sources()
    with pytest.raises(QueryError) as caught:
        store.query("SELECT ?s WHERE { ?s ?p }")
    assert "line 1" in caught.value.headline() and "^" in (caught.value.detail or "")


def test_kg_export_writes_the_embedded_store_through_its_own_dump():
    """An embedded store is exported from pyoxigraph's dump of each source, lines in byte order:
    the bytes ``kg export`` has always written for it (the general path orders by graph)."""
    from kg.export.rdf import export_rdf

    store = Store(None)
    a, b = ox.NamedNode(EX + "a"), ox.NamedNode(EX + "b")
    kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    store.replace_graph(ox.NamedNode(EX + "g/1"), [ox.Quad(b, LABEL, ox.Literal("b"))])
    store.replace_graph(
        ox.NamedNode(EX + "g/2"), [ox.Quad(a, LABEL, ox.Literal("a")), ox.Quad(a, kind, b)]
    )
    lines = export_rdf(store, "nquads").splitlines()
    assert len(lines) == 3 and lines == sorted(lines)
    assert store.dump_graph(ox.NamedNode(EX + "g/1")).count(b"\n") == 1
