"""Arguments joined by "together with" or "along with": "Finland ceded it, together with Lavansaari
and Seiskari, to the Soviet Union", "Gan forms part of Addu City together with Hithadhoo". The parser
hangs the phrase on the verb, so the names in it would be no argument at all; they share the role of
the argument they accompany: the object the phrase follows, else the subject where the phrase stands
before the verb or the verb is a linking one (its object, "forms part", is a predicate). A "like"
phrase set off by commas between the subject and its verb ("Usingo, like Migingo, is Kenyan
territory", "X, like Ceuta and Melilla, is Spanish") says the same of its names as of the subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar import object_roles, roles
from kg.ingest.nlp.grammar.memo import kept
from kg.ingest.nlp.grammar.voice import is_passive
from kg.ingest.nlp.grammar.words import LINKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The adverb or preposition before "with" that makes it a coordination ("together with").
_ALONG = frozenset({"together", "along"})


def _phrases(verb: Token) -> list[Token]:
    """The "with" of each "together with" / "along with" phrase hung on the verb."""
    out = []
    for ch in verb.children:
        if ch.dep_ == "prep" and ch.lower_ == "with":
            if any(a.lower_ in _ALONG for a in ch.children if a.dep_ in ("advmod", "prep")):
                out.append(ch)
            elif ch.i > 0 and ch.doc[ch.i - 1].lower_ in _ALONG:
                out.append(ch)
        elif ch.dep_ in ("prep", "advmod") and ch.lower_ in _ALONG:
            out += [w for w in ch.children if w.dep_ == "prep" and w.lower_ == "with"]
    return out


def _joins_object(verb: Token, objs: list[Token], with_: Token) -> bool:
    """Whether the phrase follows the verb's object, with nothing but a comma or "together" between."""
    if verb.lemma_.lower() in LINKING:
        return False
    for obj in objs:
        gap = verb.doc[obj.right_edge.i + 1 : with_.i]
        if obj.i < with_.i and all(t.is_punct or t.lower_ in _ALONG for t in gap):
            return True
    return False


def _members(with_: Token) -> list[Token]:
    return [o for o in with_.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN", "PRON")]


def _joins_subject(verb: Token, objs: list[Token], with_: Token) -> bool:
    """Whether the phrase accompanies the subject: it stands before the verb ("X, together with Y,
    forms"), or the verb links its subject to a predicate ("X forms part of Z together with Y"). One
    after another verb's phrases may go with them ("passed to the crown together with Normandy")."""
    if _joins_object(verb, objs, with_):
        return False
    return with_.i < verb.i or verb.lemma_.lower() in LINKING or verb.lemma_.lower() == "be"


def likened(verb: Token, own: list[Token]) -> list[Token]:
    """The names of ", like Y (and like Z)," hung on the verb or on its subject, before the verb."""
    out: list[Token] = []
    for host in (verb, *own):
        for ch in host.children:
            if (
                ch.dep_ == "prep"
                and ch.lower_ == "like"
                and 0 < ch.i < verb.i
                and ch.doc[ch.i - 1].text == ","
            ):
                for w in (ch, *(c for c in ch.subtree if c.dep_ == "conj" and c.lower_ == "like")):
                    out += _members(w)
    return out


@kept
def subjects(t: Token) -> list[Token]:
    """``roles.subjects``, and the names a "together with" (or ", like Y,") phrase adds to them."""
    own = roles.subjects(t)
    objs = object_roles.objects(t) if own else []
    extra = [m for w in _phrases(t) if own and _joins_subject(t, objs, w) for m in _members(w)]
    extra += likened(t, own) if own else []
    return own + [m for m in extra if m not in own]


@kept
def objects(t: Token) -> list[Token]:
    """``object_roles.objects``, and the names a "together with" phrase after the object adds to
    them; of a passive, whose object is its subject, a phrase before the verb or on that subject
    ("Along with Etorofu, Kunashir has been held by X", "Kunashir, along with Etorofu, has been")."""
    own = object_roles.objects(t)
    extra = [m for w in _phrases(t) if own and _joins_object(t, own, w) for m in _members(w)]
    if own and is_passive(t):
        fronted = [w for w in _phrases(t) if w.i < t.i]
        extra += [m for w in fronted + _on_nouns(own, t) for m in _members(w)]
    return own + [m for m in extra if m not in own]


def _on_nouns(nouns: list[Token], verb: Token) -> list[Token]:
    """The "with" of each "together with" / "along with" phrase the parser hung on a noun before
    the verb (set off by a comma: "Kunashir, along with Etorofu, has been")."""
    return [
        w
        for n in nouns
        if n.i < verb.i
        for w in _phrases(n)
        if w.i > n.i and n.doc[n.i + 1].text == ","
    ]
