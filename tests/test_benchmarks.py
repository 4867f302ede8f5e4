"""The benchmark's graph generator at a tiny size: deterministic by seed, every relation of the
ontology, one named graph a source, and valid against the project's SHACL shapes (so the benchmark
measures graphs of the real shape, and its code cannot rot unnoticed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.relations import RELATIONS
from kg.stores.embedded import Store
from kg.vocab import DKG

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import generate  # noqa: E402

TINY = 2_000


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "tiny.nq"
    counts = generate.write_nquads(path, TINY, seed=7)
    assert counts["quads"] >= TINY and counts["sources"] >= 5
    return path


def test_same_seed_same_bytes_other_seed_other_graph(graph, tmp_path):
    again, other = tmp_path / "again.nq", tmp_path / "other.nq"
    generate.write_nquads(again, TINY, seed=7)
    generate.write_nquads(other, TINY, seed=8)
    assert again.read_bytes() == graph.read_bytes()
    assert other.read_bytes() != graph.read_bytes()


def test_one_named_graph_a_source_and_evidence_in_it(graph):
    quads = list(ox.parse(path=str(graph), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name for q in quads}
    assert all(isinstance(g, ox.NamedNode) for g in graphs)
    sources = {
        q.subject for q in quads if q.predicate.value.endswith("#type") and q.object == DKG.Source
    }
    assert sources == graphs
    in_source = [q for q in quads if q.predicate == DKG.inSource]
    assert in_source and all(q.object == q.graph_name for q in in_source)


def test_every_relation_at_a_larger_size():
    rels = set()
    for extraction, _ in generate.extractions(60_000, seed=1):
        rels |= {f.rel for f in extraction.facts}
    assert rels == set(RELATIONS)


def test_conforms_to_the_shapes(graph):
    from kg.validate import validate

    store = Store(None)
    store.bulk_load(graph)
    report = validate(store)
    assert report.conforms, "\n".join(map(str, report.violations[:5]))


def test_bulk_load_matches_per_source_writes(graph, tmp_path):
    bulk = Store(tmp_path / "bulk")
    bulk.bulk_load(graph)
    assert len(bulk) == sum(1 for _ in ox.parse(path=str(graph), format=ox.RdfFormat.N_QUADS))
    with pytest.raises(Exception, match="empty store"):
        bulk.bulk_load(graph)
