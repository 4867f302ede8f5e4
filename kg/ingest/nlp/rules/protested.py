"""Whose act a protest is over: "lodged a protest with Japan over its claim to Dokdo" protests
Japan's claim. A protest is made against another's act, so a possessive that owns the very act the
protest is over refers to the one protested to, not to the protester (the clause's subject); a
possessive further inside ("over the detention of its fishermen") keeps the usual reading."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, state_of
from kg.ingest.nlp.triggers import by_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

_ABOUT = ("over", "about", "against", "at")


@lru_cache(maxsize=1)
def _protest_words() -> frozenset[str]:
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
    hosts = [host, *(o for o in g.objects(host) if o.lemma_.lower() in _protest_words())]
    if host.pos_ in ("NOUN", "PROPN") and (gov := g.governor(host)) is not None:
        hosts.append(gov)
    if not any(h.lemma_.lower() in _protest_words() for h in hosts):
        return None
    to = [o for h in hosts for w in ("with", "to") for o in g.preps(h, w)]
    to += [
        o for h in hosts if h.pos_ == "VERB" for o in g.objects(h)
    ]  # "summoned the Japanese envoy"
    found = {
        s.key: s for m in g.fillers(p, to, {"S", "C"}, deep=True) if (s := state_of(c, m.entity))
    }
    return next(iter(found.values())) if len(found) == 1 else None
