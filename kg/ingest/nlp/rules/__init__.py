"""Relation rules over masked sentences, and the order they run in."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import conjoined_lands, pairs, proposals, town_titles
from kg.ingest.nlp.candidates import worth_parsing
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Discourse, Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import gazetteer_mentions
from kg.ingest.nlp.parse import parse_many
from kg.ingest.nlp.rules import (
    after_talks,
    claimed_parts,
    disputed,
    disputed_lands,
    document_issuers,
    document_terms,
    generic_stances,
    held_names,
    included_parts,
    issued_by,
    issued_words,
    led_delegations,
    local_holders,
    meetings,
    member_stances,
    met_day,
    met_signers,
    named_after,
    named_parties,
    named_signatories,
    news_signings,
    note_senders,
    overseen,
    people,
    person_acts,
    press_authors,
    promised_conditions,
    protest_subjects,
    quoted_views,
    recorded_meetings,
    rejected_owner,
    rejected_things,
    relations,
    repeated_stances,
    said_nouns,
    second_offices,
    serving_states,
    signed_dates,
    signing_meetings,
    speaker_lines,
    speech,
    state_bodies,
    stateless_doers,
    summons_places,
    suspension_causes,
    territory,
    titled_later,
    told_twice,
    under_documents,
    unnamed,
)
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.dated_after import dated_after
from kg.ingest.nlp.rules.deed_day import deeds_retold
from kg.ingest.nlp.rules.givers import givers_from_promises
from kg.ingest.nlp.rules.signing_day import agreed_at_meeting, agreed_when_signed
from kg.ingest.nlp.rules.venues import dateline_town
from kg.ingest.nlp.segment import Span, sentences
from kg.iris import entity_key
from kg.model import Entity, Fact, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Rules that read one sentence at a time, in order.
SENTENCE_RULES = (
    relations.read,
    document_issuers.issued,
    named_parties.signed_by_name,
    territory.part_of,
    included_parts.included,
    territory.named_own,
    held_names.held_in_name,
    meetings.remember_people,
    unnamed.named_later,
    unnamed.document_subject,
    issued_words.note,
    note_senders.asked,
    note_senders.misread_states,
    note_senders.note,
    after_talks.made_at_talks,
    after_talks.ended_in_a_deal,
    overseen.charges,
    said_nouns.said_nouns,
    local_holders.local_holders,
)


def extract_facts(
    gz: Gazetteer,
    source: Source,
    body: list[Span],
    ref: dt.date | None,
    byline: tuple[str, str | None] | None = None,
    reporters: tuple[str, ...] = (),
) -> tuple[list[Entity], list[Fact]]:
    disc = Discourse(gz, source.text, ref, source_key=source.key)
    if source.title:  # the pair a headline names, for "the two sides" before the body names them
        disc.state_pair = pairs.named_pair(
            source.title, gazetteer_mentions(gz, source.title, 0, len(source.title)), headline=True
        )
    c = Collector(source, gz, disc, ref)
    read: list[Sentence] = c.read
    author = press_authors.author(c, byline, body) if byline else None
    c.author = author.entity if author else None
    spans = [list(sentences(source.text, para)) for para in body]
    docs = _parse_ahead(source.text, [span for para in spans for span in para])
    for para, para_spans in zip(body, spans, strict=True):
        para_sentences: list[Sentence] = []
        disc.para_start = para.start
        for span in para_spans:
            doc = docs[span.start, span.end]  # titles, references and relations read the parse
            s = disc.analyse(len(read) + len(para_sentences), span, doc=doc)
            _parse(source.text, [s])
            proposals.propose(disc, source.text, s)  # before the next sentence: "... The island"
            conjoined_lands.relabel(disc, source.text, s)  # "Bubiyan island and Failaka"
            town_titles.retype(disc, source.text, s)  # "elected mayor of Himare"
            para_sentences.append(s)
        speaker_lines.read_line(c, para, para_sentences)
        c.paragraph = para_sentences
        speakers = speech.quotations(c, para, para_sentences)
        for s in para_sentences:
            if s.index in speakers:
                speech.add_first_person(c, s, speakers[s.index])
            for rule in SENTENCE_RULES:
                rule(c, s)
            _remember_date(c, s)
        if author is not None and para_sentences:
            press_authors.press_statement(c, author, para, para_sentences)
        read.extend(para_sentences)
    givers_from_promises(c)
    dated_after(c, read)
    agreed_when_signed(c, read)  # "have agreed ... The agreement was signed on Thursday"
    deeds_retold(c, read)  # "has protested, X said Tuesday ... The protest was lodged on Monday"
    for s in read:
        disputed.disputes(c, s)
    disputed.contested(c, read)
    territory.parts_apart(c, read)
    member_stances.members(c, read)  # "Kunashiri, one of the islands Tokyo claims"
    if read:
        people.offices(c, read)
        second_offices.read(c, read)  # "chaired by Zimbabwean President X": a second office
        rejected_things.said_settled(c)  # "rejected the remarks": the speaker's office is now known
        stateless_doers.settle(c, read)  # "Foreign Ministry spokeswoman X rejected": X's state
        note_senders.settle(c)  # "handed by Foreign Secretary X": the note speaks for his state
        repeated_stances.merge(c)  # "rejected a decree ... does not recognise this decree": one
        protest_subjects.settle(c, read)  # "does not accept X. It lodged a protest": over X
        named_after.speakers_named_after(c)  # "the two ministers said", named in the next sentence
        titled_later.settle(c)  # "its interior minister said", named paragraphs on
        if author is not None:
            press_authors.author_office(c, author, read)
    named_signatories.settle(c)  # after every sentence: who signed, if any says
    told_twice.rulings(c)  # after every sentence: the court's ruling named later
    serving_states.for_their_states(c)  # after the offices: whom each official serves
    met_day.dated(c)  # "X met Y on Monday. The two sides agreed": that Monday, X's state known
    summons_places.placed(c)  # an envoy summoned: in the summoning state's capital
    serving_states.suspended_for_their_states(c)
    suspension_causes.answered_protests(c)  # "protested over the flag ... suspending X until": why
    told_twice.signings(c)  # after the officials' states: one signing dated once
    told_twice.dated(c)  # "signed on Monday ... The X Agreement was signed by": that Monday
    told_twice.to_the_day(c)  # "their 2014 agreement ... signed on May 23, 2014": one
    serving_states.with_officials(c)  # the officials who signed for the signing's states
    told_twice.signers(c)  # a signing told by its states and by its officials: one
    met_signers.joined(c)  # "A and B met ... and signed": the people who met signed
    signed_dates.settle(c, read)  # a signing dated elsewhere ("signed ... on April 9 of that year")
    news_signings.settle(c, read)  # one still undated: the news of the report's week
    signing_meetings.met_at_signings(c, read)  # "signed at the close of a session": they met
    recorded_meetings.recorded(c, read)  # "the minutes of Monday's meeting of the X-Y body"
    led_delegations.joined(c, read)  # "The Indian delegation was led by A": A met too
    agreed_at_meeting(c, read)  # again: a meeting recorded, an official's state read late
    state_bodies.drop_told_by_people(c)  # "the commission met ... chaired by A and B": theirs
    under_documents.dated_late(c)  # "Under the accord, they agreed ...": the day it was signed
    document_terms.agreed_terms(c, read)  # "Under the memorandum, A will ...": its signers agreed
    issued_by.by_its_body(c)  # a document its state and its body issued: the body's
    person_acts.settle(c)  # a person's statement is his state's; his decree his own
    quoted_views.settle(c)  # '"X is ours," the spokesman said': whose, once all is read
    claimed_parts.drop_claimed(c)  # '"X is part of Y," the minister said' of land Y lacks
    generic_stances.drop_unowned(c)  # "rejects any presence of foreign troops": no one's claim
    disputed_lands.settle(c)  # "brushed the protest aside": the land the two dispute
    rejected_owner.settle(c)  # "dismissed the letter": Sudan's letter, its claimant now known
    promised_conditions.drop_restated(c)  # a promise's own condition, read twice: the promise
    found = c.facts + c.again
    return _with_reporters(
        _entities(read, disc, dateline_town(gz, source), found), reporters
    ), found


def _parse_ahead(text: str, spans: list[Span]) -> dict[tuple[int, int], Doc]:
    """Parse every sentence of the article in one batch: the parse of a sentence is its own (its
    text alone), and one batch is ~30 % cheaper than one a paragraph (the model's fixed cost a
    call). Titles and references read every sentence's parse; relations only those
    :func:`_parse` chooses."""
    return {
        (s.start, s.end): doc
        for s, doc in zip(spans, parse_many(text[s.start : s.end] for s in spans), strict=True)
    }


def _parse(text: str, read: list[Sentence]) -> None:
    """Give the relation rules the parse of the sentences of a paragraph that may state a
    relation: kg.ingest.nlp.candidates decides on words and mentions."""
    for s in read:
        if worth_parsing(text[s.span.start : s.span.end], s.masked.mentions, s.span.start):
            assert s.doc is not None  # every sentence was parsed before its mentions were read
            s.parsed = Parsed.of(s.doc, s.span.start, s.masked.mentions)


def _remember_date(c: Collector, s: Sentence) -> None:
    """The day a later "the next day", "a day later" counts from: of the sentence's full days, the
    one its main clause tells ("On Oct. 20, 2026, the council voted to revive an ordinance
    declaring June 19 'Tsushima Day'": Oct. 20), not one told deeper in it; the last on a tie."""
    full = [
        d
        for d in find_dates(c.source.text, s.span.start, s.span.end, c.ref, days_only=True)
        if len(d.iso) == 10
    ]
    if full:
        c.last_date = min(reversed(full), key=lambda d: _depth(s, d.start)).iso


def _depth(s: Sentence, start: int) -> int:
    """How many heads up from the word at ``start`` to the sentence's root (0 without a parse)."""
    if s.doc is None:
        return 0
    at = s.doc.char_span(start - s.span.start, start - s.span.start + 1, alignment_mode="expand")
    if at is None or not len(at):
        return 0
    tok, n = at[0], 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _with_reporters(entities: list[Entity], reporters: tuple[str, ...]) -> list[Entity]:
    """The article's entities and the people its byline names, the report's authors: people the
    text may never name again, and who say nothing in it (no speaker of its sentences)."""
    keys = {e.key for e in entities}
    more = [
        Entity("Person", k, n, ()) for n in reporters if (k := entity_key("Person", n)) not in keys
    ]
    return sorted([*entities, *more], key=lambda e: e.key)


def _entities(
    read: list[Sentence], disc: Discourse, place: Entity | None, found: list[Fact]
) -> list[Entity]:
    """The article's entities: every mention's, every person's, and every one a fact names (a
    body inside a title the person's mention covers: "a senior official at the Coast Guard, X")."""
    seen: dict[str, Entity] = {place.key: place} if place is not None else {}
    for s in read:
        for m in s.masked.mentions:
            for e in m.entities:
                seen.setdefault(e.key, e)
    for info in disc.people.by_key.values():
        seen[info.entity.key] = info.entity
        if info.of is not None:  # "Yukon Premier X": the land whose government X heads
            seen.setdefault(info.of.key, info.of)
    for f in found:
        for value in f.args.values():
            for named in value if isinstance(value, tuple) else (value,):
                if isinstance(named, Entity):
                    seen.setdefault(named.key, named)
    return sorted(seen.values(), key=lambda e: e.key)
