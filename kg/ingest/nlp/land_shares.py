"""A share of a possessed territory: "[more than half] of Belize's territory" names the share, not
the state's whole land (split from kg.ingest.nlp.lands, which resolves descriptive mentions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import triggers

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where a phrase says what another thing is rather than naming a thing of its own.
_PREDICATIVE = frozenset({"attr", "oprd", "appos", "acomp", "ccomp", "xcomp", "conj", "ROOT"})


def share_of(head: Token, shares: frozenset[str]) -> list[Token]:
    """ "[more than half] of Belize's territory": the first word of the share a possessed territory
    stands under ("of" after a noun of quantity), or nothing."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in shares:
        return []
    if not any(c.dep_ in ("poss", "amod") for c in head.children):
        return []  # "part of the territory": no state's own ("of Belizean territory" is)
    if prep.head.dep_ in _PREDICATIVE or _linked(prep.head) or _second_object(prep.head):
        return []  # "X is an inherent part of Japan's territory" says what X is; so does "X forms part of"
    return [prep.head.left_edge]


def _second_object(share: Token) -> bool:
    """ "calling the islets an inherent part of Japan's territory", parsed as two objects: the
    second says what the first is, as a predicate noun does."""
    return share.dep_ == "dobj" and any(
        c.dep_ in ("dobj", "dative") and c.i < share.i for c in share.head.children
    )


def _linked(share: Token) -> bool:
    """ "the cays form part of Colombia's territory": the share is the object of a verb that makes
    it a predicate noun (the ``declared_by`` verbs of its trigger class in relations.yaml)."""
    lemma = share.lemma_.lower()
    verbs = {v for _rel, trig in triggers.by_lemma().get(lemma, ()) for v in trig.declared_by}
    return share.dep_ == "dobj" and share.head.lemma_.lower() in verbs
