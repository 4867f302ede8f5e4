"""A parameter's value to the store entity it names: an IRI, a prefixed name or a label.

Shared by named queries, reports and ``kg changes``, so a label resolves the same way everywhere,
with the same errors (no such label, ambiguous, wrong class) and the same suggestions.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg import classes, suggest
from kg.errors import UsageError
from kg.stores.base import GraphStore
from kg.vocab import PREFIXES

_PREFIXED = re.compile(r"([A-Za-z][\w.-]*):([^\s<>\"{}|^`\\]*)")
_LABEL_EXACT = """
SELECT ?entity ?rank ?label WHERE {
  VALUES (?property ?rank) { (rdfs:label 0) (skos:prefLabel 0) (skos:altLabel 1) }
  ?entity ?property ?label .
} ORDER BY ?rank ?entity
"""
_LABEL_ANY_CASE = """
SELECT ?entity ?rank ?label WHERE {
  VALUES (?property ?rank) { (rdfs:label 0) (skos:prefLabel 0) (skos:altLabel 1) }
  ?entity ?property ?text .
  FILTER (LCASE(STR(?text)) = LCASE(STR(?label)))
} ORDER BY ?rank ?entity
"""
_ALL_LABELS = """
SELECT DISTINCT ?entity ?text ?type WHERE {
  VALUES ?property { rdfs:label skos:prefLabel skos:altLabel }
  ?entity ?property ?text .
  OPTIONAL { ?entity a ?type }
}
"""


def resolve(store: GraphStore, name: str, value: str, types: tuple[str, ...] = ()) -> ox.NamedNode:
    """An IRI (``<...>`` or ``http(s)://...``), a prefixed name (``id:state/japan``) or a label;
    with ``types`` (dkg class names), an entity of one of those classes or a UsageError."""
    value = value.strip()
    iri = None
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
    elif re.match(r"https?://", value):
        iri = value
    elif (match := _PREFIXED.fullmatch(value)) and match.group(1) in PREFIXES:
        iri = PREFIXES[match.group(1)] + match.group(2)
    if iri is None:
        return _entity_by_label(store, name, value, types)
    try:
        node = ox.NamedNode(iri)
    except ValueError as exc:
        raise UsageError(f"parameter {name}={value!r} is not a valid IRI: {exc}") from None
    if types:
        _check_type(store, name, value, node, types)
    return node


def _entity_by_label(
    store: GraphStore, name: str, value: str, types: tuple[str, ...]
) -> ox.NamedNode:
    found: list[ox.QuerySolution] = []
    for label in (ox.Literal(value, language="en"), ox.Literal(value)):  # exact: index lookups
        found += store.query(_LABEL_EXACT, {"label": label})
    if not found:  # any case, any language: a scan of the labels
        found = list(store.query(_LABEL_ANY_CASE, {"label": ox.Literal(value)}))
    found.sort(key=lambda s: int(s["rank"].value))
    best = sorted({s["entity"].value for s in found if s["rank"] == found[0]["rank"]})
    if types and len(best) > 1:  # a label shared across kinds: the kind asked for decides
        fitting = [iri for iri in best if classes.fits(classes.of(store, ox.NamedNode(iri)), types)]
        best = fitting or best
    if not best:
        nearest = suggest.did_you_mean(value, _labels(store, types))
        raise UsageError(
            f"parameter {name}={value!r}: no entity has this label"
            + (f"; {nearest}" if nearest else ""),
            hint="give an IRI or prefixed name (id:...), or a label 'kg query evidence' can show",
        )
    if len(best) > 1:
        raise UsageError(
            f"parameter {name}={value!r} is ambiguous: {', '.join(best)}", hint="give the IRI"
        )
    node = ox.NamedNode(best[0])
    if types:
        _check_type(store, name, value, node, types)
    return node


def _labels(store: GraphStore, types: tuple[str, ...]) -> set[str]:
    """Every label in the store, or of the entities of ``types`` (one query, for suggestions)."""
    label_of: dict[str, set[str]] = {}
    types_of: dict[str, set[str]] = {}
    for row in store.query(_ALL_LABELS):
        entity = row["entity"].value
        label_of.setdefault(entity, set()).add(row["text"].value)
        kind = row["type"]
        if isinstance(kind, ox.NamedNode) and kind.value.startswith(classes.ONTOLOGY):
            types_of.setdefault(entity, set()).add(kind.value[len(classes.ONTOLOGY) :])
    return {
        label
        for entity, labels in label_of.items()
        if not types or classes.fits(types_of.get(entity, set()), types)
        for label in labels
    }


def _check_type(
    store: GraphStore, name: str, value: str, node: ox.NamedNode, types: tuple[str, ...]
) -> None:
    """A UsageError unless the store types ``node`` as one of ``types`` (or a subclass)."""
    have = classes.of(store, node)
    if classes.fits(have, types):
        return
    wanted = " or ".join(classes.phrase(t) for t in types)
    if not have:
        raise UsageError(
            f"parameter {name}={value!r}: {node.value} is not in the store; expected {wanted}"
        )
    own = " and ".join(classes.phrase(t) for t in classes.most_specific(have))
    raise UsageError(
        f"parameter {name}={value!r} is {own} ({classes.prefixed(node.value)}), not {wanted}",
        hint=f"give {wanted} for {name}",
    )
