"""A name a speaker gives inside words another speech verb reports ("said Moscow would respond to
what he called 'hostile actions'"): a phrase of those reported words, which that verb's statement
holds, not a statement of its own. Only a free relative ("what he called") is read so: "the
decision, which he called 'fair'" names a thing beside the words. Kept apart so that both the
speech verbs (kg.ingest.nlp.rules.statements) and the quotations (kg.ingest.nlp.rules.speech)
can ask it. Where such a free relative is what a verb acts on ("rejected what he called Madrid's
claim"), the thing is the name it gives (named_object, read by the object slot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.rules.tags import is_tag
from kg.ingest.nlp.triggers import by_lemma, speaks, worded

if TYPE_CHECKING:
    from spacy.tokens import Token


def names(tok: Token) -> bool:
    """Whether a verb names a thing as the statement class reads naming ("called it", "labelled
    it"): a trigger whose words count only in quotation marks."""
    return any(
        rel.name == "statement" and trig.unquoted == "skip" and worded(tok, trig)
        for rel, trig in by_lemma().get(tok.lemma_.lower(), ())
    )


def named_in_report(tok: Token) -> bool:
    """Whether a naming verb, as a free relative ("what he called"), stands in a clause with a
    subject of its own that another speech verb reports ("said Moscow would respond to what he
    called ...", "saying the province would not accept drilling on what he called ..."); not a
    thing a verb names as its own object ('condemned what she called "..."'), nor a naming beside a
    demand ('urged Japan to withdraw it, calling it "unjust"')."""
    if not any(ch.dep_ == "dobj" and ch.lower_ == "what" for ch in tok.children):
        return False  # "the decision, which he called ...": a thing named beside the words
    node, through_clause = tok, False
    for _ in range(12):
        if node.head == node:
            return False
        reported = node.dep_ in ("ccomp", "relcl") and any(
            ch.dep_ in ("nsubj", "nsubjpass") for ch in node.children
        )
        through_clause = through_clause or (node is not tok and reported)
        node = node.head
        if through_clause and speaks(node) and not is_tag(node):
            return True
    return False


def named_object(tok: Token) -> list[Token]:
    """What a verb with no object of its own acts on where a free relative of naming stands for
    it ("rejected what he called Madrid's 'recycled' claim", "dismissed what it described as a
    forgery"): the parser hangs the naming verb on it as a clause with "what" for its object; the
    thing is the name that clause gives (its object predicate, or its "as" phrase), with the
    phrase the parser hung on the naming verb after it."""
    if any(ch.dep_ in ("dobj", "obj") for ch in tok.children):
        return []
    for clause in tok.children:
        if clause.dep_ != "ccomp" or not names(clause):
            continue
        if not any(ch.dep_ == "dobj" and ch.lower_ == "what" for ch in clause.children):
            continue
        named = [ch for ch in clause.children if ch.dep_ == "oprd"] or [
            o
            for prep in clause.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        if named:  # with the noun's own phrase the parser hung on the naming verb after it
            rest = [  # ("what he called Zagreb's attempt to draw borders", "... claim to X")
                ch
                for ch in clause.children
                if ch.i > named[0].i and ch.dep_ in ("prep", "xcomp", "acl") and ch.lower_ != "as"
            ]
            return [named[0], *rest]
    return []
