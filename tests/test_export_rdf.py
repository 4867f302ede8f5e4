"""RDF exports: every format re-reads to an isomorphic graph (per named graph for datasets), the
bytes are the same on every run, and the Turtle passes an independent parser (Raptor)."""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict

import pyoxigraph as ox
import pytest
import rdflib
from conftest import require_executable
from first_article import SOURCE_KEY, build_store
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import paths
from kg.errors import SourceError, UsageError
from kg.export.formats import RDF as FORMATS
from kg.export.jsonld import context as jsonld_context
from kg.export.rdf import ONTOLOGY_GRAPH, export_rdf, resolve_graph
from kg.iris import source_iri
from kg.vocab import ONTOLOGY as ONTOLOGY_IRI

_PARSE = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

#: A stand-in ontology with blank nodes (a union domain), as OWL files have.
STAND_IN = """@prefix dkg: <https://w3id.org/dispute-kg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/dispute-kg/ontology> a owl:Ontology .
dkg:Claim a owl:Class ; rdfs:label "claim"@en .
dkg:territory a owl:ObjectProperty ;
  rdfs:domain [ a owl:Class ; owl:unionOf ( dkg:Claim dkg:Dispute ) ] .
dkg:party a owl:ObjectProperty ;
  rdfs:domain [ a owl:Class ; owl:unionOf ( dkg:Dispute dkg:Signing ) ] .
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("kg") / "store")


@pytest.fixture(scope="module")
def ontology(tmp_path_factory):
    path = tmp_path_factory.mktemp("onto") / "dispute.ttl"
    path.write_text(STAND_IN, encoding="utf-8")
    return path


def _graphs(quads) -> dict[str, rdflib.Graph]:
    """Quads grouped by graph name, each as an rdflib Graph (read from canonical N-Triples)."""
    by_graph: dict[str, list] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(ox.Triple(q.subject, q.predicate, q.object))
    out = {}
    for name, triples in by_graph.items():
        g = rdflib.Graph()
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
        out[name] = g
    return out


def _union(quads) -> rdflib.Graph:
    return _graphs(ox.Quad(q.subject, q.predicate, q.object) for q in quads)["DEFAULT"]


def _assert_iso(expected: rdflib.Graph, got: rdflib.Graph, what: str) -> None:
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(
            f"{what} differs:\nmissing {sorted(only_expected)[:5]}\nextra {sorted(only_got)[:5]}"
        )


def _reparse(data: bytes, fmt: str) -> list:
    parsed = ox.parse(data, format=_PARSE[fmt])
    return [
        q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in parsed
    ]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("with_ontology", [False, True])
def test_round_trip_is_isomorphic_and_deterministic(store, ontology, fmt, with_ontology):
    data = export_rdf(store, fmt, with_ontology=with_ontology, ontology_file=ontology)
    assert data == export_rdf(store, fmt, with_ontology=with_ontology, ontology_file=ontology)
    original = list(store.quads())
    if with_ontology:
        g = rdflib.Graph().parse(data=STAND_IN, format="turtle")
        original += [ox.Quad(*(_ox(t) for t in triple), ONTOLOGY_GRAPH) for triple in g]
    back = _reparse(data, fmt)
    if FORMATS[fmt].datasets:  # named graphs kept: compare graph by graph
        want, got = _graphs(original), _graphs(back)
        assert sorted(got) == sorted(want)
        for name in want:
            _assert_iso(want[name], got[name], f"{fmt} graph {name}")
    else:
        _assert_iso(_union(original), _union(back), fmt)


def _ox(term):
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    return (
        ox.Literal(str(term), language=term.language)
        if term.language
        else ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or rdflib.XSD.string)))
    )


def test_one_source_graph_only(store):
    data = export_rdf(store, "nquads", graph=resolve_graph(store, "second-source"))
    graphs = {q.graph_name for q in _reparse(data, "nquads")}
    assert graphs == {source_iri("second-source")}


def test_resolve_graph_accepts_key_iri_and_prefixed_name(store):
    iri = source_iri(SOURCE_KEY)
    assert resolve_graph(store, SOURCE_KEY) == iri
    assert resolve_graph(store, iri.value) == iri
    assert resolve_graph(store, f"id:source/{SOURCE_KEY}") == iri
    with pytest.raises(UsageError, match="no such source graph"):
        resolve_graph(store, "nowhere")


def test_turtle_is_pretty_and_accepted_by_rapper(store, tmp_path):
    data = export_rdf(store, "turtle")
    text = data.decode()
    assert text.startswith("@base <https://w3id.org/dispute-kg/id/> .\n@prefix dkg:")
    assert "<state/japan> a dkg:State ;" in text
    path = tmp_path / "kg.ttl"
    path.write_bytes(data)
    rapper = require_executable("rapper", "raptor2-utils")
    run = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    n = len(_union(list(store.quads())))
    assert f"returned {n} triples" in run.stderr


def test_turtle_and_jsonld_read_by_rdflib_too(store):
    union = _union(list(store.quads()))
    turtle = rdflib.Graph().parse(data=export_rdf(store, "turtle").decode(), format="turtle")
    _assert_iso(union, turtle, "turtle via rdflib")
    ds = rdflib.Dataset()
    ds.parse(data=export_rdf(store, "jsonld").decode(), format="json-ld")
    assert len(ds) == len(union)


def test_jsonld_uses_the_shipped_context(store):
    doc = json.loads(export_rdf(store, "jsonld"))
    shipped = json.loads((paths.ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == shipped["@context"] == jsonld_context()["@context"]
    names = {g["@id"] for g in doc["@graph"]}
    assert f"id:source/{SOURCE_KEY}" in names


def test_jsonld_reads_with_the_ontology_terms(store):
    doc = json.loads(export_rdf(store, "jsonld"))
    ctx = doc["@context"]
    assert ctx["claimant"] == {"@id": "dkg:claimant", "@type": "@id"}  # an object property
    assert ctx["Claim"] == "dkg:Claim" and ctx["confidence"] == "dkg:confidence"
    nodes = [n for g in doc["@graph"] for n in g.get("@graph", [g])]
    claims = [n for n in nodes if "Claim" in _types(n)]
    assert claims and all("claimant" in n and "territory" in n for n in claims)
    assert all(isinstance(n["claimant"], str) and n["claimant"].startswith("id:") for n in claims)
    keys = {k for n in nodes for k in n}
    assert not any(k.startswith(("dkg:", ONTOLOGY_IRI)) for k in keys)  # every dkg key a term


def _types(node: dict) -> list[str]:
    types = node.get("@type", [])
    return types if isinstance(types, list) else [types]


def test_jsonld_round_trips_to_the_turtle_graph(store):
    """Parsed back by rdflib, the JSON-LD (one graph a source) is the Turtle export's graph."""
    ds = rdflib.Dataset()
    ds.parse(data=export_rdf(store, "jsonld").decode(), format="json-ld")
    union = rdflib.Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    turtle = rdflib.Graph().parse(data=export_rdf(store, "turtle").decode(), format="turtle")
    _assert_iso(turtle, union, "JSON-LD read back by rdflib")


