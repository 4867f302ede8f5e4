"""Model objects -> RDF quads: the one module that writes the ontology's shape.

Every fact becomes a node of its own class (a claim, a provision, a meeting ...) with one property per
role, and an evidence node (a Web Annotation on the source) that says which sentence, which
characters and which rule. Binary relations also get their direct shortcut triple (``dkg:partOf``).
Which class, property and shortcut: the relation registry (``kg/relations/``); the how is here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad

from kg import gazetteer, iris
from kg.labels import fact_label, preferred_label
from kg.model import Entity, Extraction, Fact, Source
from kg.relations import RELATIONS, Role
from kg.vocab import DCTERMS, DKG, NIF, OA, ORG, PROV, RDF, RDFS, SKOS, XSD, term

#: Condition types, recognised from the condition's own words.
_CONDITION_TYPES = (
    ("ForeignTroopWithdrawal", re.compile(r"\btroops?\b|\bforces\b|\bmilitary\b|\bbases?\b", re.I)),
    ("PeaceTreatySignature", re.compile(r"\bpeace\s+(treaty|agreement|deal)\b", re.I)),
)

_LOW_CONFIDENCE = 0.5


def date_literal(value: str) -> Literal:
    """ISO date text as the narrowest XSD type that fits it (gYear, gYearMonth, date)."""
    if re.fullmatch(r"-?\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def condition_type(text: str) -> str:
    for name, pattern in _CONDITION_TYPES:
        if pattern.search(text):
            return name
    return "OtherCondition"


#: Terms built once: a NamedNode per use cost a fifth of mapping's time.
_TYPE, _LABEL, _PREF, _ALT = RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel
_DATE, _NON_NEG, _DECIMAL = DCTERMS.date, XSD.nonNegativeInteger, XSD.decimal
_OA_ANNOTATION, _OA_BODY = OA.Annotation, OA.hasBody
_BEGIN, _END, _ANCHOR, _DERIVED = NIF.beginIndex, NIF.endIndex, NIF.anchorOf, PROV.wasDerivedFrom
_TRUE = Literal(True)
_dkg = cache(DKG.__getitem__)
_term = cache(term)


def entity_quads(entity: Entity, graph: NamedNode) -> Iterator[Quad]:
    node = iris.entity_iri(entity)
    yield Quad(node, _TYPE, _dkg(entity.kind), graph)
    if entity.subtype:
        yield Quad(node, _TYPE, _dkg(entity.subtype), graph)
    name = preferred_label(entity)
    label = Literal(name, language="en")
    yield Quad(node, _LABEL, label, graph)
    yield Quad(node, _PREF, label, graph)
    for alias in sorted({*entity.aliases, entity.label} - {name}):
        yield Quad(node, _ALT, Literal(alias, language="en"), graph)
    if entity.date:
        yield Quad(node, _DATE, date_literal(entity.date), graph)


def source_quads(source: Source) -> Iterator[Quad]:
    node = graph = iris.source_iri(source.key)
    yield Quad(node, RDF.type, DKG.Source, graph)
    yield Quad(node, RDF.type, DKG[source.kind], graph)
    if source.title:
        yield Quad(node, DCTERMS.title, Literal(source.title), graph)
    if source.publisher:
        yield Quad(node, DCTERMS.publisher, Literal(source.publisher), graph)
    if source.dateline:
        yield Quad(node, DKG.dateline, Literal(source.dateline), graph)
    if source.published:
        yield Quad(node, DCTERMS.issued, date_literal(source.published), graph)
    if source.url:
        yield Quad(node, DCTERMS.source, NamedNode(source.url), graph)
    if source.path:
        yield Quad(node, DCTERMS.identifier, Literal(source.path), graph)


def _values(value: object) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def fact_quads(fact: Fact, graph: NamedNode, as_of: str | None = None) -> Iterator[Quad]:
    """The fact's node with its classes, its label (kg.labels), its roles, its shortcut and its
    evidence. Roles its
    relation does not declare are not written (``tests/test_relations.py`` holds the extractor to
    the registry)."""
    rel = RELATIONS[fact.rel]
    node = iris.fact_iri(fact)
    ev_node = iris.evidence_iri(fact, node)
    for cls in (rel.cls, "Fact", *rel.also_types):
        yield Quad(node, _TYPE, _term(cls), graph)
    yield Quad(node, _LABEL, Literal(fact_label(fact), language="en"), graph)
    if rel.also_if and isinstance(fact.args.get(rel.also_if[0]), Entity):
        yield Quad(node, _TYPE, _term(rel.also_if[1]), graph)
    for name, value in fact.args.items():
        role = rel.by_role.get(name)
        if role is not None:
            yield from _role_quads(node, fact, role, value, graph)
    if rel.as_of and as_of:
        yield Quad(node, _dkg("asOf"), date_literal(as_of), graph)
    if rel.shortcut and not fact.negated:
        s, o = fact.args.get(rel.shortcut.subject), fact.args.get(rel.shortcut.object)
        if isinstance(s, Entity) and isinstance(o, Entity):
            yield Quad(iris.entity_iri(s), _term(rel.shortcut.prop), iris.entity_iri(o), graph)
    if fact.negated:
        yield Quad(node, _dkg("negated"), _TRUE, graph)
    if fact.reported_by is not None:
        yield Quad(ev_node, _dkg("reportedBy"), iris.entity_iri(fact.reported_by), graph)
    yield from _evidence_quads(node, ev_node, fact, graph)


def _role_quads(
    node: NamedNode, fact: Fact, role: Role, value: object, graph: NamedNode
) -> Iterator[Quad]:
    if role.value == "date":
        yield Quad(node, _term(role.prop), date_literal(str(value)), graph)
    elif role.value == "condition":
        yield from _condition_quads(node, fact, _term(role.prop), str(value), graph)
    elif role.value == "office":
        if isinstance(value, str):
            yield from _office_quads(node, _term(role.prop), value, graph)
    else:
        for v in _values(value):
            if isinstance(v, Entity) and role.prop:
                entity = iris.entity_iri(v)
                yield Quad(node, _term(role.prop), entity, graph)
                if role.inverse:
                    yield Quad(entity, _term(role.inverse), node, graph)
            elif isinstance(v, str) and role.text_prop:
                yield Quad(node, _term(role.text_prop), Literal(v), graph)


def _office_quads(node: NamedNode, prop: NamedNode, office: str, graph: NamedNode):
    role_node = iris.role_iri(office)
    yield Quad(node, prop, role_node, graph)
    yield Quad(role_node, _TYPE, ORG.Role, graph)
    yield Quad(role_node, _LABEL, Literal(office.lower(), language="en"), graph)


def _condition_quads(node: NamedNode, fact: Fact, prop: NamedNode, text: str, graph: NamedNode):
    cond = iris.condition_iri(fact, text, node)
    yield Quad(node, prop, cond, graph)
    yield Quad(cond, _TYPE, _dkg("Condition"), graph)
    yield Quad(cond, _dkg("conditionType"), _dkg(condition_type(text)), graph)
    yield Quad(cond, _dkg("conditionText"), Literal(text), graph)


def _evidence_quads(node: NamedNode, ev_node: NamedNode, fact: Fact, graph: NamedNode):
    ev = fact.evidence
    source = iris.source_iri(ev.source)
    yield Quad(node, _dkg("evidence"), ev_node, graph)
    yield Quad(ev_node, _TYPE, _dkg("Evidence"), graph)
    yield Quad(ev_node, _TYPE, _OA_ANNOTATION, graph)
    yield Quad(ev_node, _OA_BODY, node, graph)
    yield Quad(ev_node, _dkg("inSource"), source, graph)
    # pyoxigraph 0.5 takes a typed literal's lexical form as text only
    yield Quad(ev_node, _BEGIN, Literal(str(ev.start), datatype=_NON_NEG), graph)
    yield Quad(ev_node, _END, Literal(str(ev.end), datatype=_NON_NEG), graph)
    yield Quad(ev_node, _ANCHOR, Literal(ev.text), graph)
    yield Quad(ev_node, _dkg("extractionRule"), Literal(ev.rule), graph)
    yield Quad(
        ev_node, _dkg("confidence"), Literal(f"{ev.confidence:.2f}", datatype=_DECIMAL), graph
    )
    yield Quad(ev_node, _DERIVED, source, graph)
    if ev.confidence < _LOW_CONFIDENCE:
        yield Quad(node, _dkg("lowConfidence"), _TRUE, graph)


def extraction_quads(extraction: Extraction, *, ordered: bool = True) -> list[Quad]:
    """All quads of one source, in its own named graph, without duplicates; sorted (as text) unless
    ``ordered`` is false. Output files need the order; a store is a set, and sorting by ``str``
    was a third of mapping's time, so ``kg build`` asks for none."""
    graph = iris.source_iri(extraction.source.key)
    quads: set[Quad] = set(source_quads(extraction.source))
    entities = list(_all_entities(extraction))
    for entity in entities:
        quads.update(entity_quads(entity, graph))
    quads.update(_succession_quads(entities, graph))
    for fact in extraction.facts:
        quads.update(fact_quads(fact, graph, extraction.source.published))
    return sorted(quads, key=str) if ordered else list(quads)


def _succession_quads(entities: list[Entity], graph: NamedNode) -> Iterator[Quad]:
    """``<Russia> dkg:successorOf <Soviet Union>`` between two states a source names, from the
    gazetteer: a state and its predecessor are one side, never rivals (queries/corroboration.rq)."""
    states = {e.key: e for e in entities if e.kind == "State"}
    if len(states) < 2:
        return
    gz = gazetteer.load()
    for key, state in sorted(states.items()):
        for predecessor in gz.predecessors(key):
            if predecessor in states:
                yield Quad(
                    iris.entity_iri(state),
                    DKG.successorOf,
                    iris.entity_iri(states[predecessor]),
                    graph,
                )


def _all_entities(extraction: Extraction) -> Iterable[Entity]:
    seen: dict[str, Entity] = {e.key: e for e in extraction.entities}
    for fact in extraction.facts:
        for value in fact.args.values():
            for v in _values(value):
                if isinstance(v, Entity):
                    seen.setdefault(v.key, v)
        if fact.reported_by is not None:
            seen.setdefault(fact.reported_by.key, fact.reported_by)
    return seen.values()
