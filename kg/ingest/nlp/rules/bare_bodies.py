"""Whose body a bare body noun in a title means ("ministry spokesperson Park Il")."""

from __future__ import annotations

import re

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.actor_bodies import actor_body
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

#: how many sentences back a bare "the ministry" of a title may reach for the body it repeats
_REACH = 3


def told_body(
    c: Collector, info: PersonInfo, s: Sentence, by_index: dict[int, Sentence]
) -> Entity | None:
    """ "South Korea's defense ministry reaffirmed ... '...,' ministry spokesperson Jeon said": a
    title whose only other word is a bare body noun (no state, no portfolio) speaks for the body of
    that kind the text named last, in its sentence before the name or in the few sentences before
    (across a paragraph: the lead names the body, the quote follows); a body of a state only."""
    own = [m for m in s.masked.mentions if m.entity == info.entity]
    first = min((m.start for m in own), default=s.span.end)
    head = _bare_head(c, info, s, max((m.end for m in own if m.start == first), default=first))
    if head is None:
        return None
    for index in range(s.index, s.index - _REACH - 1, -1):
        sent = by_index.get(index)
        if sent is not None:
            named = _bodies_named(c, sent, head, first if index == s.index else sent.span.end)
            if named:
                return named[-1]
    return None


def _bodies_named(c: Collector, s: Sentence, head: str, until: int) -> list[Entity]:
    """The bodies of a state the sentence names before ``until`` with ``head`` in their words
    ("Thailand's foreign ministry"; "the foreign ministry" of the state acting), in order."""
    found = [
        (m.start, m.entity)
        for m in s.masked.mentions
        if m.tag == "O"
        and m.entity is not None
        and m.end <= until
        and head in c.source.text[m.start : m.end].lower().split()
        and bodies.owner(c.gz, m.entity) is not None
    ]
    if s.doc is not None:
        p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
        for tok in s.doc:
            at = s.span.start + tok.idx
            if tok.lower_ == head and at < until and p.mention(tok) is None:
                body = actor_body(c, p, tok)  # "the foreign ministry said": the acting state's
                if body is not None:
                    found.append((at, body))
    return [e for _, e in sorted(found, key=lambda x: x[0])]


def _bare_head(c: Collector, info: PersonInfo, s: Sentence, end: int) -> str | None:
    """The body noun a title gives alone besides the office ("ministry" of '," ministry
    spokesperson Park'), if it gives nothing else (no state, no portfolio before it); ``end``
    ends the person's first naming in the sentence, the title with it or before it."""
    words = (info.words or "").lower().split()
    if len(words) == 2 and words[0] in lexicon.load().body_heads:
        return words[0]
    if len(words) != 1:
        return None
    said = re.finditer(
        r"(?:^|[,;:\"“”(]|\bthe)\s*(\w+)\s+" + re.escape(words[0]) + r"\b",
        c.source.text[s.span.start : end],
        re.I,
    )
    head = next((m.group(1).lower() for m in reversed(list(said))), None)
    return head if head in lexicon.load().body_heads else None
