"""The only place instance IRIs are minted.

IRIs depend on canonical content only (never on the order of reading, the run or the machine), so
the same entity or fact read from two sources is one node, and rebuilding gives the same graph.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pyoxigraph import NamedNode

from kg.letters import decomposed
from kg.model import Arg, Entity, Evidence, Fact
from kg.relations import RELATIONS
from kg.vocab import ID


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """ASCII, lower case, words joined by '-': 'Shikotan Island' -> 'shikotan-island'. Cached:
    names, keys and sources are slugged again and again (~150 times an article, three regex
    passes and a normalisation each)."""
    text = re.sub(
        r"[\u2010-\u2015\u2212]", "-", text
    )  # dashes separate words: "Kyrgyzstan–Tajikistan"
    text = decomposed(text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]s\b", "s", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def entity_key(kind: str, name: str) -> str:
    """The canonical key of an entity of ``kind`` called ``name``: 'state/japan'."""
    return f"{kind.lower()}/{slugify(name)}"


def entity_iri(entity: Entity) -> NamedNode:
    return NamedNode(ID + entity.key)


@lru_cache(maxsize=4096)
def source_iri(key: str) -> NamedNode:
    """A source's IRI; it is also the name of the graph that holds the source's facts. Cached:
    mapping asks for it once a piece of evidence, and the slug is a regex pass."""
    return NamedNode(ID + "source/" + slugify(key))


def role_iri(role: str) -> NamedNode:
    """An office as an org:Role: 'Foreign Minister' -> id/role/foreign-minister."""
    return NamedNode(ID + "role/" + slugify(role))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]


def _arg_token(value: object) -> str:
    if isinstance(value, Entity):
        return value.key
    if isinstance(value, tuple):
        return "+".join(sorted(_arg_token(v) for v in value))
    return " ".join(str(value).lower().split())


def _members(arg: Arg) -> tuple[Entity | str, ...]:
    return arg if isinstance(arg, tuple) else (arg,)


def fact_iri(fact: Fact) -> NamedNode:
    """Same relation and same arguments give the same node, whichever source states it."""
    tokens = [f"{role}={_arg_token(fact.args[role])}" for role in sorted(fact.args)]
    if fact.negated:
        tokens.append("negated")
    names = [
        v.key.rsplit("/", 1)[-1]
        for role in sorted(fact.args)
        for v in _members(fact.args[role])
        if isinstance(v, Entity)
    ][:3]
    segment = _segment(fact.rel)
    readable = "--".join(names) or "x"
    return NamedNode(f"{ID}{segment}/{readable}-{_digest(fact.rel, *tokens)}")


def _segment(rel: str) -> str:
    """The registry's segment; a relation the graph does not know (``kg extract`` prints any
    fact) still gets a readable one: 'fooBar' -> 'foo-bar'."""
    if rel in RELATIONS:
        return RELATIONS[rel].segment
    return slugify(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", rel))


def evidence_iri(fact: Fact, fact_node: NamedNode | None = None) -> NamedNode:
    """``fact_node``, when given, must be ``fact_iri(fact)``: mapping has it already, and minting
    it again (a SHA-1 and a slug) was a sixth of mapping's time."""
    ev: Evidence = fact.evidence
    fact_value = (fact_node or fact_iri(fact)).value
    return NamedNode(
        f"{ID}evidence/{slugify(ev.source)}/{ev.start}-{ev.end}-{_digest(fact_value, ev.rule)}"
    )


def condition_iri(fact: Fact, text: str, fact_node: NamedNode | None = None) -> NamedNode:
    """``fact_node`` as for :func:`evidence_iri`."""
    return NamedNode(f"{(fact_node or fact_iri(fact)).value}/condition-{_digest(text.lower())}")


def build_iri(number: int) -> NamedNode:
    """The ``number``-th run of ``kg build`` on a store (a dkg:Build): id/build/3."""
    return NamedNode(f"{ID}build/{number}")


def loaded_graph_iri(name: str) -> NamedNode:
    """The graph ``kg load`` puts a file in: 'geonames-japan.ttl' -> id/loaded/geonames-japan."""
    stem = name.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem.strip(".") else stem
    return NamedNode(ID + "loaded/" + slugify(stem))
