"""Offices: who holds which office of which state, as the article's titles tell it."""

from __future__ import annotations

import re
from collections import Counter

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import gazetteer_mentions, mask
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.segment import Span, sentences
from kg.iris import entity_key
from kg.model import Entity

_VAGUE = {"minister", "leader", "official"}  # only with the state the title names
_NEVER = {"counterpart", "deputy"}  # resolved into a real office, or nothing


def offices(c: Collector, sentences: list[Sentence]) -> None:
    """One holdsRole per person whose office and state the article gives; where a title names no state,
    the state comes from "X is the first Russian leader", else the state the gazetteer says the person
    serves, else the place the sentence opens with, else
    the one state the sentence names that is no other official's, else the state of the official
    named just before (low confidence). Never the dateline's city: it says where the reporter was."""
    by_index = {s.index: s for s in sentences}
    for info in c.disc.people.by_key.values():
        if not info.office or info.office in _NEVER or (info.office in _VAGUE and info.of is None):
            continue
        if info.entity == c.author and info.of is None:
            continue  # a press statement's author speaks for the state it names as subject (author_office)
        s = by_index.get(info.sentence) or sentences[0]
        if info.of is not None:
            c.add(
                "holdsRole",
                {"person": info.entity, "role": info.office, "of": _government(info.of)},
                s,
                "title",
                0.9,
            )
            continue
        state = _copula_state(info.entity, sentences)
        rule, confidence = "title-copula", 0.7
        if state is None and info.entity.key in c.gz.serves:  # "Prime Minister Ishiba": Japan's
            state, rule, confidence = c.gz.get(c.gz.serves[info.entity.key]), "title-known", 0.8
        if state is None and info.office in c.gz.office_state:  # only Japan has the office
            state, rule, confidence = c.gz.get(c.gz.office_state[info.office]), "title-office", 0.8
        if state is None:
            state, rule, confidence = _place_state(c, s), "title-place", 0.5
        if state is None:
            state, rule, confidence = _sentence_state(c, info.entity, s), "title-sentence", 0.5
        if state is None:
            state, rule, confidence = (
                _previous_official(c, info.entity, s, by_index),
                "title-neighbour",
                0.4,
            )
        if state is not None:
            c.add(
                "holdsRole",
                {"person": info.entity, "role": info.office, "of": state},
                s,
                rule,
                confidence,
            )


def _government(of: Entity) -> Entity:
    """An office of a territory ("Gibraltar's Chief Minister") is an office of its government: an
    organisation (W3C ORG), not the land."""
    if of.kind not in ("Territory", "Island", "IslandGroup"):
        return of
    label = f"Government of {of.label}"
    return Entity(
        "Organization", entity_key("Organization", label), label, (f"{of.label} government",)
    )


_COPULA = re.compile(
    r"«P(\d+)»\s+(?:is|was|became|becomes)\s+(?:the\s+|a\s+)?(?:(?:first|new|current|former|then|sitting)\s+)?"
    r"«S(\d+)»\s+(?:[a-z]+\s+){0,3}?(?:leader|head\s+of\s+state|president|prime\s+minister|minister|"
    r"official|diplomat|envoy|ambassador|ruler|monarch|king|queen|chancellor)\b"
)


def _copula_state(person, sentences: list[Sentence]):
    for s in sentences:
        for m in _COPULA.finditer(s.masked.text):
            if s.masked.mentions[int(m.group(1))].entity == person:
                return s.masked.mentions[int(m.group(2))].entity
    return None


def _previous_official(c: Collector, person, s: Sentence, by_index: dict[int, Sentence]):
    """ "British Foreign Secretary William Hague ... Prime Minister David Cameron said": Britain's too."""
    for index in (s.index, s.index - 1):
        prev = by_index.get(index)
        if prev is None:
            continue
        before = [
            m
            for m in prev.masked.mentions
            if m.tag == "P"
            and m.entity
            and m.entity != person
            and (index < s.index or m.start < _first_start(s, person))
        ]
        for m in reversed(before):
            info = c.disc.people.by_key.get(m.entity.key) if m.entity else None
            if info is not None and info.of is not None:
                return info.of
    return None


def _sentence_state(c: Collector, person, s: Sentence):
    """The one state the sentence names that is not another official's ("Foreign Minister Maehara
    summoned Bely, Russia's ambassador to Japan": Russia is Bely's, so Japan)."""
    others = {
        info.of.key
        for m in s.masked.mentions
        if m.tag == "P"
        and m.entity
        and m.entity != person
        and (info := c.disc.people.by_key.get(m.entity.key)) is not None
        and info.of is not None
    }
    states = {
        m.entity.key: m.entity
        for m in s.masked.mentions
        if m.tag == "S"
        and m.entity is not None
        and m.entity.kind == "State"
        and m.entity.key not in others
    }
    return next(iter(states.values())) if len(states) == 1 else None


def _first_start(s: Sentence, person) -> int:
    return min((m.start for m in s.masked.mentions if m.entity == person), default=s.span.end)


def _place_state(c: Collector, s: Sentence):
    """The state of the place a sentence opens with ("In Moscow, ..."); never the dateline's city,
    which says where the reporter was, not whom an official serves (Lavrov in Munich)."""
    m = re.match(r"^In\s+«C(\d+)»,", s.masked.text)
    city = s.masked.mentions[int(m.group(1))].entity if m else None
    key = c.gz.state_of_city.get(city.key) if city is not None else None
    return c.gz.get(key) if key else None


_SUBJECT_STATE = re.compile(
    r"^(?:On behalf of\s+)?«S(\d+)»(?:,)?\s+(?:[a-z]+\s+)?(?:condemns|supports|urges|is|are|will|welcomes|"
    r"calls|considers|views|remains|stands|rejects|congratulates|reaffirms|I\b)"
)


def author(c: Collector, byline: tuple[str, str | None], body: list[Span]) -> PersonInfo:
    """The author of a press statement: whom its paragraphs are statements of, and for whom "we" speaks."""
    name, office = byline
    info = c.disc.people.add(name)
    if office:
        info.office = c.gz.office(office) or office.lower()
    subjects: Counter = Counter()
    first: dict[str, Entity] = {}
    for para in body:
        for span in sentences(c.source.text, para):
            found = gazetteer_mentions(c.gz, c.source.text, span.start, span.end)
            masked = mask(c.source.text, span.start, span.end, found)
            hit = _SUBJECT_STATE.search(masked.text)
            if hit:
                m = masked.mentions[int(hit.group(1))]
                if m.tag == "S" and m.entity and m.how in ("name", "alias"):
                    subjects[m.entity.key] += 1
                    first.setdefault(m.entity.key, m.entity)
    if (
        subjects
    ):  # the state the statement speaks for: the usual subject ("The United States condemns")
        c.speaker_state = first[max(subjects, key=lambda k: (subjects[k], -list(first).index(k)))]
    return info


def press_statement(
    c: Collector, info: PersonInfo, para: Span, para_sentences: list[Sentence]
) -> None:
    """Each paragraph of a press statement is a statement by its author."""
    if len(para.text.split()) < 6:
        return
    c.add(
        "statement",
        {"speaker": info.entity, "quote_start": para.text},
        para_sentences[0],
        "press-statement",
        0.7,
        span=(para.start, para.end),
    )


def author_office(c: Collector, info: PersonInfo, read: list[Sentence]) -> None:
    if info.office and c.speaker_state is not None:
        c.add(
            "holdsRole",
            {"person": info.entity, "role": info.office, "of": c.speaker_state},
            read[0],
            "byline",
            0.7,
        )
