"""Where words stand to the quotations of their sentence: a speech verb beside them or inside
them, words that end in quotation marks (the speaker's own), and a verb that tells what a ruling
says (no one's statement). Used by rules/speech.py and the rules that read speech's content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.segment import quotes

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_ruling(p: g.Parsed, tok: Token) -> bool:
    """Whether a speech verb tells what a ruling says ("said in a 2019 advisory opinion that ...",
    "In its order, the court told Venezuela that ..."): the ruling's content (rules/events.py reads
    it as issued and obliges), not a statement; "in a statement", "in a letter" are still speech."""
    return any(
        (m := p.mention(o)) is not None
        and m.tag == "D"
        and m.entity is not None
        and m.entity.subtype == "Ruling"
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for o in prep.children
        if o.dep_ == "pobj"
    )


def beside_quotations(c: Collector, s: Sentence, verb: int, said: tuple[int, int]) -> bool:
    """Whether a speech verb at ``verb`` and what it says stand outside the quotations of its
    sentence: '"...," she said, adding that they would appeal' reports more than the quotation,
    also where the reported words end in a quoted fragment ('... patrols "as the law allows"')."""
    text = c.source.text
    first = next((i for i in range(*said) if text[i].isalnum()), said[0])  # past a quotation mark
    hosted = said[0] <= verb < said[1]  # "According to X, '...'": the tag's clause holds it
    return not any(
        start <= verb < end
        or (start < said[1] and said[0] < end if hosted else start <= first < end)
        for start, end in c.quoted
        if start < s.span.end and s.span.start < end
    )


def ends_quoted(c: Collector, s: Sentence, span: tuple[int, int] | Token) -> bool:
    """Whether the words at ``span`` end inside a quotation of sentence ``s`` ('denounced the deal
    as a "land grabber"'): the speaker's own words, not the outlet's."""
    if not isinstance(span, tuple):
        return False
    text = c.source.text
    end = next((i for i in range(span[1] - 1, span[0] - 1, -1) if text[i].isalnum()), None)
    return end is not None and any(q.start <= end < q.end for q in quotes(text, s.span))


def asked(c: Collector, s: Sentence) -> bool:
    """Whether sentence ``s`` asks a question of its own ("Did Lavrov say the islands would never be
    returned?"): what it says someone said, nobody has said. A question mark inside a quotation
    is the speaker's question ('He said: "Why now?"'), not the sentence's."""
    text = c.source.text
    end = s.span.end
    while end > s.span.start and (text[end - 1].isspace() or text[end - 1] in "\"”’'"):
        end -= 1
    return (
        end > s.span.start
        and text[end - 1] == "?"
        and not any(q.start <= end - 1 < q.end for q in quotes(text, s.span))
    )


def opens_quoted(c: Collector, s: Sentence, span: tuple[int, int] | Token) -> bool:
    """Whether the words at ``span`` open inside a quotation of sentence ``s`` ('accused France of
    "illegally occupying" the island'): they start with the speaker's own words."""
    if not isinstance(span, tuple):
        return False
    text = c.source.text
    first = next((i for i in range(*span) if text[i].isalnum()), None)
    return first is not None and any(q.start <= first < q.end for q in quotes(text, s.span))
