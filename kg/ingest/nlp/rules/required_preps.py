"""A trigger's required phrase (``requires_prep`` of data/lexicon/relations.yaml: "a note of
protest", "put on hold") where the parser hangs it or its object elsewhere: the words it names, and
the object it swallowed ("on [hold talks]")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger


def required_objects(tok: Token, trig: Trigger) -> list[Token]:
    """ "a note of protest": the words a trigger noun's required phrase names (its ``requires_prep``
    object), where the parser hangs the phrases after the noun ("to Ankara")."""
    return [
        o
        for prep, words in trig.requires_prep
        for x in tok.children
        if x.dep_ == "prep" and x.lower_ == prep
        for o in x.children
        if o.dep_ == "pobj" and o.lemma_.lower() in words
    ]


def particle_object(tok: Token, trig: Trigger) -> list[Token]:
    """ "called in Hirohisa Soma (the Chinese ambassador)", the trigger's particle read as a
    preposition right after the verb, which has no object of its own: its object is, before any
    object a conjunct shares ("called in X on Monday and gave him a note": X, not the note)."""
    if any(ch.dep_ == "dobj" for ch in tok.children):
        return []
    return [
        o
        for ch in tok.children
        if ch.dep_ == "prep" and ch.i == tok.i + 1 and ch.lower_ in trig.particle
        for o in ch.children
        if o.dep_ == "pobj"
    ]


def object_inside_prep(tok: Token, trig: Trigger) -> list[Token]:
    """ "put on hold talks with Tokyo", parsed as "on [hold talks]": the talks are the object;
    "called in X": the object of the particle read as a preposition (:func:`particle_object`)."""
    if misread := particle_object(tok, trig):
        return misread
    return [
        o
        for prep, words in trig.requires_prep
        for x in tok.children
        if x.dep_ == "prep" and x.lower_ == prep
        for o in x.children
        if o.dep_ == "pobj"
        and o.lemma_.lower() not in words
        and any(ch.dep_ == "compound" and ch.lemma_.lower() in words for ch in o.children)
    ]


def past_required_word(tok: Token, trig: Trigger, objs: list[Token]) -> list[Token]:
    """ "put on hold a planned survey", parsed as "put on [hold] [a survey]" or "put on [hold [a
    survey]]": the word of the required phrase, read as the verb's object after its bare
    preposition, is none; what follows it is."""
    words = {w for _, ws in trig.requires_prep for w in ws}
    out: list[Token] = []
    for o in objs:
        bare = o.i > 0 and o.doc[o.i - 1].head == tok and not list(o.doc[o.i - 1].children)
        if o.lemma_.lower() in words and o.dep_ == "dobj" and bare:
            out += [ch for ch in o.children if ch.dep_ == "dobj" and ch.i > o.i]
        else:
            out.append(o)
    return out
