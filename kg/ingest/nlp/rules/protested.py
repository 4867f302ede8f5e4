"""Whose act a protest or a rejection is about: "lodged a protest with Japan over its claim to
Dokdo" protests Japan's claim, "Japan renewed its claim. China rejected its claim" rejects Japan's.
One protests against, and rejects, another's act, so a possessive that owns the very act refers to
the one protested to (or the state named before), not to the clause's subject; a possessive further
inside ("over the detention of its fishermen") keeps the usual reading."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, state_of
from kg.ingest.nlp.rules.issued_by import demonym_maker
from kg.ingest.nlp.triggers import by_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

_ABOUT = ("over", "about", "against", "at")


@lru_cache(maxsize=1)
def protest_words() -> frozenset[str]:
    """The lemmas of the protests relation's triggers (relations.yaml): protest, complaint, summon ..."""
    return frozenset(
        lemma
        for lemma, pairs in by_lemma().items()
        if any(rel.name == "protests" for rel, _ in pairs)
    )


def protested(c: Collector, p: g.Parsed, tok: Token) -> Entity | None:
    """The state protested to (or its capital), where ``tok`` ("its") owns what the protest is over."""
    act = tok.head
    if tok.dep_ != "poss" or act.dep_ != "pobj" or act.head.lower_ not in _ABOUT:
        return None
    host = act.head.head
    hosts = [host, *(o for o in g.objects(host) if o.lemma_.lower() in protest_words())]
    if host.pos_ in ("NOUN", "PROPN") and (gov := g.governor(host)) is not None:
        hosts.append(gov)
    if not any(h.lemma_.lower() in protest_words() for h in hosts):
        return None
    to = [o for h in hosts for w in ("with", "to") for o in g.preps(h, w)]
    to += [
        o for h in hosts if h.pos_ == "VERB" for o in g.objects(h)
    ]  # "summoned the Japanese envoy"
    found = {
        s.key: s for m in g.fillers(p, to, {"S", "C"}, deep=True) if (s := state_of(c, m.entity))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def rejected_owner(c: Collector, p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """ "China rejected its claim": whose is the "its" that owns the thing rejected (``toks``): the
    last state named before it other than the rejecter (the subject above), in its sentence or,
    failing that, the one the sentences before were about."""
    owner = next(
        (x for t in toks for x in t.children if x.dep_ == "poss" and x.lower_ == "its"), None
    )
    if owner is None:
        return []
    rejecter = next(
        (
            e
            for h in g.ancestors_to_root(owner)
            for m in g.fillers(p, g.subjects(h), {"S"})
            if (e := m.entity) is not None
        ),
        None,
    )
    named = [
        m.entity
        for x in owner.doc[: owner.i]
        if (m := p.mention(x)) is not None and m.tag == "S" and m.entity is not None
    ]
    named = [e for e in named if e.kind == "State" and e != rejecter]
    other = named[-1] if named else c.actor
    return [other] if other is not None and other != rejecter else []


def document_maker(c: Collector, p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """ "protested against a French decree extending the reserve": the state whose demonym the
    document's own name took in (so no state mention of its own) made the document, so is the one
    protested against, or whose claim is rejected."""
    head = next((t for t in toks if t.head not in toks or t.head == t), None)
    if head is None or (m := p.mention(head)) is None or m.tag != "D":
        return []
    state = demonym_maker(c, head, lambda ch: (x := p.mention(ch)) is None or x.tag == "D")
    return [state] if state is not None else []
