"""Statements: quotations with their attribution, and reported speech ("X said that ...")."""

from __future__ import annotations

import re

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention, mask, merge
from kg.ingest.nlp.rules.common import Collector, balanced, ph
from kg.ingest.nlp.segment import Span, quotes
from kg.model import Entity

_WHO = rf"(?P<who>{ph('P')}|{ph('S')}|{ph('O')})"
_FIRST = re.compile(r"\b(?:I|me)\b")


def _speech() -> str:
    return lexicon.load().speech_pattern


def quotations(c: Collector, para: Span, sentences: list[Sentence]) -> dict[int, Entity]:
    """Statements for the quotations of one paragraph; returns sentence index -> speaker for
    sentences inside a quotation (so "I" and "me" there can be resolved)."""
    text = c.source.text
    found = [m for s in sentences for m in s.masked.mentions]
    masked = mask(text, para.start, para.end, found)
    speech = _speech()
    after = re.compile(
        rf"^[\s,]*(?:{_WHO}\s+(?:{speech})\b|(?:{speech})\s+{_WHO.replace('who', 'who2')})", re.I
    )
    before = re.compile(rf"{_WHO}\s+(?:{speech})\s*(?:that\s*)?[:,]?\s*$", re.I)
    speakers: dict[int, Entity] = {}
    runs: list[tuple[Entity, int, int, list[str]]] = []
    for q in quotes(text, para):
        if len(q.text.split()) < 4:
            continue  # scare quotes, not a statement
        mq_end = _masked_pos(masked, q.end + 1)
        mq_start = _masked_pos(masked, q.start - 1)
        who = None
        m: re.Match[str] | _Found | None = after.match(masked.text[mq_end:])
        if m is None:
            tag = before.search(masked.text[:mq_start])
            if tag is not None:
                m = _Found(tag.group("who"))
        placeholder = (m.group("who") or m.group("who2")) if m is not None else None
        if placeholder:
            who = masked.mention(placeholder).entity
        if who is None and runs and runs[-1][2] >= q.start - 80:
            who = runs[-1][0]
        if who is None:
            continue
        if runs and runs[-1][0] == who:
            prev = runs.pop()
            runs.append((who, prev[1], q.end, prev[3] + [q.text]))
        else:
            runs.append((who, q.start, q.end, [q.text]))
        for s in sentences:
            if s.span.start < q.end and q.start < s.span.end:
                speakers[s.index] = who
    anchor = sentences[0] if sentences else None
    for who, start, end, parts in runs:
        if anchor is None:
            break
        c.add(
            "statement",
            {"speaker": who, "quote_start": " ".join(parts).rstrip(" ,")},
            anchor,
            "quotation",
            0.9,
            span=(start, end),
        )
    return speakers


class _Found:
    def __init__(self, who: str) -> None:
        self._who = who

    def group(self, name: str) -> str | None:
        return self._who if name == "who" else None


def _masked_pos(masked, offset: int) -> int:
    for i, o in enumerate(masked.starts):
        if o >= offset:
            return i
    return len(masked.text)


def add_first_person(c: Collector, s: Sentence, speaker: Entity) -> None:
    """Inside a quotation, "I" and "me" are the speaker."""
    text = c.source.text
    extra = [
        Mention(m.start(), m.end(), m.group(), "P", speaker, how="first-person")
        for m in _FIRST.finditer(text, s.span.start, s.span.end)
    ]
    if extra:
        s.masked = mask(text, s.span.start, s.span.end, merge(s.masked.mentions, extra))
    s.quote = (s.span.start, s.span.end)
    s.reporter = speaker


def record(
    c: Collector,
    s: Sentence,
    who: Entity | tuple[Entity, ...],
    span: tuple[int, int],
    rule: str,
    words: str | None = None,
) -> None:
    """A statement of reported speech (by one speaker, or jointly by several); where the sentence is
    mostly what was said, the facts read in it are the (single) speaker's view, not the outlet's."""
    if c.author is not None and who in (c.author, c.speaker_state):
        return  # a press statement's own words are already its author's statements
    start, end = span
    words = balanced(words or c.source.text[start:end].strip(' ,."“”'))
    if len(words.split()) < 3:
        return
    c.add("statement", {"speaker": who, "quote_start": words}, s, rule, 0.8)
    when = [
        d.iso
        for d in find_dates(c.source.text, s.span.start, s.span.end, c.ref)
        if not start <= d.start < end
    ]
    if when and isinstance(
        who, Entity
    ):  # "X said on Monday ... The ministry added that": that Monday
        c.said_on[who.key] = when[0]
    if end - start >= (s.span.end - s.span.start) / 2 and isinstance(who, Entity):
        s.reporter = who
