"""Namespaces and the ontology's terms, strict: a misspelt term is an error, not a new IRI.

``tests/test_ontology.py`` checks that the terms listed here are exactly those declared in
``ontology/dispute.ttl``; ``tests/test_ontology_written.py`` that the mapper writes each one that is
not deprecated, inferred or structural.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from kg import relations

BASE = "https://w3id.org/dispute-kg/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"
#: The graph ``kg infer`` writes: derived from the sources, never one of them (kg.infer).
INFERRED_GRAPH = NamedNode(ID + "graph/inferred")
#: The graph ``kg build`` logs its runs in (prov:Activity each, kg.builds): about the store, not
#: a source, so never exported, validated or copied into the union default graph.
BUILDS_GRAPH = NamedNode(ID + "graph/builds")
#: Named graphs that are not sources.
NOT_SOURCES = frozenset({INFERRED_GRAPH, BUILDS_GRAPH})
#: A SPARQL filter that keeps ``?g`` to the sources' graphs.
SOURCES_ONLY = f"FILTER(?g NOT IN ({', '.join(sorted(map(str, NOT_SOURCES)))}))"


class Namespace:
    """An IRI prefix whose attributes are terms; with ``terms`` given, only those are allowed."""

    def __init__(self, iri: str, terms: str | None = None) -> None:
        self._iri = iri
        self._terms = frozenset(terms.split()) if terms else None

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> NamedNode:
        if self._terms is not None and name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of <{self._iri}>")
        return NamedNode(self._iri + name)

    def __str__(self) -> str:
        return self._iri

    @property
    def terms(self) -> frozenset[str]:
        return self._terms or frozenset()


# Classes and properties of the dispute ontology. Keep in step with ontology/dispute.ttl. The fact
# classes and role properties come from the relation registry (kg/relations/).
DKG = Namespace(
    ONTOLOGY,
    """
    State Person Territory Island IslandGroup City Organization Place
    Document Treaty JointDeclaration Memorandum Agreement Resolution Ruling Process Negotiation
    Source Article Table Evidence
    Fact Provision Condition ConditionType conditionTypes Event
    PeaceTreatySignature ForeignTroopWithdrawal OtherCondition
    hasPart predecessorOf conditionType conditionText what processText quoteStart occasion
    occasionText asOf provisionOf
    evidence inSource extractionRule confidence lowConfidence negated reportedBy
    dateline sourceKind nearDuplicateOf minHash
    Build buildNumber addedSource replacedSource removedSource unchangedSource unfinishedLoad
    """
    + " ".join(sorted(relations.dkg_terms())),
)

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
TIME = Namespace("http://www.w3.org/2006/time#")
OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Prefixes used in exports, queries and the query page.
PREFIXES: dict[str, str] = {
    "dkg": ONTOLOGY,
    "id": ID,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "time": str(TIME),
    "oa": str(OA),
    "nif": str(NIF),
    "foaf": str(FOAF),
}


def term(name: str) -> NamedNode:
    """A term as the relation registry writes it: 'claimant' (dkg:) or a prefixed name 'org:member'."""
    prefix, _, local = name.rpartition(":")
    return NamedNode(PREFIXES[prefix] + local) if prefix else DKG[local]


def sparql_prologue() -> str:
    """PREFIX lines for every project prefix, to prepend to ad-hoc queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
