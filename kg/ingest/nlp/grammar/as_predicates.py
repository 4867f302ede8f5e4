"""A verb's object after its fronted "as" predicate: mended in place.

A wire puts a short verdict before a long object: 'Guyana rejected as "null and void" a Venezuelan
decree that divides ...', 'Egypt rejected as "baseless" a fresh complaint by Sudan'. The small
parser hangs the adjective on "as" and the object on "as" (or on the adjective), so the verb acts
on nothing and the rejection is lost. On a verb with no object of its own, the noun phrase that a
determiner opens right after the adjectives of its "as" is that verb's object, and the phrases hung
on "as" after that noun are the noun's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What may stand between "as" and the object: the predicate's words and their quotation marks.
_BETWEEN = frozenset({"ADJ", "CCONJ", "PUNCT", "ADV"})


def mend_objects_after_as_predicates(doc: Doc) -> None:
    """Mend, in place, "rejected as [adjectives] [a ... noun]" read with the noun inside "as"."""
    for as_ in tokens(doc):
        if as_.lower_ != "as" or as_.dep_ not in ("prep", "advmod"):
            continue
        verb = as_.head if as_.dep_ == "prep" else as_.head.head
        if verb.pos_ != "VERB" or verb.i > as_.i or _has_object(verb):
            continue
        noun = _object_after(doc, as_)
        if noun is None:
            continue
        for word in [t for t in doc[noun.i + 1 :] if t.head.i == as_.i and t.dep_ == "prep"]:
            word.head = noun  # "a complaint by Sudan [to the Council] [over the triangle]"
        start = next(t.i for t in doc[as_.i + 1 : noun.i] if t.tag_ in ("DT", "PRP$"))
        for word in [t for t in noun.children if t.i < start]:
            word.head = as_  # "as [unacceptable] a Chinese list": the predicate, not the object's
        noun.head, noun.dep_ = verb, "dobj"


def _object_after(doc: Doc, as_: Token) -> Token | None:
    """The head noun of the phrase a determiner opens after the adjectives following ``as_``;
    None where no adjective stands between (a plain "as X": "regarded as a threat") or no noun."""
    adjectives = 0
    for t in doc[as_.i + 1 :]:
        if t.pos_ in _BETWEEN:
            adjectives += t.pos_ == "ADJ"
            continue
        if t.tag_ not in ("DT", "PRP$") or adjectives == 0:
            return None
        noun = t.head
        return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i > t.i else None
    return None


def _has_object(verb: Token) -> bool:
    """Whether the verb already acts on something (or is a passive, which has none to take)."""
    return any(c.dep_ in ("dobj", "obj", "auxpass", "ccomp") for c in verb.children)
