"""Reported speech and the speaker's words: a statement of what someone said in the outlet's
words ("X said (that) ..."), and "I"/"me" inside a quotation standing for its speaker. Used by
rules/speech.py (quotations) and rules/relations.py (speech verbs with a clause)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention, mask, merge
from kg.ingest.nlp.rules.common import Collector, balanced
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

_FIRST = re.compile(r"\b(?:I|me)\b")
Speaker = Entity | tuple[Entity, ...]


def add_first_person(c: Collector, s: Sentence, speaker: Speaker) -> None:
    """Inside a quotation, "I" and "me" are the speaker (and what it says is the speaker's view);
    words several speakers said together have no one "I"."""
    s.quote = (s.span.start, s.span.end)
    if not isinstance(speaker, Entity):
        return
    text = c.source.text
    extra = [
        Mention(m.start(), m.end(), m.group(), "P", speaker, how="first-person")
        for m in _FIRST.finditer(text, s.span.start, s.span.end)
    ]
    if extra:
        s.masked = mask(text, s.span.start, s.span.end, merge(s.masked.mentions, extra))
    s.reporter = speaker


def record(
    c: Collector,
    s: Sentence,
    who: Entity | tuple[Entity, ...],
    span: tuple[int, int],
    rule: str,
    words: str | None = None,
    min_words: int = 3,
    own_evidence: bool = False,
) -> Fact | None:
    """A statement of reported speech (by one speaker, or jointly by several) of ``min_words`` words
    or more; where the sentence is mostly what was said, the facts read in it are the (single)
    speaker's view, not the outlet's."""
    if c.author is not None and who in (c.author, c.speaker_state):
        return None  # a press statement's own words are already its author's statements
    start, end = span
    words = balanced(words or c.source.text[start:end].strip(' ,."“”'))
    if words[:5].lower() == "that ":
        words = words[5:]  # the complementiser the parser left in the clause
    if len(words.split()) < min_words:
        return None  # a word or two of one's own is no statement, unless quoted ("a surrender")
    own = (start, end) if own_evidence else None  # a second clause of one verb: its own words
    fact = c.add("statement", {"speaker": who, "quote_start": words}, s, rule, 0.8, span=own)
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
    return fact


def spoke_on(c: Collector, who: Speaker, verb: Token, offset: int) -> None:
    """The day a quotation's speaker spoke, told in the tag ('"...," X told parliament on
    Tuesday'), kept as ``record`` keeps reported speech's: "Madagascar, X added, was suspending"
    after it is of that day. Only a full day of the tag's own phrase outside the quotation marks
    counts (not the year of 'recalling the 1979 resolution', nor a date inside the words)."""
    if not isinstance(who, Entity):
        return
    start = offset - verb.idx + verb.left_edge.idx
    end = offset - verb.idx + verb.right_edge.idx + len(verb.right_edge)
    when = [
        d.iso
        for d in find_dates(c.source.text, start, end, c.ref)
        if not any(a <= d.start < b for a, b in c.quoted) and len(d.iso) == 10
    ]
    if when:
        c.said_on[who.key] = when[0]
