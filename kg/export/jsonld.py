"""JSON-LD that a JSON consumer can read: ``"claimant": "id:state/japan"``, ``"@type": "Claim"``.

The context has the project's prefixes and a term for every class and property the ontology
declares, generated from ``ontology/dispute.ttl`` when exporting (the file is the one source of
truth; ``ontology/context.jsonld`` is this context, written out and checked by a test). Object
properties are typed ``@id``, so their IRIs are plain strings; a literal on such a property is
written as a value object, so nothing is read back as an IRI that was not one. The context is
embedded, never fetched: the export reads offline.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import paths
from kg.vocab import ONTOLOGY, OWL, PREFIXES, RDF, XSD

#: Declarations that make a term, and whether its values are IRIs.
_KINDS = {
    OWL.Class: False,
    OWL.ObjectProperty: True,
    OWL.DatatypeProperty: False,
    OWL.AnnotationProperty: False,
}


@functools.lru_cache(maxsize=4)
def context(ontology_file: Path | None = None) -> dict:
    """``{"@context": ...}``: the prefixes, then a term a class or property of the ontology."""
    path = ontology_file or paths.ONTOLOGY_FILE
    graph = ox.Store()
    graph.load(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=ONTOLOGY)
    terms: dict[str, object] = {}
    for kind, is_iri in _KINDS.items():
        for quad in graph.quads_for_pattern(None, RDF.type, kind):
            iri = quad.subject
            if not isinstance(iri, ox.NamedNode) or not iri.value.startswith(ONTOLOGY):
                continue
            name = iri.value[len(ONTOLOGY) :]
            if name in PREFIXES or not name:  # a prefix keeps its name
                continue
            terms[name] = {"@id": f"dkg:{name}", "@type": "@id"} if is_iri else f"dkg:{name}"
    return {
        "@context": {**PREFIXES, **dict(sorted(terms.items(), key=lambda t: (t[0].lower(), t[0])))}
    }


def write(quads: Iterable[ox.Quad]) -> bytes:
    """JSON-LD 1.1 with the context inlined: one ``@graph`` object per named graph, in the
    order of ``quads`` (the caller sorts them, so the same graph gives the same bytes).

    Written by hand because pyoxigraph's writer streams expanded JSON-LD without a context, and
    rdflib's does not order its output.
    """
    ctx = context()
    names = _Names(ctx["@context"])
    graphs: dict[object, dict[object, dict[str, list]]] = defaultdict(lambda: defaultdict(dict))
    for q in quads:
        node = graphs[q.graph_name][q.subject]
        if q.predicate == RDF.type and isinstance(q.object, ox.NamedNode):
            node.setdefault("@type", []).append(names.type(q.object))
        else:
            key, iri_valued = names.property(q.predicate)
            node.setdefault(key, []).append(_value(q.object, iri_valued))
    body: list[dict] = []
    default = graphs.pop(ox.DefaultGraph(), {})
    body += [_node_object(s, props) for s, props in default.items()]
    for g, nodes in graphs.items():
        body.append({"@id": _term_id(g), "@graph": [_node_object(s, p) for s, p in nodes.items()]})
    doc = {**ctx, "@graph": body}
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode()


class _Names:
    """Keys and types as the context names them: a term where it has one, else a compact IRI."""

    def __init__(self, ctx: dict) -> None:
        self._terms: dict[str, tuple[str, bool]] = {}
        for name, definition in ctx.items():
            if name in PREFIXES:
                continue
            iri = definition["@id"] if isinstance(definition, dict) else definition
            self._terms[ONTOLOGY + iri.removeprefix("dkg:")] = (name, isinstance(definition, dict))

    def type(self, node: ox.NamedNode) -> str:
        found = self._terms.get(node.value)
        return found[0] if found else _compact(node)

    def property(self, node: ox.NamedNode) -> tuple[str, bool]:
        return self._terms.get(node.value) or (_compact(node), False)


def _node_object(subject: object, props: dict[str, list]) -> dict:
    obj: dict = {"@id": _term_id(subject)}
    for key in sorted(props, key=lambda k: (k != "@type", k)):
        values = props[key]
        obj[key] = values[0] if len(values) == 1 else values
    return obj


def _term_id(term: object) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return _compact(term)  # type: ignore[arg-type]


def _compact(node: ox.NamedNode) -> str:
    for prefix, ns in PREFIXES.items():
        local = node.value[len(ns) :]
        if node.value.startswith(ns) and local and not local.startswith("//"):
            return f"{prefix}:{local}"
    return node.value


def _value(term: object, iri_valued: bool) -> dict | str:
    """A JSON value; under a term typed ``@id`` an IRI is a plain string and every literal a
    value object, elsewhere an xsd:string is a plain string and an IRI an ``@id`` object."""
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype == XSD.string:
            return {"@value": term.value} if iri_valued else term.value
        return {"@value": term.value, "@type": _compact(term.datatype)}
    return _term_id(term) if iri_valued else {"@id": _term_id(term)}