def test_the_context_is_generated_from_the_ontology(tmp_path):
    onto = tmp_path / "dispute.ttl"
    onto.write_text(STAND_IN + "dkg:lately a owl:DatatypeProperty .\n", encoding="utf-8")
    ctx = jsonld_context(onto)["@context"]
    assert ctx["Claim"] == "dkg:Claim" and ctx["lately"] == "dkg:lately"
    assert ctx["territory"] == {"@id": "dkg:territory", "@type": "@id"}
    assert "claimant" not in ctx  # not declared in this ontology: no term


def test_missing_ontology_file_is_a_clear_error(store, tmp_path):
    with pytest.raises(SourceError, match="ontology file is missing"):
        export_rdf(store, "turtle", with_ontology=True, ontology_file=tmp_path / "none.ttl")


def test_unknown_format(store):
    with pytest.raises(UsageError, match="choose one of"):
        export_rdf(store, "csv")


@pytest.mark.parametrize("fmt", ["trig", "jsonld"])
def test_round_trip_with_the_real_ontology(store, fmt):
    if not paths.ONTOLOGY_FILE.exists():
        pytest.skip(f"{paths.ONTOLOGY_FILE} not written yet")
    data = export_rdf(store, fmt, with_ontology=True)
    assert data == export_rdf(store, fmt, with_ontology=True)
    onto = rdflib.Graph().parse(paths.ONTOLOGY_FILE, format="turtle")
    got = _graphs(_reparse(data, fmt))
    _assert_iso(onto, got[f"<{ONTOLOGY_GRAPH.value}>"], "the ontology graph")
