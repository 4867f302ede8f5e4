"""The SHACL shapes: they pass on what the mapper writes and catch each kind of broken graph with a
message that says what is wrong, on the right node and property."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
import rdflib
from _all_relations import JAPAN, KONO, SHIKOTAN, SOURCE_KEY, UN, quads, store
from helpers import triples_graph
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, SH, SKOS

from kg import iris
from kg.paths import SHAPES_FILE
from kg.validate import ValidationResult, short_name, store_graph, validate_graph
from kg.vocab import DKG, NIF, ONTOLOGY, ORG

#: The graph a store holds (through Oxigraph, which keeps offsets as xsd:integer).
_STORED = store_graph(store())


def _u(node: ox.NamedNode) -> URIRef:
    return URIRef(node.value)


def _mapped() -> rdflib.Graph:
    """The mapper's own output (offsets as xsd:nonNegativeInteger)."""
    return triples_graph(quads())


def _broken(change: Callable[[rdflib.Graph], None]) -> list[ValidationResult]:
    graph = rdflib.Graph()
    for triple in _STORED:
        graph.add(triple)
    change(graph)
    report = validate_graph(graph)
    assert not report.conforms
    return report.results


def _one(graph: rdflib.Graph, cls: str) -> URIRef:
    return sorted(graph.subjects(RDF.type, _u(DKG[cls])))[0]


def _evidence(graph: rdflib.Graph) -> URIRef:
    return _one(graph, "Evidence")


# -- the shapes file -------------------------------------------------------------------------------


def test_shapes_use_only_declared_terms():
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    used = {
        str(t)[len(ONTOLOGY) :]
        for triple in shapes
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY)
    }
    assert used and used <= DKG.terms, used - DKG.terms


def test_every_property_shape_has_a_message():
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    property_shapes = set(shapes.objects(None, SH.property))
    assert len(property_shapes) > 60
    silent = [shape for shape in property_shapes if shapes.value(shape, SH.message) is None]
    assert silent == []


# -- good graphs -----------------------------------------------------------------------------------


def test_the_mappers_output_conforms():
    report = validate_graph(_mapped())
    assert report.results == [] and report.conforms


def test_the_stored_graph_conforms():
    report = validate_graph(_STORED)
    assert report.results == [] and report.conforms


def test_an_island_is_a_territory_for_the_shapes():
    """Subclass axioms from the ontology reach the shapes: a claim on an Island is fine."""
    graph = rdflib.Graph()
    for triple in _STORED:
        graph.add(triple)
    graph.set((_one(graph, "Claim"), _u(DKG.territory), _u(iris.entity_iri(SHIKOTAN))))
    assert validate_graph(graph).conforms


def test_offsets_are_compared_as_numbers():
    graph = rdflib.Graph()
    for triple in _STORED:
        graph.add(triple)
    ev = _evidence(graph)
    graph.set((ev, _u(NIF.beginIndex), Literal(9)))
    graph.set((ev, _u(NIF.endIndex), Literal(10)))
    assert validate_graph(graph).conforms


# -- broken graphs ---------------------------------------------------------------------------------


def test_a_fact_without_evidence():
    claim = _one(_STORED, "Claim")
    results = _broken(lambda g: g.remove((claim, _u(DKG.evidence), None)))
    assert [(r.focus, r.path, r.message) for r in results] == [
        (
            short_name(claim),
            "dkg:evidence",
            "a fact needs at least one dkg:evidence (the source span it was read in)",
        )
    ]


def test_a_fact_without_its_words():
    claim = _one(_STORED, "Claim")
    results = _broken(lambda g: g.remove((claim, RDFS.label, None)))
    assert [(r.focus, r.path, r.message) for r in results] == [
        (
            short_name(claim),
            "rdfs:label",
            "a fact needs an rdfs:label: its words, which every view shows (rebuild an older store)",
        )
    ]


def test_an_evidence_that_begins_after_it_ends():
    ev = _evidence(_STORED)

    def change(g):
        g.set((ev, _u(NIF.beginIndex), Literal(50)))
        g.set((ev, _u(NIF.endIndex), Literal(9)))

    [result] = _broken(change)
    assert (result.focus, result.path) == (short_name(ev), "nif:beginIndex")
    assert result.message == "the evidence's nif:beginIndex is after its nif:endIndex"
    assert result.value == '"50"^^xsd:integer'


def test_a_negative_offset():
    ev = _evidence(_STORED)
    [result] = _broken(lambda g: g.set((ev, _u(NIF.beginIndex), Literal(-1))))
    assert result.path == "nif:beginIndex" and "non-negative integer" in result.message


def test_a_claim_without_claimant():
    claim = _one(_STORED, "Claim")
    [result] = _broken(lambda g: g.remove((claim, _u(DKG.claimant), None)))
    assert (result.focus, result.path, result.message) == (
        short_name(claim),
        "dkg:claimant",
        "a claim needs a claimant (dkg:claimant)",
    )


def _claimed_by(graph: rdflib.Graph, who: URIRef) -> None:
    graph.set((_one(graph, "Claim"), _u(DKG.claimant), who))


def test_a_claim_by_an_organisation_conforms():
    """A movement or a regional body claims land too ("the Polisario Front claims Western
    Sahara"): the claimant is an org:Organization, of which a state is one kind."""
    graph = rdflib.Graph()
    for triple in _STORED:
        graph.add(triple)
    _claimed_by(graph, _u(iris.entity_iri(UN)))
    assert validate_graph(graph).conforms


