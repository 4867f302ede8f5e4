"""The store as an entity graph (networkx MultiDiGraph) for pictures and graph questions.

Nodes are entities (states, people, territories, documents ...). A fact between exactly two entities
with nothing else to say (a claim, a part-of, an office) is an edge labelled with its relation; any
other fact (a provision with its conditions, a meeting with its participants and place) is a node of
its own with one edge per role, so nothing is lost. Every node and edge carries ``type``, ``label``,
``iri``, ``date`` (when known), ``evidence`` (count) and ``sources`` (count); the evidence itself is
in :func:`evidence_index`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox

from kg.model import DOCUMENT_TYPES, KINDS
from kg.relations import RELATIONS, Relation
from kg.stores.base import GraphStore
from kg.vocab import DCTERMS, DKG, NIF, ONTOLOGY, RDF, RDFS, SKOS, term

ENTITY_KINDS = frozenset(KINDS) | {"Place"}


@dataclass(frozen=True)
class _EdgeSpec:
    """A fact class drawn as one edge (from the registry's ``Edge``): its ends' properties, the
    label, and the property whose node's label replaces it (an office)."""

    source: ox.NamedNode
    target: ox.NamedNode
    label: str
    label_prop: ox.NamedNode | None


def _edge_spec(rel: Relation) -> _EdgeSpec | None:
    if rel.edge is None:
        return None
    prop = {name: term(role.prop) for name, role in rel.by_role.items() if role.prop}
    label_prop = prop[rel.edge.label_role] if rel.edge.label_role else None
    return _EdgeSpec(prop[rel.edge.source], prop[rel.edge.target], rel.name, label_prop)


#: Fact class -> how it is drawn when it can be one edge.
_EDGES = {rel.cls: spec for rel in RELATIONS.values() if (spec := _edge_spec(rel))}
#: Fact class -> the name of its relation (``claims`` for dkg:Claim), for filters by relation.
_RELATION_OF = {rel.cls: rel.name for rel in RELATIONS.values()}
#: Properties that repeat what a fact node already says (shortcuts and inverses): not drawn.
_SKIP = {
    DKG.evidence,
    DKG.hasProvision,
    RDF.type,
    DKG.lowConfidence,
    DKG.negated,
    DKG.date,
    DKG.asOf,
    RDFS.label,  # a fact's label is the words for the rest (kg.labels)
    *(spec.label_prop for spec in _EDGES.values() if spec.label_prop),  # org:role: the edge label
    DKG.roleText,  # the office as worded: the edge's label names the office
}


@dataclass(frozen=True)
class EvidenceRef:
    """One sentence that states a fact, in one source."""

    source: str
    source_title: str
    text: str
    start: int
    end: int
    rule: str


@dataclass
class _Node:
    iri: str
    types: set[str] = field(default_factory=set)
    props: dict[ox.NamedNode, list] = field(default_factory=lambda: defaultdict(list))

    def first(self, *preds: ox.NamedNode) -> str | None:
        for p in preds:
            if self.props.get(p):
                return self.props[p][0].value
        return None


def _read(store: GraphStore, graphs: list[ox.NamedNode] | None) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    seen: set[tuple] = set()
    quads = store.quads() if graphs is None else (q for g in graphs for q in store.quads(g))
    for q in quads:
        key = (q.subject, q.predicate, q.object)
        if key in seen or not isinstance(q.subject, ox.NamedNode):
            continue
        seen.add(key)
        node = nodes.setdefault(q.subject.value, _Node(q.subject.value))
        if (
            q.predicate == RDF.type
            and not isinstance(q.object, ox.Triple)
            and q.object.value.startswith(ONTOLOGY)
        ):
            node.types.add(q.object.value[len(ONTOLOGY) :])
        node.props[q.predicate].append(q.object)
    for node in nodes.values():
        for values in node.props.values():
            values.sort(key=str)
    return nodes


def evidence_index(store: GraphStore, graphs: list[ox.NamedNode] | None = None):
    """Fact IRI -> its evidence sentences, sorted by source and offset."""
    nodes = _read(store, graphs)
    return _evidence(nodes)


def _evidence(nodes: dict[str, _Node]) -> dict[str, list[EvidenceRef]]:
    out: dict[str, list[EvidenceRef]] = defaultdict(list)
    for fact in nodes.values():
        for ev in fact.props.get(DKG.evidence, []):
            e = nodes.get(ev.value)
            if e is None:
                continue
            source = e.first(DKG.inSource) or ""
            src = nodes.get(source)
            title = (src.first(DCTERMS.title) if src else None) or source.rsplit("/", 1)[-1]
            out[fact.iri].append(
                EvidenceRef(
                    source,
                    title,
                    e.first(NIF.anchorOf) or "",
                    int(e.first(NIF.beginIndex) or 0),
                    int(e.first(NIF.endIndex) or 0),
                    e.first(DKG.extractionRule) or "",
                )
            )
    for refs in out.values():
        refs.sort(key=lambda r: (r.source, r.start, r.end))
    return dict(out)


def build_graph(store: GraphStore, graphs: list[ox.NamedNode] | None = None) -> nx.MultiDiGraph:
    """The entity graph of the store (or of some sources' graphs)."""
    nodes = _read(store, graphs)
    evidence = _evidence(nodes)
    G = nx.MultiDiGraph()
    for iri in sorted(nodes):
        n = nodes[iri]
        kinds = n.types & ENTITY_KINDS
        if kinds:
            kind = sorted(kinds)[0]
            subtype = sorted(n.types & set(DOCUMENT_TYPES))
            G.add_node(
                iri,
                **_clean(
                    category="entity",
                    kind=kind,
                    type=subtype[0] if subtype else kind,
                    label=n.first(SKOS.prefLabel, RDFS.label) or _tail(iri),
                    iri=iri,
                    date=n.first(DCTERMS.date),
                ),
            )
    for iri in sorted(nodes):
        n = nodes[iri]
        if "Fact" in n.types:
            _add_fact(G, n, nodes, evidence)
    _count_entity_evidence(G, evidence)
    return G


#: The class each relation's facts are written with, most specific first (a conditional provision
#: with a territory is also a handover provision: it stays a conditional one).
_FACT_CLASSES = sorted(
    (rel.cls for rel in RELATIONS.values()),
    key=lambda c: any(r.also_if and r.also_if[1] == c for r in RELATIONS.values()),
)


def _fact_class(types: set[str]) -> str:
    """The fact's own class as its source writes it, never a superclass (Event, Provision)."""
    own = [c for c in _FACT_CLASSES if c in types]
    rest = sorted(types - {"Fact"})
    return own[0] if own else rest[0] if rest else "Fact"


def _add_fact(G: nx.MultiDiGraph, n: _Node, nodes: dict[str, _Node], evidence) -> None:
    cls = _fact_class(n.types)
    refs = evidence.get(n.iri, [])
    common = _clean(
        iri=n.iri,
        type=cls,
        date=n.first(DKG.date, DKG.asOf),
        evidence=len(refs),
        sources=len({r.source for r in refs}),
        negated=bool(n.props.get(DKG.negated)) or None,
    )
    spec = _EDGES.get(cls)
    if spec and _is_binary(n, spec, G):
        s, o = n.props[spec.source][0].value, n.props[spec.target][0].value
        label = spec.label
        if spec.label_prop is not None:
            label = n.first(spec.label_prop) or label
            role = nodes.get(label)
            label = (role.first(RDFS.label) if role else None) or _tail(label)
        G.add_edge(
            s,
            o,
            key=n.iri,
            category="fact",
            label=label,
            **_clean(title=n.first(RDFS.label)),  # title: the fact in words
            **common,
        )
        return
    G.add_node(
        n.iri,
        category="fact",
        kind="Fact",
        label=_fact_label(cls, n, G),
        text=_texts(n) or None,
        **common,
    )
    for prop in sorted(n.props, key=str):
        if prop in _SKIP:
            continue
        for value in n.props[prop]:
            target = value.value if isinstance(value, ox.NamedNode) else None
            if target is None:
                continue
            if target not in G and "Condition" in nodes.get(target, _Node("")).types:
                cond = nodes[target]
                G.add_node(
                    target,
                    **_clean(
                        category="fact",
                        kind="Condition",
                        type="Condition",
                        iri=target,
                        label=cond.first(DKG.conditionText) or _tail(target),
                        condition=_tail(cond.first(DKG.conditionType) or ""),
                        evidence=len(refs),
                        sources=common["sources"],
                    ),
                )
            if target in G:
                G.add_edge(
                    n.iri,
                    target,
                    key=f"{n.iri} {_tail(prop.value)} {target}",
                    category="role",
                    type="role",
                    label=_tail(prop.value),
                    iri=prop.value,
                )
    G.nodes[n.iri]["label"] = _fact_label(cls, n, G)


def _is_binary(n: _Node, spec: _EdgeSpec, G: nx.MultiDiGraph) -> bool:
    """Drawn as an edge only when the two ends are all the fact says (no date, text, third role)."""
    if n.props.get(DKG.negated) or n.props.get(DKG.reportedBy):
        return False
    ends = (spec.source, spec.target)
    if any(len(n.props.get(p, [])) != 1 or n.props[p][0].value not in G for p in ends):
        return False
    extra = set(n.props) - _SKIP - set(ends)
    return not extra


def _fact_label(cls: str, n: _Node, G: nx.MultiDiGraph) -> str:
    """The fact's rdfs:label (kg.labels); for a store built before facts had one, 'Meeting
    2019-05-10: Taro Kono, Sergey Lavrov'."""
    if n.props.get(RDFS.label):
        return n.props[RDFS.label][0].value
    words = "".join(" " + c.lower() if c.isupper() else c for c in cls).strip().capitalize()
    date = n.first(DKG.date)
    names = [
        G.nodes[v.value]["label"]
        for p in sorted(n.props, key=str)
        if p not in _SKIP
        for v in n.props[p]
        if isinstance(v, ox.NamedNode)
        and v.value in G
        and G.nodes[v.value].get("category") == "entity"
    ]
    head = f"{words} {date}" if date else words
    if n.props.get(DKG.negated):
        head = f"Not: {head}"
    return f"{head}: {', '.join(names[:4])}" if names else head


def _texts(n: _Node) -> str:
    return "; ".join(
        f"{_tail(p.value)}: {v.value}"
        for p in sorted(n.props, key=str)
        if p not in _SKIP
        for v in n.props[p]
        if isinstance(v, ox.Literal)
    )


def _count_entity_evidence(G: nx.MultiDiGraph, evidence) -> None:
    """An entity's evidence: the sentences of the facts it takes part in."""
    refs: dict[str, set] = defaultdict(set)
    for u, v, data in G.edges(data=True):
        fact = data["iri"] if data["category"] == "fact" else u
        for node in (u, v):
            for r in evidence.get(fact, []):
                refs[node].add(r)
    for node, data in G.nodes(data=True):
        if data["category"] == "entity":
            data["evidence"] = len(refs[node])
            data["sources"] = len({r.source for r in refs[node]})


def relation_of(G: nx.MultiDiGraph, u: str, data: dict) -> str | None:
    """The relation (its name in kg.relations) an edge from ``u`` belongs to: a fact edge's own,
    a role edge's fact node's; None for an edge of no fact."""
    if data.get("category") == "fact":
        fact_type = data.get("type", "")
    elif data.get("category") == "role" and G.nodes[u].get("kind") == "Fact":
        fact_type = G.nodes[u].get("type", "")
    else:
        return None
    return _RELATION_OF.get(fact_type, fact_type or None)


def node_relation(data: dict) -> str | None:
    """The relation a fact node states (None for an entity or a condition)."""
    if data.get("kind") != "Fact":
        return None
    return _RELATION_OF.get(data.get("type", ""), data.get("type") or None)


def scalar_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes suit GraphML/GEXF: no None, booleans kept, all else str/int/float."""
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, _clean(**d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, _clean(**d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def _clean(**attrs) -> dict:
    return {k: v for k, v in attrs.items() if v is not None}


def _tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
