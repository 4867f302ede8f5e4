"""Whom a message was handed: "sent Ecuador a note of protest", "handed Ukraine's ambassador a
note protesting against the dredging", "delivered a note to the High Commission of X protesting
the detention". A protest is lodged against the one it is handed to, so the verb that carries the
message names that side with its indirect object or its "to", whether the trigger is the message
itself or a participle on it. "summoned X's envoy and handed him a protest": the pronoun is the
object of the verb it is joined to, the one summoned. What such a note protests is what its
participle takes: "a note protesting against the dredging", "a letter protesting the arrests"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRONOUNS = frozenset({"him", "her", "them"})
_MESSAGES = frozenset({"note", "letter", "protest", "demarche", "démarche", "complaint"})


def recipients(tok: Token, noun: bool) -> list[Token]:
    """The tokens naming whom the message at ``tok`` (a trigger noun, or a participle on the
    message noun) was handed, sent or delivered."""
    carrier = _carrier(tok, noun)
    if carrier is None:
        return []
    found = [*g.datives(carrier), *g.preps(carrier, "to")]
    return [y for x in found for y in _antecedent(carrier, x)]


def _carrier(tok: Token, noun: bool) -> Token | None:
    """The verb that hands the message on: the noun's governor, or the governor of the noun a
    participle modifies ("a note protesting X"), or the verb a participle clause hangs on ("sent a
    note to Seoul, protesting X")."""
    if noun:
        return g.governor(tok)
    if tok.tag_ != "VBG":  # "objected to X, sending a note to India": the participle sends it
        return next((ch for ch in tok.children if _sends_message(ch)), None)
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        return g.governor(tok.head)
    if tok.dep_ == "advcl" and tok.head.pos_ == "VERB" and g.objects(tok.head):
        return tok.head
    return None


def _sends_message(t: Token) -> bool:
    """A participle clause that sends a message ("sending diplomatic notes to both neighbours")."""
    return (
        t.dep_ == "advcl"
        and t.tag_ == "VBG"
        and t.lemma_.lower() in lexicon.load().sending_verbs
        and any(o.lemma_.lower() in _MESSAGES for o in g.objects(t))
    )


def _antecedent(carrier: Token, x: Token) -> list[Token]:
    """A pronoun handed the message stands for the object of the verb the carrier is joined to
    ("summoned the envoy and handed him a note"); any other word stands for itself."""
    if x.lower_ not in _PRONOUNS:
        return [x]
    if carrier.dep_ != "conj":
        return []
    found = [o for o in g.objects(carrier.head) if o.pos_ in ("NOUN", "PROPN") and o.i < x.i]
    if found:
        return found
    # "..., when X summoned the envoy, and handed him a note", the parser joining "handed" to the
    # main verb: the last object of a verb before the carrier
    before = [
        t
        for t in x.doc[x.sent.start : carrier.i]
        if t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB" and t.pos_ in ("NOUN", "PROPN")
    ]
    return before[-1:]


def participle_objects(tok: Token) -> list[Token]:
    """What the participle on the message noun ``tok`` takes: "a note protesting [the arrests]",
    "a note protesting against [the dredging]" (the trigger's ``modifiers`` word as a verb), "a
    note of protest describing [the appointment] as void" (the parser hangs it on "protest")."""
    nouns = [tok, *(o for o in g.preps(tok, "of") if o.lemma_.lower() == "protest")]
    return [
        x
        for noun in nouns
        for ch in noun.children
        if ch.dep_ == "acl" and ch.tag_ == "VBG"
        for x in [*g.objects(ch), *g.preps(ch, "against")]
    ]
