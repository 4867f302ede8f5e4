"""What a summons is over, told by its purpose clause: "summoned the envoy to protest the attack",
"to lodge a protest over the killing", "to express its displeasure about the visit".

A summons names no subject of its own where the words of the act stand in the infinitive that says
why the envoy was called in; that infinitive's over/about/against phrase (on it or its object)
or, where the infinitive is a verb of the ``protests`` class itself, its object, is what it is over.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import load

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The prepositions that say what an act of protest is over.
_ABOUT = ("over", "about", "against")


@cache
def _protest_verbs() -> frozenset[str]:
    """The verbs of the ``protests`` class that take what is protested as their object."""
    return frozenset(
        lemma
        for r in load()
        if r.name == "protests"
        for t in r.triggers
        if not t.noun and ("object", "subject") in t.slots
        for lemma in t.lemmas
    )


def purpose_of(tok: Token) -> list[Token]:
    """What the act at ``tok`` is over, by its purpose infinitive ("to protest X", "to lodge a
    protest over X"); none where the infinitive says nothing of it ("to hear Japan's protest")."""
    out: list[Token] = []
    for ch in tok.children:
        if ch.dep_ not in ("xcomp", "advcl") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in ch.children
        ):
            continue
        about = [x for h in (ch, *g.objects(ch)) for w in _ABOUT for x in g.preps(h, w)]
        if about:
            out += about
        elif ch.lemma_.lower() in _protest_verbs():
            out += g.objects(ch)
    return out
