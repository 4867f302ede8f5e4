"""Materialised inference: subclass/subproperty closure, inverses and transitive part-of."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from _serve_support import KURILS, LESSER, SHIKOTAN, build_store, extractions
from click.testing import CliRunner
from conftest import require_module

from kg import infer, iris
from kg.errors import StoreError
from kg.paths import ONTOLOGY_FILE
from kg.vocab import DKG, OWL, RDF, RDFS

TERRITORIES = "SELECT ?t WHERE { ?t a dkg:Territory } ORDER BY ?t"
GROUP_FACTS = """SELECT ?group ?fact WHERE { ?group dkg:hasPart ?t . ?fact dkg:territory ?t }
ORDER BY ?fact"""


def _iri(entity) -> ox.NamedNode:
    return iris.entity_iri(entity)


@pytest.fixture
def store(tmp_path):
    return build_store(tmp_path / "store")


def _column(store, query: str, var: str, **subs) -> list[str]:
    return [r[var].value for r in store.query(query, subs or None)]


def test_territory_question_finds_islands_only_after_inference(store):
    assert _column(store, TERRITORIES, "t") == []
    infer.materialise(store)
    assert _column(store, TERRITORIES, "t") == sorted(
        [_iri(KURILS).value, _iri(LESSER).value, _iri(SHIKOTAN).value]
    )


def test_part_of_is_transitive_across_sources_with_its_inverse(store):
    infer.materialise(store)
    wholes = _column(
        store, "SELECT ?p ?w WHERE { ?p dkg:partOf ?w } ORDER BY ?w", "w", p=_iri(SHIKOTAN)
    )
    assert wholes == [_iri(KURILS).value, _iri(LESSER).value]
    parts = _column(
        store, "SELECT ?g ?p WHERE { ?g dkg:hasPart ?p } ORDER BY ?p", "p", g=_iri(KURILS)
    )
    assert parts == [_iri(SHIKOTAN).value, _iri(LESSER).value]


def test_group_question_finds_facts_about_its_islands(store):
    assert _column(store, GROUP_FACTS, "fact", group=_iri(KURILS)) == []
    infer.materialise(store)
    facts = _column(store, GROUP_FACTS, "fact", group=_iri(KURILS))
    handover = next(f for f in extractions()[0].facts if f.rel == "promisesHandover")
    assert facts == [iris.fact_iri(handover).value]


def test_inverse_of_succession(store):
    infer.materialise(store)
    ussr, russia = (iris.ID + "state/soviet-union", iris.ID + "state/russia")
    assert bool(store.query(f"ASK {{ <{ussr}> dkg:predecessorOf <{russia}> }}"))


def test_inferred_graph_holds_only_new_triples_and_is_replaced(store, tmp_path):
    count = infer.materialise(store)
    first = set(store.quads(infer.INFERRED_GRAPH))
    assert count == len(first) > 0
    asserted = {
        (q.subject, q.predicate, q.object)
        for q in store.quads()
        if q.graph_name != infer.INFERRED_GRAPH
    }
    assert not {(q.subject, q.predicate, q.object) for q in first} & asserted
    assert infer.materialise(store) == count and set(store.quads(infer.INFERRED_GRAPH)) == first
    # Remove the source that says the Lesser Kurils are part of the Kurils: the chain goes too.
    store.drop_graph(iris.source_iri("test-b"))
    infer.materialise(store)
    assert not bool(store.query(f"ASK {{ {_iri(SHIKOTAN)} dkg:partOf {_iri(KURILS)} }}"))


def test_drop_leaves_the_data(store):
    before = len(store)
    infer.materialise(store)
    assert len(store) > before
    infer.drop(store)
    assert len(store) == before and infer.INFERRED_GRAPH not in store.graphs()


def test_rules_from_a_hand_made_tbox():
    ex = "http://example.org/"
    tbox = infer.TBox(
        sub_class={(ex + "A", ex + "B"), (ex + "B", ex + "C")},
        sub_property={(ex + "p", ex + "q")},
        inverse={(ex + "q", ex + "r")},
        symmetric={ex + "s"},
    )
    assert infer.class_closure(tbox) == {
        (ex + "A", ex + "B"),
        (ex + "B", ex + "C"),
        (ex + "A", ex + "C"),
    }
    forward, backward = infer.property_implications(tbox)
    assert forward == {(ex + "p", ex + "q")}
    assert backward == {
        (ex + "p", ex + "r"),
        (ex + "q", ex + "r"),
        (ex + "r", ex + "q"),
        (ex + "s", ex + "s"),
    }


def test_agrees_with_owlrl_on_the_test_data(store):
    """The SPARQL rules entail what owlrl's OWL 2 RL closure entails, for the rules they share."""
    owlrl = require_module("owlrl", "owlrl (a pyshacl dependency)")
    infer.materialise(store)
    graph = rdflib.Graph()
    graph.parse(ONTOLOGY_FILE)
    for q in store.quads():
        if q.graph_name != infer.INFERRED_GRAPH:
            graph.add(tuple(_to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    tbox = infer.load_tbox()
    props = {p for pair in tbox.sub_property | tbox.inverse for p in pair} | tbox.transitive
    classes = {c for pair in tbox.sub_class for c in pair}
    ours = {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in [*store.quads(), *store.quads(infer.INFERRED_GRAPH)]  # the sources' and inferred
        if isinstance(q.object, ox.NamedNode | ox.BlankNode)
    }

    def shared(triples):
        return {
            (s, p, o)
            for s, p, o in triples
            if s.startswith(iris.ID) and (p in props or (p == RDF.type.value and o in classes))
        }

    theirs = {(str(s), str(p), str(o)) for s, p, o in graph if isinstance(o, rdflib.URIRef)}
    # owlrl also applies rdfs:domain/range typing, which we leave out on purpose (see kg.infer).
    missing = shared(theirs) - shared(ours)
    typed_by_range = {t for t in missing if t[1] == RDF.type.value}
    assert missing - typed_by_range == set()
    assert shared(ours) <= shared(theirs)


def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    return rdflib.Literal(
        term.value,
        lang=term.language,
        datatype=None if term.language else rdflib.URIRef(term.datatype.value),
    )


def test_cli_infer_and_drop(tmp_path):
    from kg.cli import main

    path = str(tmp_path / "store")
    build_store(tmp_path / "store")  # closed again when dropped: the CLI opens it itself
    runner = CliRunner()
    result = runner.invoke(main, ["infer", "--store", path])
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"inferred triples in {infer.INFERRED_GRAPH.value}\n")
    assert int(result.output.split()[0]) > 0
    result = runner.invoke(main, ["infer", "--store", path, "--drop"])
    assert result.exit_code == 0 and result.output == f"dropped {infer.INFERRED_GRAPH.value}\n"


def test_vocab_terms_used_by_the_tests_are_in_the_ontology():
    tbox = infer.load_tbox()
    assert (DKG.Island.value, DKG.Territory.value) in tbox.sub_class
    assert DKG.partOf.value in tbox.transitive
    assert {
        (DKG.partOf.value, DKG.hasPart.value),
        (DKG.hasPart.value, DKG.partOf.value),
    } & tbox.inverse
    assert OWL.TransitiveProperty and RDFS.subClassOf  # the namespaces the rules read


def test_a_store_without_update_graph_is_refused_in_one_line():
    """A remote store cannot run the inference update in one transaction: a KgError (one line in
    the CLI) names the store, rather than an AttributeError from deep inside."""

    class _Remote:  # what kg.stores.remote.RemoteStore offers: no update_graph
        def describe(self) -> str:
            return "Virtuoso at http://localhost:8890/sparql"

    with pytest.raises(StoreError, match=r"^Virtuoso at http://localhost:8890/sparql: .*embedded"):
        infer.materialise(_Remote())
