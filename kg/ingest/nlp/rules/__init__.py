"""Relation rules over masked sentences, and the order they run in."""

from __future__ import annotations

import datetime as dt
import re

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Discourse, Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import gazetteer_mentions
from kg.ingest.nlp.parse import parse_many
from kg.ingest.nlp.rules import events, people, provisions, relations, speech, stances, territory
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.segment import Span, sentences
from kg.model import Entity, Fact, Source

#: Rules that read one sentence at a time, in order.
SENTENCE_RULES = (
    speech.reported,
    relations.read,
    events.meetings,
    events.negotiation_roles,
    events.issued,
    territory.part_of,
    provisions.conditional,
    provisions.withdrawals,
    stances.void,
    stances.calls_to_end,
    events.rulings,
    stances.protests,
)


def extract_facts(gz: Gazetteer, source: Source, body: list[Span], ref: dt.date | None,
                  byline: tuple[str, str | None] | None = None) -> tuple[list[Entity], list[Fact]]:
    disc = Discourse(gz, source.text, ref, source_key=source.key)
    c = Collector(source, gz, disc, ref)
    read: list[Sentence] = []
    author = people.author(c, byline, body) if byline else None
    c.author = author.entity if author else None
    spans = [list(sentences(source.text, para)) for para in body]
    docs = _parse(gz, source.text, [sp for para_spans in spans for sp in para_spans])
    for para, para_spans in zip(body, spans, strict=True):
        para_sentences = []
        disc.para_start = para.start
        for span in para_spans:
            s = disc.analyse(len(read) + len(para_sentences), span)
            doc = docs.get(span.start)
            if doc is not None:
                s.parsed = Parsed.of(doc, span.start, s.masked.mentions)
            para_sentences.append(s)
        speakers = speech.quotations(c, para, para_sentences)
        for s in para_sentences:
            if s.index in speakers:
                speech.add_first_person(c, s, speakers[s.index])
            for rule in SENTENCE_RULES:
                rule(c, s)
            _remember_date(c, s)
        if author is not None and para_sentences:
            people.press_statement(c, author, para, para_sentences)
        read.extend(para_sentences)
    for s in read:
        territory.disputes(c, s)
    territory.contested(c, read)
    if read:
        people.offices(c, read)
        if author is not None:
            people.author_office(c, author, read)
    return _entities(read, disc), c.facts + c.again


def _parse(gz: Gazetteer, text: str, spans: list[Span]) -> dict:
    """Parse, in one batch, the sentences that may state a relation: those that name something the
    gazetteer knows or refer back to something named (the parser is most of extraction's time)."""
    chosen = [sp for sp in spans if _worth_parsing(gz, text, sp)]
    return dict(zip((sp.start for sp in chosen), parse_many(text[sp.start : sp.end] for sp in chosen), strict=True))


_REFERRING = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|[Tt]he (?:two|islands?|ministers?|leaders|sides|"
                        r"countries|government|ministry|agreement|deal|treaty|declaration|memorandum)|"
                        r"said|says|told|tells|added|stated|announced|insisted|stressed|warned)\b")


def _worth_parsing(gz: Gazetteer, text: str, sp: Span) -> bool:
    return bool(_REFERRING.search(text, sp.start, sp.end) or gazetteer_mentions(gz, text, sp.start, sp.end))


def _remember_date(c: Collector, s: Sentence) -> None:
    full = [d.iso for d in find_dates(c.source.text, s.span.start, s.span.end, c.ref, days_only=True)
            if len(d.iso) == 10]
    if full:
        c.last_date = full[-1]


def _entities(read: list[Sentence], disc: Discourse) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for s in read:
        for m in s.masked.mentions:
            for e in m.entities:
                seen.setdefault(e.key, e)
    for info in disc.people.by_key.values():
        seen[info.entity.key] = info.entity
    return sorted(seen.values(), key=lambda e: e.key)
