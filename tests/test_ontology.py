"""The ontology: it parses, declares every term the code and the data use, and is consistent under
a real OWL 2 reasoner (HermiT, through owlready2), alone and with a graph the mapper wrote."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from _all_relations import KONO, quads
from conftest import require_executable, require_module
from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg import iris
from kg.paths import ONTOLOGY_FILE
from kg.relations import RELATIONS
from kg.vocab import DKG, ONTOLOGY

ONTOLOGY_IRI = URIRef("https://w3id.org/dispute-kg/ontology")
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
DECLARATIONS = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
}
#: Terms every RDF/OWL tool knows without a declaration.
BUILT_IN = {RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def data() -> rdflib.Graph:
    """A graph with one fact of every relation, written by the real mapper."""
    graph = rdflib.Graph()
    graph.parse(
        data=ox.serialize([q.triple for q in quads()], format=ox.RdfFormat.N_TRIPLES), format="nt"
    )
    return graph


def _declared(ontology: rdflib.Graph, kinds=DECLARATIONS) -> set[URIRef]:
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}


def _local(term: URIRef) -> str:
    return str(term)[len(ONTOLOGY) :]


# -- the file --------------------------------------------------------------------------------------


def test_ontology_parses_with_pyoxigraph_too(ontology):
    triples = list(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(ontology) > 500


def test_header_names_the_ontology_its_version_prefix_and_changes(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (
        DCTERMS.title,
        DCTERMS.description,
        OWL.versionIRI,
        VANN.preferredNamespacePrefix,
        DCTERMS.created,
        DCTERMS.modified,
        SKOS.changeNote,
    ):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "dkg"
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionIRI)).startswith(str(ONTOLOGY_IRI) + "/")


def test_every_vocab_term_is_declared_with_label_definition_and_defined_by(ontology):
    for name in sorted(DKG.terms):
        term = URIRef(DKG[name].value)
        assert set(ontology.objects(term, RDF.type)) & DECLARATIONS, f"dkg:{name} not declared"
        labels = list(ontology.objects(term, RDFS.label))
        definitions = list(ontology.objects(term, SKOS.definition))
        assert [lab.language for lab in labels] == ["en"], f"dkg:{name} needs one @en label"
        assert [d.language for d in definitions] == ["en"], f"dkg:{name} needs one @en definition"
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, f"dkg:{name}"


def test_the_ontology_namespace_holds_exactly_the_vocab_terms(ontology):
    used = {
        t
        for triple in ontology
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY)
    }
    declared = {t for t in _declared(ontology) if str(t).startswith(ONTOLOGY)}
    assert used - declared == set(), "used in the ontology but not declared"
    assert {_local(t) for t in declared} == set(DKG.terms)


def test_no_iri_is_declared_as_two_kinds_of_term(ontology):
    """OWL 2 DL: a class is not also a property, an individual is not also a class."""
    kinds = [
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.NamedIndividual,
    ]
    for i, a in enumerate(kinds):
        for b in kinds[i + 1 :]:
            both = set(ontology.subjects(RDF.type, a)) & set(ontology.subjects(RDF.type, b))
            assert not both, f"declared both {a} and {b}: {both}"


def test_claim_control_and_sovereignty_are_disjoint(ontology):
    wanted = {URIRef(DKG[c].value) for c in ("Claim", "ControlAssertion", "SovereigntyAssertion")}
    groups = [
        set(rdflib.collection.Collection(ontology, members))
        for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in ontology.objects(node, OWL.members)
    ]
    assert wanted in groups


def test_reused_terms_keep_their_standard_superclasses(ontology):
    def sub(a, b):
        return (URIRef(DKG[a].value), RDFS.subClassOf, b) in ontology

    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    assert sub("State", org.FormalOrganization)
    assert sub("Person", rdflib.FOAF.Person) and sub("Person", prov.Person)
    assert sub("OfficeHolding", org.Membership) and sub("Evidence", oa.Annotation)
    assert sub("Event", prov.Activity) and sub("Document", prov.Entity)
    assert (URIRef(DKG.inSource.value), RDFS.subPropertyOf, prov.wasDerivedFrom) in ontology
    assert (URIRef(DKG.partOf.value), RDF.type, OWL.TransitiveProperty) in ontology
    assert (
        URIRef(DKG.successorOf.value),
        OWL.inverseOf,
        URIRef(DKG.predecessorOf.value),
    ) in ontology


# -- the data the mapper writes --------------------------------------------------------------------


def test_every_predicate_and_class_the_data_uses_is_declared(ontology, data):
    declared = _declared(ontology) | BUILT_IN
    predicates = set(data.predicates())
    classes = set(data.objects(None, RDF.type))
    assert predicates - declared == set()
    assert classes - _declared(ontology, {OWL.Class}) == set()
    fact_classes = {URIRef(DKG[rel.cls].value) for rel in RELATIONS.values()}
    assert fact_classes <= classes, "the fixture must produce every fact class"


def test_properties_are_object_or_datatype_properties_as_the_mapper_uses_them(ontology, data):
    object_props = _declared(ontology, {OWL.ObjectProperty})
    datatype_props = _declared(ontology, {OWL.DatatypeProperty, OWL.AnnotationProperty})
    for _s, p, o in data:
        if p in BUILT_IN:
            continue
        if isinstance(o, rdflib.Literal):
            assert p in datatype_props, f"{p} has literal values but is not a datatype property"
        else:
            assert p in object_props | _declared(ontology, {OWL.AnnotationProperty}), (
                f"{p} has IRI values but is not an object property"
            )


def test_every_fact_class_is_a_fact(ontology):
    fact = URIRef(DKG.Fact.value)
    for rel in RELATIONS.values():
        supers = set(ontology.transitive_objects(URIRef(DKG[rel.cls].value), RDFS.subClassOf))
        assert fact in supers, f"dkg:{rel.cls} is not a dkg:Fact"


# -- a real reasoner -------------------------------------------------------------------------------


def _hermit(graph: rdflib.Graph, tmp_path: Path, *, data: bool = True):
    """Load ``graph`` into a fresh owlready2 world and run HermiT on it; returns the world.

    Data carries xsd:date and xsd:gYear, which are outside the OWL 2 datatype map, so HermiT is
    told to skip them there; the ontology alone must not need that.
    """
    require_executable("java", "default-jre-headless")
    owlready2 = require_module("owlready2", "owlready2")
    path = tmp_path / "graph.owl"
    graph.serialize(path, format="xml")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=data)
    return world


def test_hermit_finds_the_ontology_consistent_with_no_unsatisfiable_class(ontology, tmp_path):
    world = _hermit(ontology, tmp_path, data=False)
    assert list(world.inconsistent_classes()) == []


def test_hermit_finds_the_ontology_plus_mapped_data_consistent(ontology, data, tmp_path):
    world = _hermit(ontology + data, tmp_path)
    assert list(world.inconsistent_classes()) == []


@pytest.mark.parametrize(
    "bad",
    ["a claim that is also a control assertion", "a person given as the receiving state"],
)
def test_hermit_finds_data_against_the_axioms_inconsistent(ontology, data, tmp_path, bad):
    """The axioms have teeth: disjoint claim/control, and toState's range State vs Person."""
    owlready2 = require_module("owlready2", "owlready2")
    graph = ontology + data
    if bad.startswith("a claim"):
        claim = next(graph.subjects(RDF.type, URIRef(DKG.Claim.value)))
        graph.add((claim, RDF.type, URIRef(DKG.ControlAssertion.value)))
    else:
        provision = next(graph.subjects(RDF.type, URIRef(DKG.HandoverProvision.value)))
        graph.set((provision, URIRef(DKG.toState.value), URIRef(iris.entity_iri(KONO).value)))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(graph, tmp_path)
