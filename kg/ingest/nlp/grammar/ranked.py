"""A noun ranked among those who did a thing ("the fifth country to recognise it", "became the
only state to sign"): its infinitive tells a deed done, not one wished, and the copula's subject
did it (the parser hangs the infinitive on the noun)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.mood import words  # the rank words are mood data

if TYPE_CHECKING:
    from spacy.tokens import Token


def ranked_doer(verb: Token) -> bool:
    """An infinitive of a noun ranked among those who did it: "the fifth country to recognise
    it", "became the only state to sign" (the parser hangs it on the noun or on the copula)."""
    if verb.dep_ in ("acl", "relcl"):  # the parser takes either for the infinitive
        return _ranked(verb.head)
    return verb.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "attr" and _ranked(c) for c in verb.head.children
    )


def ranked_host(verb: Token) -> Token | None:
    """The copula whose subject did what a ranked noun's infinitive says: "Israel became the first
    country to recognise Somaliland" (the parser hangs "to recognise" on "country" as a relative
    clause): "became", whose subject recognises."""
    noun = verb.head
    if verb.dep_ in ("acl", "relcl") and noun.dep_ == "attr" and _ranked(noun):
        return (
            noun.head if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else None
        )
    return None


def _ranked(noun: Token) -> bool:
    """A noun ranked among those who did a thing: "the fifth country", "the only state"."""
    return any(c.dep_ == "amod" and c.lower_ in words().ranks for c in noun.children)
