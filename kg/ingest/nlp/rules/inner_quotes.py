"""Quoted words set inside the outlet's own words of what a naming or demanding verb says: 'rejected
what he called Madrid's "recycled" claim', 'over what N'Djamena described as the "illegal
installation" of an armed post', 'urged Islamabad not to use the crossing "as a means of
pressure"'. The verb's speaker said the quoted words whatever stands around them, so they are a
statement as a naming wholly in quotation marks is ('called the accord "null and void"'); a
quotation under another verb of saying inside those words ('urged X to withdraw it, calling it
"unjust"') is that verb's, and words with no quotation stay the outlet's account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.segment import quotes
from kg.ingest.nlp.triggers import speaks

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp import grammar as g
    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector


def own_quotations(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, span: tuple[int, int]
) -> tuple[int, int] | None:
    """The stretch from the first to the last quotation lying whole inside ``span`` (the words a
    trigger ``tok`` says of its object) that no other verb of saying there governs, or None."""
    own = [
        q
        for q in quotes(c.source.text, s.span)
        if span[0] <= q.start and q.end <= span[1] and not _another_speakers(p, tok, q.start)
    ]
    return (own[0].start, own[-1].end) if own else None


def _another_speakers(p: g.Parsed, tok: Token, start: int) -> bool:
    """Whether the quotation opening at ``start`` hangs on a verb of saying below ``tok``."""
    first = next((t for t in p.doc if p.offset + t.idx >= start), None)
    node = first
    for _ in range(12):
        if node is None or node == tok or node.head == node:
            return False
        if node != first and node.pos_ in ("VERB", "AUX") and speaks(node):
            return True
        node = node.head
    return False
