"""Whom "he" or "she" in a speech tag cannot mean: anyone named in the words the tag reports.

'President Lee and Prime Minister Takaichi agreed to keep up "shuttle diplomacy," he noted': the
pronoun is the subject of the verb whose complement names Lee, so it cannot be Lee (a name inside
what a pronoun's clause reports is never that pronoun's antecedent); it is the one talked of
before, the minister who spoke in the sentence before. So with the tag in the middle ("The
handover, she said, would wait"). Where what stands before is another tag (a sentence the splitter
joined to the one before, '"...," X wrote on X. He said ...'), nothing is set aside. A pronoun in the reported words themselves ("Lee said he would
go") is untouched, and so is one whose verb says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.triggers import speaks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def reported_before(doc: Doc | None, offset: int, start: int) -> tuple[int, int] | None:
    """The article offsets of the words reported before the pronoun at ``start`` by the speech
    verb it is the subject of, or None where it is no such tag's subject."""
    if doc is None:
        return None
    pron = next((t for t in tokens(doc) if t.idx == start - offset), None)
    if pron is None or pron.dep_ != "nsubj" or not speaks(pron.head):
        return None
    first = _first_reported(pron.head, pron)
    if first is None:
        return None
    return offset + first.idx, start


def _first_reported(verb: Token, pron: Token) -> Token | None:
    """The first token of the words ``verb`` reports before its subject ``pron``: its clausal
    complement set before it, else the clause the parser hung the tag on as an aside (the tag
    after or in the middle of its words)."""
    said = [ch for ch in verb.children if ch.dep_ == "ccomp" and ch.i < pron.i]
    if said:  # not another tag ('"...," X wrote on X. He said ...' parsed as one sentence)
        return None if speaks(said[0]) else said[0].left_edge
    if verb.dep_ == "parataxis" and verb.head.left_edge.i < pron.i:
        return verb.head.left_edge
    return None
