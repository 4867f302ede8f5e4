"""A name a speaker gives inside words another speech verb reports ("said Moscow would respond to
what he called 'hostile actions'"): a phrase of those reported words, which that verb's statement
holds, not a statement of its own. Only a free relative ("what he called") is read so: "the
decision, which he called 'fair'" names a thing beside the words. Kept apart so that both the
speech verbs (kg.ingest.nlp.rules.statements) and the quotations (kg.ingest.nlp.rules.speech)
can ask it."""

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
