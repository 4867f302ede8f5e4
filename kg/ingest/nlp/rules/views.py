"""A view and the verb of its holder: "does not consider Gibraltar part of its territory", "no
longer regards the treaty as binding", "would consider it valid". What a trigger says under a
verb of saying or regarding is denied (or made a plan) with that verb. Two ways a trigger names
that verb: ``requires_head`` (claims, status) and an ``asker`` slot (adherence); one module, so the
two are read alike."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules import wording
from kg.ingest.nlp.triggers import load

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Relation, Trigger


def denied_with_its_head(tok: Token, trig: Trigger) -> bool:
    """ "does not consider Gibraltar part of its territory", "does not believe the islands belong
    to Russia": a trigger that counts only under a verb of saying or regarding is denied with it."""
    if not trig.requires_head:
        return False
    head = g.reporting_head(tok)  # "does not regard it as part of": "regard"
    if head == tok or head.lemma_.lower() not in trig.requires_head:
        return False
    ending = _ending_verb(head)
    if ending is not None:  # "has never dropped its claim that ...": held; "dropped it": ended
        return wording.ended(ending)
    copula = head.head if head.dep_ == "acomp" else head  # "is not due to meet": the copula's
    return g.negated(head) or g.negated(copula)


def _ending_verb(noun: Token) -> Token | None:
    """The verb that ends what a view noun names ("dropped its claim that X is Y's"; the noun
    trigger's ``ended_by``), where it governs the noun."""
    verb = noun.head
    if (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in _ending(noun.lemma_.lower())
    ):
        return verb
    return None


@cache
def _ending(noun: str) -> frozenset[str]:
    """The verbs that end what ``noun`` names, from the noun triggers that hold it."""
    return frozenset(
        w for r in load() for t in r.triggers if t.noun and noun in t.lemmas for w in t.ended_by
    )


def asker_verb_is(tok: Token, trig: Trigger, test: Callable[[Token], bool]) -> bool:
    """Whether the verb of the one who holds the view (the ``asker``: "no longer considers the
    treaty valid", "would consider it binding") is negated or modal: then so is the view."""
    return (
        not trig.noun
        and any(role == "asker" or slot == "asker" for slot, role in trig.slots)
        and tok.dep_ in ("ccomp", "xcomp", "advcl")
        and tok.head != tok
        and test(tok.head)
    )


def undecided(tok: Token, rel: Relation) -> bool:
    """ "has neither accepted nor rejected the ruling": a negated opposite joined by "neither ...
    nor" to a word of the relation itself takes no side (unlike "neither accepts nor recognises")."""
    first = tok.head if tok.dep_ == "conj" else tok
    if not any(ch.dep_ == "preconj" and ch.lower_ == "neither" for ch in first.children):
        return False
    others = {v.lemma_.lower() for v in (first, *first.conjuncts) if v != tok}
    return any(others & t.lemmas for t in rel.triggers if not t.noun and t.negated != "opposite")
