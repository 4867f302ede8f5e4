"""Every term of the ontology that is not deprecated is written by the mapper, or said why not.

A term declared (and shaped) but never written promises users something the graph never holds. The
fixtures here are what the mapper writes: one fact of every relation and role (tests/_all_relations),
and the real ``kg build`` of the first article, a re-headlined copy of it (a near-duplicate) and a
BorderLines table. A term missing from all of them must be ``owl:deprecated true`` in
ontology/dispute.ttl or listed below as inferred (and ``kg infer`` must then derive it) or
structural, with the reason.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from _all_relations import quads
from first_article import ARTICLE, TITLE
from rdflib import OWL, RDF

from kg import infer
from kg.engines import local
from kg.mapping import condition_type
from kg.paths import BORDERLINES_DIR, ONTOLOGY_FILE
from kg.stores.embedded import Store
from kg.vocab import DKG, ONTOLOGY

#: Terms the mapper leaves to ``kg infer`` (kg.infer derives them from the ontology's axioms).
INFERRED = {
    "hasPart": "the inverse of dkg:partOf, which the mapper writes",
    "predecessorOf": "the inverse of dkg:successorOf, which the mapper writes",
    "provisionOf": "the inverse of dkg:hasProvision, which the mapper writes",
    "what": "the super-property of dkg:process: the mapper writes the narrower term",
    "Event": "the superclass of Meeting, Signing, Handover ...: facts are typed with the narrower class",
    "Provision": "the superclass of HandoverProvision and ConditionalProvision",
    "Site": "the range of dkg:place, the union of prov:Location and dkg:State: places and states are "
    "typed with the narrower class",
}
#: Terms that are part of the ontology's own structure, not of the data.
STRUCTURAL = {
    "ConditionType": "the class of the condition-type concepts, which the ontology itself declares",
    "conditionTypes": "the SKOS scheme of the condition types, declared in the ontology itself",
    "OtherCondition": "the condition type of a condition no pattern of kg.mapping knows; no fixture "
    "has one, so test_other_condition_is_what_an_unknown_condition_gets checks it",
    **{
        term: "the build log's, which `kg build` writes (kg/builds.py) beside the sources, not the mapper; "
        "tests/test_changes.py checks it"
        for term in (
            "Build",
            "buildNumber",
            "addedSource",
            "replacedSource",
            "unchangedSource",
            "removedSource",
        )
    },
    "unfinishedLoad": "the mark `kg load` keeps in the build log while it writes a big file in "
    "steps (kg/stores/unfinished.py); tests/test_load_atomic.py checks it",
}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    folder = tmp_path_factory.mktemp("sources")
    copy = folder / "copy.txt"
    copy.write_text(ARTICLE.read_text(encoding="utf-8").replace(TITLE, "Copy: " + TITLE))
    table = BORDERLINES_DIR / "disputed_territories_2021-08.csv"
    s = Store(None)
    s.replace_graph(ox.NamedNode("urn:x-test:all-relations"), quads())
    local.build([ARTICLE, copy, table], s)
    return s


def _written(store: Store) -> set[str]:
    """The ontology terms the store uses as a predicate or as an IRI object (classes, concepts)."""
    found = store.query(
        "SELECT DISTINCT ?t WHERE { GRAPH ?g { { ?s ?t ?o } UNION { ?s ?p ?t FILTER isIRI(?t) } } }"
    )
    return {row["t"].value[len(ONTOLOGY) :] for row in found if row["t"].value.startswith(ONTOLOGY)}


def _live_terms(ontology: rdflib.Graph) -> set[str]:
    deprecated = set(ontology.subjects(OWL.deprecated, rdflib.Literal(True)))
    return {name for name in DKG.terms if rdflib.URIRef(DKG[name].value) not in deprecated}


def test_every_live_term_is_written_or_explained(ontology, store):
    missing = _live_terms(ontology) - _written(store) - set(INFERRED) - set(STRUCTURAL)
    assert not missing, (
        f"declared but never written: {sorted(missing)}; write them in kg.mapping, or mark them "
        "owl:deprecated true in ontology/dispute.ttl, or list them here with the reason"
    )


def test_the_lists_hold_only_live_terms_that_the_mapper_does_not_write(ontology, store):
    listed = set(INFERRED) | set(STRUCTURAL)
    assert listed <= _live_terms(ontology), "a listed term is deprecated or not in the ontology"
    assert not listed & _written(store), "a listed term is written after all: take it off the list"


def test_the_inferred_terms_are_inferred(store):
    infer.materialise(store)
    assert set(INFERRED) <= _written(store)


def test_the_deprecated_terms_are_marked_and_say_why(ontology):
    for term in ontology.subjects(OWL.deprecated, rdflib.Literal(True)):
        assert ontology.value(term, rdflib.RDFS.comment), f"{term} is deprecated without a comment"
        assert set(ontology.objects(term, RDF.type)) & {
            OWL.Class,
            OWL.ObjectProperty,
            OWL.DatatypeProperty,
        }, term


def test_other_condition_is_what_an_unknown_condition_gets():
    assert condition_type("the weather permitted it") == "OtherCondition"
    assert condition_type("all foreign troops were pulled out") == "ForeignTroopWithdrawal"
