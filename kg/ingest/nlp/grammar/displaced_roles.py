"""Roles the parse leaves away from their verb.

An object set after an inserted adverbial: "Pakistan has claimed, since the 1960s, the whole of
Sir Creek", "Argentina has claimed, since 1833, the islands". Between commas, the phrase cuts the
verb from its object, and the parser hangs the object on the verb as a bare adverbial noun
("npadvmod") or leaves it unread ("dep"); a verb without an object of its own takes it back.

The doer of a noun's infinitive: "Israel's decision to recognise Somaliland", "Japan's bid to
regain the islands": the noun's possessor, who decides or bids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import a_time

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How the parser hangs the cut-off object on the verb.
_MISREAD = frozenset({"npadvmod", "dep"})
#: How it hangs the inserted phrase.
_INSERTED = frozenset({"prep", "advmod", "advcl", "npadvmod"})


def object_past_insertion(verb: Token) -> list[Token]:
    """The noun after an inserted phrase between commas, where ``verb`` has no object: its object."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    doc = verb.doc
    for c in verb.rights:
        if c.dep_ not in _MISREAD or c.pos_ not in ("NOUN", "PROPN") or a_time(c):
            continue
        if c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
            continue
        if any(_set_off(x, verb, c) for x in verb.children):
            return [c]
    return []


def _set_off(phrase: Token, verb: Token, obj: Token) -> bool:
    """A phrase of the verb between it and ``obj`` that a comma opens."""
    return (
        phrase.dep_ in _INSERTED
        and phrase != obj
        and verb.i < phrase.left_edge.i
        and phrase.right_edge.i < obj.left_edge.i
        and phrase.doc[phrase.left_edge.i - 1].text == ","
    )


def infinitive_owner(verb: Token) -> Token | None:
    """The possessor of the noun an infinitive hangs on ("Israel's decision to recognise X")."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "poss" and c.i < verb.i), None)
