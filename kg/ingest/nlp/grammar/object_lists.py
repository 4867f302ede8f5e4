"""A list of objects the parser split between an infinitive and the verb above it: mended in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def mend_objects_split_from_lists(doc: Doc) -> None:
    """Mend, in place, the rest of an infinitive's list of objects that the parser hung on the verb
    above it ("obliged Chile to build a wharf, a customs office and a railway terminal", "a customs
    office" a second ``dobj`` of "obliged"): an object after the infinitive, set off from the
    infinitive's own object by a comma and going on as a list, is that object's conjunct, not the
    outer verb's (English puts a verb's object before its infinitive: "obliged Chile to ...")."""
    for obj in tokens(doc):
        if obj.dep_ != "dobj" or obj.left_edge.i < 1:
            continue
        verb = obj.head
        inner = [
            o
            for x in verb.children
            if x.dep_ == "xcomp" and x.i < obj.i
            for o in x.children
            if o.dep_ == "dobj" and o.i < obj.i
        ]
        comma = doc[obj.left_edge.i - 1]
        if not inner or comma.text != "," or comma.head != verb or not _goes_on(obj):
            continue
        _join(inner[-1], obj, comma)


def _goes_on(obj: Token) -> bool:
    """Whether the object goes on as a list does ("a customs office and a railway terminal"); "...
    to repay it, a demand Kyiv dismissed" sums up the clause, no object of it."""
    return any(ch.dep_ == "conj" for ch in obj.children) and any(
        ch.dep_ == "cc" for ch in obj.children
    )


def _join(first: Token, later: Token, comma: Token) -> None:
    later.head, later.dep_ = first, "conj"
    comma.head = first
