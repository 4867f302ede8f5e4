"""Speaker lines: the wire "reactions" brief ("Here is what officials said:"), where a line of its
own names who speaks and ends with a colon ("- Foreign Minister X, in a statement:", "X said:",
"A spokesman for the Forum:") and the quotation paragraphs below it are that speaker's words until
the next line that is not one of them. The line's speaker is read as the speaker of "X said" is:
the line's head noun fills the speech class's speaker slot, so an office ("Manele's office") or a
body ("a spokesman for the Forum") speaks as it would before "said", and a line that names no one
("Background:", "Here is what officials said:") gives no speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.reported import Speaker
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.segment import Span
from kg.ingest.nlp.triggers import by_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Marks that open a line of a list ("- X:", "* X:", "— X:").
_BULLETS = "-*—–•· "
#: Verb tags of a finite clause: a line with one tells something ("Here is what ... said:").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_QUOTES = '"“”'
_SPEAKER = frozenset({"speaker"})


def read_line(c: Collector, para: Span, sentences: list[Sentence]) -> None:
    """Keep the speaker a paragraph's speaker line names, for the quotation paragraphs below it;
    a paragraph that neither is such a line nor opens with a quotation ends the run."""
    text = c.source.text[para.start : para.end].strip()
    if len(sentences) == 1 and text.endswith(":") and not any(q in text for q in _QUOTES):
        c.line_speaker = _speaker(c, sentences[0])
    elif not text.lstrip(_BULLETS).startswith(tuple(_QUOTES)):
        c.line_speaker = None


def _speaker(c: Collector, s: Sentence) -> Speaker | None:
    """Who a speaker line names: its head noun as the speaker of a speech verb ("X, in a
    statement:"), or the speaker of its own speech verb ("X said:"); None for a line that tells
    something or names no one."""
    p = s.parsed or (g.Parsed.of(s.doc, s.span.start, s.masked.mentions) if s.doc else None)
    if p is None:
        return None
    roots = [t for t in p.tokens if t.dep_ == "ROOT"]  # a bullet may be parsed as a line of its own
    root = next((t for t in roots if t.text not in _BULLETS), roots[0] if roots else None)
    if root is not None and root.text in _BULLETS:  # the parser may hang the line on its bullet
        root = next((ch for ch in root.children if not ch.is_punct), None)
    if root is None:
        return None
    if root.tag_ in _FINITE:  # "X said:": the speaker of the line's own speech verb
        others = [t for t in p.tokens if t.tag_ in _FINITE and t.i != root.i]
        return None if others else _as_speaker(c, s, p, root, root.lemma_.lower(), None)
    if any(t.tag_ in _FINITE for t in p.tokens):
        return None  # "Here is what officials said:": the outlet's sentence
    head = root if root.pos_ in ("NOUN", "PROPN") else _subject(root)
    return None if head is None else _as_speaker(c, s, p, head, "say", head)


def _as_speaker(
    c: Collector, s: Sentence, p: g.Parsed, verb: Token, lemma: str, head: Token | None
) -> Speaker | None:
    """The speaker of the speech verb ``lemma`` at ``verb``; with ``head``, the one that noun
    gives as the subject of that verb ("Foreign Minister X, in a statement:" as "X said")."""
    for rel, trig in by_lemma().get(lemma, ()):
        slot = next((sl for sl, role in trig.slots if role == "speaker"), None)
        if rel.name != "statement" or trig.noun or slot is None:
            continue
        if head is not None and slot != "subject":
            continue
        known = {slot: [head]} if head is not None else None
        filled = fill(c, s, p, verb, rel, trig, roles=_SPEAKER, known=known)
        if filled is None or not filled.get("speaker"):
            continue
        who = filled["speaker"]
        return who[0] if len(who) == 1 else tuple(who)
    return None


def _subject(root: Token) -> Token | None:
    """The noun a verbless line hangs on its head ("X, in a statement:", "X, speaking to ...")."""
    return next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
