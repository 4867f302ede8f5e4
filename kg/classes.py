"""What kind of thing an entity is: its dkg classes in the store, read against the ontology's
subclass axioms (an Island is a Territory), and named the way a sentence needs them."""

from __future__ import annotations

import functools
import re

import pyoxigraph as ox

from kg.stores.base import GraphStore
from kg.vocab import ONTOLOGY, PREFIXES

_TYPES = "SELECT DISTINCT ?entity ?type WHERE { ?entity a ?type }"


def of(store: GraphStore, node: ox.NamedNode) -> set[str]:
    """The dkg classes (local names) the store gives ``node``."""
    return {
        row["type"].value[len(ONTOLOGY) :]
        for row in store.query(_TYPES, {"entity": node})
        if isinstance(row["type"], ox.NamedNode) and row["type"].value.startswith(ONTOLOGY)
    }


def fits(have: set[str], wanted: tuple[str, ...]) -> bool:
    """True when a class in ``have`` is one of ``wanted`` or a subclass of one."""
    subs = subclasses()
    return any(h == w or h in subs.get(w, ()) for h in have for w in wanted)


def most_specific(have: set[str]) -> list[str]:
    """The classes in ``have`` that are no other's superclass: 'State', not 'Organization'."""
    subs = subclasses()
    return sorted(c for c in have if not any(o in subs.get(c, ()) for o in have if o != c))


@functools.lru_cache(maxsize=1)
def subclasses() -> dict[str, frozenset[str]]:
    """dkg class -> its dkg subclasses, direct or not, from ontology/dispute.ttl."""
    from kg import infer

    found: dict[str, set[str]] = {}
    for sub, sup in infer.class_closure(infer.load_tbox()):
        if sub.startswith(ONTOLOGY) and sup.startswith(ONTOLOGY):
            found.setdefault(sup[len(ONTOLOGY) :], set()).add(sub[len(ONTOLOGY) :])
    return {k: frozenset(v) for k, v in found.items()}


def phrase(cls: str) -> str:
    """'a territory', 'an island group': a class name as it reads in a sentence."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cls).lower()
    return ("an " if words[:1] in tuple("aeiou") else "a ") + words


def prefixed(iri: str) -> str:
    """``id:state/japan`` for an IRI under a project prefix, else ``<iri>``."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"
