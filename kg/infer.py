"""Inference by materialisation: what the ontology implies, written to a graph of its own.

Questions about "territories" must find islands, and questions about a group of islands must find
facts about its islands. Rather than rewrite every query, the consequences of the ontology's axioms
(RDFS / OWL 2 RL rules: subclass and subproperty closure, inverse, symmetric and transitive
properties) are computed once and stored in ``INFERRED_GRAPH``. Queries see them through the union
default graph; dropping the graph removes them, and ``materialise`` recomputes it from scratch.

How: the ontology (the TBox) is small, so its closure is computed here in Python; the instance data
(the ABox) is large, so the rules run in the store as one SPARQL Update request (one transaction)
with the TBox closure inlined as ``VALUES``. owlrl would do the same over rdflib, but it is orders
of magnitude slower at 10^5 triples. Deliberately left out: ``rdfs:domain`` / ``rdfs:range`` typing,
which would turn one mis-extracted role into a wrong type that every class query then returns.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg.errors import SourceError, StoreError
from kg.paths import ONTOLOGY_FILE
from kg.stores.base import GraphStore, describe
from kg.stores.embedded import Store
from kg.vocab import BUILDS_GRAPH, INFERRED_GRAPH, OWL, RDF, RDFS

__all__ = ["INFERRED_GRAPH", "drop", "load_tbox", "materialise"]


@dataclass
class TBox:
    """The axioms the rules use, each as plain IRI strings."""

    sub_class: set[tuple[str, str]] = field(default_factory=set)
    sub_property: set[tuple[str, str]] = field(default_factory=set)
    inverse: set[tuple[str, str]] = field(default_factory=set)
    transitive: set[str] = field(default_factory=set)
    symmetric: set[str] = field(default_factory=set)


def load_tbox(ontology: str | Path | ox.Store | None = None) -> TBox:
    """The axioms of an ontology file (default: ontology/dispute.ttl) or of a store's triples."""
    if isinstance(ontology, ox.Store):
        graph = ontology
    else:
        path = Path(ontology) if ontology is not None else ONTOLOGY_FILE
        graph = ox.Store()
        try:
            graph.load(path=str(path), format=ox.RdfFormat.TURTLE)
        except OSError as exc:
            raise SourceError(str(path), f"cannot read the ontology: {exc}") from None
        except SyntaxError as exc:
            raise SourceError(str(path), f"the ontology does not parse: {exc}") from None
    tbox = TBox()

    def pairs(pattern: str) -> set[tuple[str, str]]:
        query = f"SELECT ?a ?b WHERE {{ {pattern} FILTER(isIRI(?a) && isIRI(?b)) }}"
        return {
            (r["a"].value, r["b"].value)
            for r in cast(ox.QuerySolutions, graph.query(query, use_default_graph_as_union=True))
        }

    def members(cls: ox.NamedNode) -> set[str]:
        query = f"SELECT ?a WHERE {{ ?a a {cls} FILTER(isIRI(?a)) }}"
        rows = cast(ox.QuerySolutions, graph.query(query, use_default_graph_as_union=True))
        return {r["a"].value for r in rows}

    tbox.sub_class = pairs(f"?a {RDFS.subClassOf} ?b")
    for a, b in pairs(f"?a {OWL.equivalentClass} ?b"):
        tbox.sub_class |= {(a, b), (b, a)}
    tbox.sub_property = pairs(f"?a {RDFS.subPropertyOf} ?b")
    for a, b in pairs(f"?a {OWL.equivalentProperty} ?b"):
        tbox.sub_property |= {(a, b), (b, a)}
    tbox.inverse = pairs(f"?a {OWL.inverseOf} ?b")
    tbox.transitive = members(OWL.TransitiveProperty)
    tbox.symmetric = members(OWL.SymmetricProperty)
    return tbox


def class_closure(tbox: TBox) -> set[tuple[str, str]]:
    """(class, strict superclass) for every chain of subclass axioms."""
    return {(c, s) for c, s in _reach(tbox.sub_class) if c != s}


