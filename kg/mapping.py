"""Model objects -> RDF quads: the one module that knows the ontology's shape.

Every fact becomes a node of its own class (a claim, a provision, a meeting ...) with one property per
role, and an evidence node (a Web Annotation on the source) that says which sentence, which
characters and which rule. Binary relations also get their direct shortcut triple (``dkg:partOf``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad

from kg import iris
from kg.model import Entity, Extraction, Fact, Source
from kg.vocab import DCTERMS, DKG, NIF, OA, ORG, PROV, RDF, RDFS, SKOS, XSD

#: rel -> class of its fact node.
REL_CLASS = {
    "holdsRole": "OfficeHolding",
    "claims": "Claim",
    "controls": "ControlAssertion",
    "assertsSovereignty": "SovereigntyAssertion",
    "disputes": "Dispute",
    "partOf": "PartOfStatement",
    "promisesHandover": "HandoverProvision",
    "conditionedOn": "ConditionalProvision",
    "handedOverTo": "Handover",
    "withdrewObligation": "ObligationWithdrawal",
    "signed": "Signing",
    "issued": "Issuance",
    "meeting": "Meeting",
    "agreedTo": "AgreementReached",
    "oversees": "Oversight",
    "conducts": "Conduct",
    "statement": "Statement",
    "rejectsClaim": "ClaimRejection",
    "adheresTo": "Adherence",
    "successorOf": "Succession",
    "suspends": "Suspension",
    "protests": "Protest",
    "recognizes": "Recognition",
    "incorporates": "Incorporation",
    "obliges": "Obligation",
    "obstructs": "Obstruction",
}

#: role -> (property when the value is an entity, property when it is text).
ROLE_PROPERTY: dict[str, tuple[str | None, str | None]] = {
    "person": ("person", None),
    "claimant": ("claimant", None),
    "territory": ("territory", None),
    "state": ("state", None),
    "parties": ("party", None),
    "party": ("party", None),
    "participants": ("participant", None),
    "part": ("part", None),
    "whole": ("whole", None),
    "document": ("document", None),
    "from": ("fromState", None),
    "to": ("toState", None),
    "place": ("place", None),
    "speaker": ("speaker", None),
    "issuer": ("issuer", None),
    "against": ("against", None),
    "into": ("into", None),
    "predecessor": ("predecessor", None),
    "what": ("process", "whatText"),
    "reason": ("reason", "reasonText"),
    "obligation": (None, "obligationText"),
    "quote_start": (None, "words"),
    "subject": (None, "subjectText"),
    "as": (None, "status"),
    "action": (None, "action"),
}

#: Binary relations that also get a direct triple: rel -> (subject role, property, object role).
SHORTCUTS = {
    "partOf": ("part", "partOf", "whole"),
    "successorOf": ("state", "successorOf", "predecessor"),
    "oversees": ("person", "oversees", "what"),
    "conducts": ("person", "conducts", "what"),
}

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


def entity_quads(entity: Entity, graph: NamedNode) -> Iterator[Quad]:
    node = iris.entity_iri(entity)
    yield Quad(node, _TYPE, _dkg(entity.kind), graph)
    if entity.subtype:
        yield Quad(node, _TYPE, _dkg(entity.subtype), graph)
    label = Literal(entity.label, language="en")
    yield Quad(node, _LABEL, label, graph)
    yield Quad(node, _PREF, label, graph)
    for alias in sorted(set(entity.aliases) - {entity.label}):
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
    node = iris.fact_iri(fact)
    ev_node = iris.evidence_iri(fact, node)
    yield Quad(node, _TYPE, _dkg(REL_CLASS[fact.rel]), graph)
    yield Quad(node, _TYPE, _dkg("Fact"), graph)
    if fact.rel == "conditionedOn" and isinstance(fact.args.get("territory"), Entity):
        yield Quad(node, _TYPE, _dkg("HandoverProvision"), graph)  # "... handed over only if ..."
    if fact.rel == "holdsRole":
        yield from _office_quads(node, fact, graph, as_of)
    for role, value in sorted(fact.args.items()):
        if fact.rel == "holdsRole" and role in ("person", "role", "of"):
            continue
        if role == "condition":
            yield from _condition_quads(node, fact, str(value), graph)
            continue
        if role == "date":
            yield Quad(node, _dkg("date"), date_literal(str(value)), graph)
            continue
        entity_prop, text_prop = ROLE_PROPERTY.get(role, (None, None))
        for v in _values(value):
            if isinstance(v, Entity) and entity_prop:
                yield Quad(node, _dkg(entity_prop), iris.entity_iri(v), graph)
            elif isinstance(v, str) and text_prop:
                yield Quad(node, _dkg(text_prop), Literal(v), graph)
    if fact.rel in ("promisesHandover", "conditionedOn") and isinstance(
        fact.args.get("document"), Entity
    ):
        yield Quad(iris.entity_iri(fact.args["document"]), _dkg("hasProvision"), node, graph)
    if fact.rel in SHORTCUTS:
        s_role, prop, o_role = SHORTCUTS[fact.rel]
        s, o = fact.args.get(s_role), fact.args.get(o_role)
        if isinstance(s, Entity) and isinstance(o, Entity) and not fact.negated:
            yield Quad(iris.entity_iri(s), _dkg(prop), iris.entity_iri(o), graph)
    if fact.negated:
        yield Quad(node, _dkg("negated"), _TRUE, graph)
    if fact.reported_by is not None:
        yield Quad(ev_node, _dkg("reportedBy"), iris.entity_iri(fact.reported_by), graph)
    yield from _evidence_quads(node, ev_node, fact, graph)


def _office_quads(node: NamedNode, fact: Fact, graph: NamedNode, as_of: str | None):
    person, role, of = fact.args.get("person"), fact.args.get("role"), fact.args.get("of")
    yield Quad(node, _TYPE, ORG.Membership, graph)
    if isinstance(person, Entity):
        yield Quad(node, ORG.member, iris.entity_iri(person), graph)
    if isinstance(of, Entity):
        yield Quad(node, ORG.organization, iris.entity_iri(of), graph)
    if isinstance(role, str):
        role_node = iris.role_iri(role)
        yield Quad(node, ORG.role, role_node, graph)
        yield Quad(role_node, _TYPE, ORG.Role, graph)
        yield Quad(role_node, _LABEL, Literal(role.lower(), language="en"), graph)
    if as_of:
        yield Quad(node, _dkg("asOf"), date_literal(as_of), graph)


def _condition_quads(node: NamedNode, fact: Fact, text: str, graph: NamedNode):
    cond = iris.condition_iri(fact, text, node)
    yield Quad(node, _dkg("hasCondition"), cond, graph)
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
    yield Quad(ev_node, _dkg("confidence"), Literal(f"{ev.confidence:.2f}", datatype=_DECIMAL), graph)
    yield Quad(ev_node, _DERIVED, source, graph)
    if ev.confidence < _LOW_CONFIDENCE:
        yield Quad(node, _dkg("lowConfidence"), _TRUE, graph)


def extraction_quads(extraction: Extraction, *, ordered: bool = True) -> list[Quad]:
    """All quads of one source, in its own named graph, without duplicates; sorted (as text) unless
    ``ordered`` is false. Output files need the order; a store is a set, and sorting by ``str``
    was a third of mapping's time, so ``kg build`` asks for none."""
    graph = iris.source_iri(extraction.source.key)
    quads: set[Quad] = set(source_quads(extraction.source))
    for entity in _all_entities(extraction):
        quads.update(entity_quads(entity, graph))
    for fact in extraction.facts:
        quads.update(fact_quads(fact, graph, extraction.source.published))
    return sorted(quads, key=str) if ordered else list(quads)


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
