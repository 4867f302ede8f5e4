"""``Store.batched``: new sources written together through the bulk loader end up exactly as one
transaction a source would leave them, and a failed batch leaves nothing of itself behind."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.stores import embedded as store_module
from kg.stores.embedded import Store

EX = "http://example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _source(i: int, shared: int = 3) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """A source's quads: some of its own, some (a label) shared by every source."""
    graph = ox.NamedNode(f"{EX}source/{i}")
    own = [
        ox.Quad(ox.NamedNode(f"{EX}fact/{i}/{k}"), LABEL, ox.Literal(f"f{k}"), graph)
        for k in range(5)
    ]
    common = [
        ox.Quad(ox.NamedNode(f"{EX}state/{k}"), LABEL, ox.Literal(f"s{k}"), graph)
        for k in range(shared)
    ]
    return graph, own + common


def _contents(store: Store) -> tuple[set[str], set[str]]:
    named = {str(q) for q in store.quads()}
    default = {str(q) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    return named, default


def _writes() -> list[tuple[ox.NamedNode, list[ox.Quad]]]:
    writes = [_source(i) for i in range(12)]
    graph, quads = _source(3)
    writes.append((graph, quads[:2]))  # a source given again, with less: the last one wins
    writes.append(_source(0, shared=1))  # and one already written in an earlier batch
    return writes


def test_batches_leave_the_store_as_one_transaction_a_source_does(tmp_path, monkeypatch):
    one_by_one = Store(tmp_path / "a")
    for graph, quads in _writes():
        one_by_one.replace_graph(graph, quads)
    monkeypatch.setattr(store_module, "BATCH_QUADS", 40)  # several batches
    batched = Store(tmp_path / "b")
    with batched.batched():
        for graph, quads in _writes():
            batched.replace_graph(graph, quads)
    named, default = _contents(batched)
    assert (named, default) == _contents(one_by_one)
    assert default == {str(ox.Quad(q.subject, q.predicate, q.object)) for q in batched.quads()}


def test_a_failure_in_the_block_keeps_the_sources_given_before_it(tmp_path):
    store = Store(tmp_path / "s")
    with pytest.raises(RuntimeError), store.batched():
        store.replace_graph(*_source(1))
        raise RuntimeError("the next source failed")
    assert [g.value for g in store.graphs()] == [f"{EX}source/1"]


class _FailingBulk:
    def __init__(self, inner: ox.Store) -> None:
        self._inner = inner

    def bulk_load(self, *args, **kwargs):  # noqa: ANN002, ANN003 - pyoxigraph's signature
        raise OSError("No space left on device\nmore detail")

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


def test_a_batch_that_cannot_be_written_is_a_one_line_error_and_writes_nothing(tmp_path):
    store = Store(tmp_path / "s")
    store._ox = _FailingBulk(store._ox)
    with pytest.raises(StoreError) as caught, store.batched():
        store.replace_graph(*_source(1))
    assert "No space left on device" in str(caught.value) and "\n" not in str(caught.value)
    assert store.graphs() == [] and not _contents(store)[1]


def test_n_quads_bytes_write_what_the_quads_write(tmp_path):
    """A build's workers hand sources over as N-Quads bytes; they must land as the quads would,
    in the graph named by the call even when the lines name another."""
    nq = ox.RdfFormat.N_QUADS
    writes = [_source(i) for i in range(4)]
    from_quads, from_bytes = Store(tmp_path / "q"), Store(tmp_path / "b")
    with from_quads.batched():
        for graph, quads in writes:
            from_quads.replace_graph(graph, quads)
    with from_bytes.batched():
        for i, (graph, quads) in enumerate(writes):
            elsewhere = [
                ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(EX + "x")) for q in quads
            ]
            data = ox.serialize(elsewhere if i == 3 else quads, format=nq)
            assert from_bytes.replace_graph(graph, data) == len(quads)
    assert _contents(from_bytes) == _contents(from_quads)
    assert ox.NamedNode(EX + "x") not in from_bytes.graphs()