def property_implications(tbox: TBox) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(p, q) such that ``s p o`` implies ``s q o`` (forward) or ``o q s`` (backward)."""
    supers: dict[str, set[str]] = defaultdict(set)
    for p, q in tbox.sub_property:
        supers[p].add(q)
    inverses: dict[str, set[str]] = defaultdict(set)
    for p, q in tbox.inverse:
        inverses[p].add(q)
        inverses[q].add(p)
    properties = set(supers) | set(inverses) | tbox.symmetric
    forward: set[tuple[str, str]] = set()
    backward: set[tuple[str, str]] = set()
    for start in properties:
        seen = {(start, True)}
        todo = [(start, True)]
        while todo:
            prop, same = todo.pop()
            steps = [(q, same) for q in supers[prop]] + [(q, not same) for q in inverses[prop]]
            if prop in tbox.symmetric:
                steps.append((prop, not same))
            for step in steps:
                if step not in seen:
                    seen.add(step)
                    todo.append(step)
        for prop, same in seen - {(start, True)}:
            (forward if same else backward).add((start, prop))
    return forward, backward


def _reach(edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        out[a].add(b)
    closure = set()
    for start in list(out):
        todo, seen = [start], set()
        while todo:
            for nxt in out[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        closure |= {(start, n) for n in seen}
    return closure


def rules_update(tbox: TBox) -> str:
    """The SPARQL Update request that replaces INFERRED_GRAPH with the closure of the data."""
    inf = str(INFERRED_GRAPH)
    log = f"FILTER(?g != {BUILDS_GRAPH})"  # the build log is about the store: nothing to infer
    forward, backward = property_implications(tbox)
    ops = [f"DROP SILENT GRAPH {inf}"]
    for _ in range(1 + _transitive_families(tbox)):  # rounds enough for chained transitive ones
        if forward:
            ops.append(
                f"INSERT {{ GRAPH {inf} {{ ?s ?q ?o }} }} WHERE {{ {_values(forward)} "
                f"GRAPH ?g {{ ?s ?p ?o }} {log} }}"
            )
        if backward:
            ops.append(
                f"INSERT {{ GRAPH {inf} {{ ?o ?q ?s }} }} WHERE {{ {_values(backward)} "
                f"GRAPH ?g {{ ?s ?p ?o }} FILTER(!isLiteral(?o)) {log} }}"
            )
        for prop in sorted(tbox.transitive):
            t = f"<{prop}>"
            # Copy the property's edges from every graph, then close them within this one graph,
            # so a chain that runs across two sources is still followed.
            ops.append(
                f"INSERT {{ GRAPH {inf} {{ ?s {t} ?o }} }} WHERE {{ GRAPH ?g {{ ?s {t} ?o }} {log} }}"
            )
            ops.append(
                f"INSERT {{ GRAPH {inf} {{ ?s {t} ?x }} }} "
                f"WHERE {{ GRAPH {inf} {{ ?s {t} ?o . ?o {t}+ ?x }} }}"
            )
    classes = class_closure(tbox)
    if classes:
        ops.append(
            f"INSERT {{ GRAPH {inf} {{ ?x {RDF.type} ?q }} }} WHERE {{ {_values(classes)} "
            f"GRAPH ?g {{ ?x {RDF.type} ?p }} {log} }}"
        )
    # Keep only what is new: a triple some source already states is not an inference.
    ops.append(
        f"DELETE {{ GRAPH {inf} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {inf} {{ ?s ?p ?o }} "
        f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {inf}) }}"
    )
    return " ;\n".join(ops)


def _transitive_families(tbox: TBox) -> int:
    """Transitive properties, counting a property and its inverse once (closing one closes both)."""
    families = set()
    for prop in tbox.transitive:
        inverses = {b for a, b in tbox.inverse if a == prop} | {
            a for a, b in tbox.inverse if b == prop
        }
        families.add(min({prop} | (inverses & tbox.transitive)))
    return len(families)


def _values(pairs: set[tuple[str, str]]) -> str:
    rows = " ".join(f"(<{a}> <{b}>)" for a, b in sorted(pairs))
    return f"VALUES (?p ?q) {{ {rows} }}"


def materialise(store: GraphStore, ontology: str | Path | ox.Store | None = None) -> int:
    """Recompute INFERRED_GRAPH from the store's data (one transaction); returns its size."""
    if not isinstance(store, Store):  # update_graph is the embedded store's
        raise StoreError(
            f"{describe(store)}: the inferred graph is written to embedded stores only"
        )
    update = rules_update(load_tbox(ontology))
    try:
        store.update_graph(INFERRED_GRAPH, update)
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot write the inferred graph: {exc}") from None
    return inferred_count(store)


def inferred_count(store: GraphStore) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {INFERRED_GRAPH} {{ ?s ?p ?o }} }}"
    return int(next(iter(store.query(query)))["n"].value)


def drop(store: GraphStore) -> None:
    """Remove every inferred triple (the data itself is untouched)."""
    store.drop_graph(INFERRED_GRAPH)