@pytest.mark.parametrize("who", [KONO, SHIKOTAN], ids=["person", "territory"])
def test_a_claim_by_neither_a_state_nor_an_organisation(who):
    claim = _one(_STORED, "Claim")
    [result] = _broken(lambda g: _claimed_by(g, _u(iris.entity_iri(who))))
    assert (result.focus, result.path) == (short_name(claim), "dkg:claimant")
    assert (
        result.message == "dkg:claimant must point to a state or an organisation (org:Organization)"
    )


def test_a_handover_provision_to_a_person():
    provision = _one(_STORED, "HandoverProvision")
    kono = _u(iris.entity_iri(KONO))
    [result] = _broken(lambda g: g.set((provision, _u(DKG.toState), kono)))
    assert (result.focus, result.path, result.value) == (
        short_name(provision),
        "dkg:toState",
        "id:person/taro-kono",
    )
    assert result.message == "dkg:toState must point to a state (dkg:State)"


def test_a_confidence_above_one():
    ev = _evidence(_STORED)
    [result] = _broken(
        lambda g: g.set((ev, _u(DKG.confidence), Literal("1.5", datatype=rdflib.XSD.decimal)))
    )
    assert (result.focus, result.path, result.message) == (
        short_name(ev),
        "dkg:confidence",
        "dkg:confidence must be between 0 and 1",
    )


def test_an_entity_without_a_preferred_label():
    japan = _u(iris.entity_iri(JAPAN))
    [result] = _broken(lambda g: g.remove((japan, SKOS.prefLabel, None)))
    assert (result.focus, result.path, result.message) == (
        "id:state/japan",
        "skos:prefLabel",
        "an entity needs exactly one skos:prefLabel",
    )


def test_an_entity_with_two_preferred_labels():
    japan = _u(iris.entity_iri(JAPAN))
    [result] = _broken(lambda g: g.add((japan, SKOS.prefLabel, Literal("Nippon", lang="en"))))
    assert result.path == "skos:prefLabel" and result.focus == "id:state/japan"


_CASES = [
    (
        "a free-text date",
        lambda g: g.set((_one(g, "Meeting"), _u(DKG.date), Literal("February"))),
        "dkg:date",
        "dkg:date must be one xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    (
        "a condition type outside the scheme",
        lambda g: g.set((_one(g, "Condition"), _u(DKG.conditionType), _u(DKG.Claim))),
        "dkg:conditionType",
        "dkg:conditionType must be a concept of the dkg:conditionTypes scheme",
    ),
    (
        "a condition without words",
        lambda g: g.remove((_one(g, "Condition"), _u(DKG.conditionText), None)),
        "dkg:conditionText",
        "a condition needs exactly one dkg:conditionText",
    ),
    (
        "a meeting without participants",
        lambda g: g.remove((_one(g, "Meeting"), _u(DKG.participant), None)),
        "dkg:participant",
        "a meeting needs a participant",
    ),
    (
        "a statement without words",
        lambda g: g.remove((_one(g, "Statement"), _u(DKG.words), None)),
        "dkg:words",
        "a statement needs the words said",
    ),
    (
        "an office holding without its office as worded",
        lambda g: g.remove((_one(g, "OfficeHolding"), _u(DKG.roleText), None)),
        "dkg:roleText",
        "an office holding needs exactly one dkg:roleText (its office as worded)",
    ),
    (
        "an office held by a state",
        lambda g: g.set((_one(g, "OfficeHolding"), _u(ORG.member), _u(iris.entity_iri(JAPAN)))),
        "org:member",
        "org:member must point to a person (dkg:Person)",
    ),
    (
        "an evidence with no source",
        lambda g: g.remove((_evidence(g), _u(DKG.inSource), None)),
        "dkg:inSource",
        "an evidence needs exactly one dkg:inSource",
    ),
    (
        "a provision no document points to",
        lambda g: g.remove((None, _u(DKG.hasProvision), _one(g, "HandoverProvision"))),
        "^dkg:hasProvision",
        "a provision must be linked from its document",
    ),
    (
        "an empty extraction rule",
        lambda g: g.set((_evidence(g), _u(DKG.extractionRule), Literal(""))),
        "dkg:extractionRule",
        "dkg:extractionRule must be a non-empty xsd:string",
    ),
]


@pytest.mark.parametrize(("what", "change", "path", "message"), _CASES, ids=[c[0] for c in _CASES])
def test_other_broken_graphs(what, change, path, message):
    results = _broken(change)
    assert any(r.path == path and r.message.startswith(message) for r in results), results


def test_an_article_without_a_title_is_a_warning():
    """A news item may have no headline; the queries read titles as OPTIONAL."""
    graph = rdflib.Graph()
    for triple in _STORED:
        graph.add(triple)
    graph.remove((_u(iris.source_iri(SOURCE_KEY)), DCTERMS.title, None))
    report = validate_graph(graph)
    assert report.conforms
    assert [(r.path, r.severity) for r in report.results] == [("dcterms:title", "Warning")]


def test_a_source_that_is_neither_article_nor_table():
    source = _u(iris.source_iri(SOURCE_KEY))
    results = _broken(lambda g: g.remove((source, RDF.type, _u(DKG.Article))))
    assert ("id:source/" + SOURCE_KEY, "", "a source must be a dkg:Article or a dkg:Table") in [
        (r.focus, r.path, r.message) for r in results
    ]


def test_an_office_without_a_label():
    role = next(_STORED.subjects(RDF.type, _u(ORG.Role)))
    [result] = _broken(lambda g: g.remove((role, RDFS.label, None)))
    assert result.message == "an office (org:Role) needs an rdfs:label"
