"""The verb that reports a view whose speech tag stands inside it between commas ("The sandbank,
she said, belongs to the DRC", "Kinkole Island, the minister said on Monday, is Congolese").
grammar.speech_misreads mends such a parse so that the view's verb is the root and the tag a
``parataxis`` of it; the tag still reports the clause, and its subject holds the view, as in
"She said the sandbank belongs to the DRC"."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import load

if TYPE_CHECKING:
    from spacy.tokens import Token


def reporting_verb(tok: Token) -> Token:
    """``grammar.reporting_head``; where that verb carries an inserted speech tag with a subject
    of its own, the tag."""
    head = g.reporting_head(tok)
    if head.pos_ not in ("VERB", "AUX"):
        return head
    for c in head.children:
        if (
            c.dep_ == "parataxis"
            and c.lemma_.lower() in saying()
            and any(s.dep_ == "nsubj" for s in c.children)
        ):
            return c
    return head


@cache
def saying() -> frozenset[str]:
    """The verbs of saying the lexicon's views hang on (the ``requires_head`` lists that hold
    "say"): a quoted clause under one is reported, not the sentence's main clause."""
    return frozenset(
        w for r in load() for t in r.triggers if "say" in t.requires_head for w in t.requires_head
    )
