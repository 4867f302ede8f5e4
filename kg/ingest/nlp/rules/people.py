"""Offices: who holds which office of which state, as the article's titles tell it."""

from __future__ import annotations

import re

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import gazetteer_mentions, mask
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.segment import Span, sentences

_VAGUE = {"minister", "leader", "official", "counterpart", "deputy"}


def offices(c: Collector, sentences: list[Sentence]) -> None:
    """One holdsRole per person whose office and state the article gives."""
    by_index = {s.index: s for s in sentences}
    for info in c.disc.people.by_key.values():
        if not info.office or info.office in _VAGUE:
            continue
        s = by_index.get(info.sentence) or sentences[0]
        if info.of is not None:
            c.add("holdsRole", {"person": info.entity, "role": info.office, "of": info.of}, s, "title", 0.9)
            continue
        state = _place_state(c, s)
        if state is not None:  # "In Moscow, Foreign Minister Sergei Lavrov said": Russia's, probably
            c.add("holdsRole", {"person": info.entity, "role": info.office, "of": state}, s, "title-place", 0.5)


def _place_state(c: Collector, s: Sentence):
    """The state of the place a sentence opens with ("In Moscow, ..."), else of the dateline's city."""
    m = re.match(r"^In\s+«C(\d+)»,", s.masked.text)
    city = s.masked.mentions[int(m.group(1))].entity if m else None
    if city is None and c.source.dateline:
        refs = c.gz.lookup(c.source.dateline.split(",")[0].strip().title())
        city = next((r.entity for r in refs if r.entity.kind == "City"), None)
    key = c.gz.state_of_city.get(city.key) if city is not None else None
    return c.gz.get(key) if key else None


_SUBJECT_STATE = re.compile(r"^(?:On behalf of\s+)?«S(\d+)»(?:,)?\s+(?:[a-z]+\s+)?(?:condemns|supports|urges|is|are|will|welcomes|"
                            r"calls|considers|views|remains|stands|rejects|congratulates|reaffirms|I\b)")


def author(c: Collector, byline: tuple[str, str | None], body: list[Span]) -> PersonInfo:
    """The author of a press statement: whom its paragraphs are statements of, and for whom "we" speaks."""
    name, office = byline
    info = c.disc.people.add(name)
    if office:
        info.office = c.gz.office(office) or office.lower()
    for para in body:
        for span in sentences(c.source.text, para):
            for m in gazetteer_mentions(c.gz, c.source.text, span.start, span.end):
                masked = mask(c.source.text, span.start, span.end, [m])
                hit = _SUBJECT_STATE.search(masked.text)
                if m.tag == "S" and m.entity and hit:
                    c.speaker_state = c.speaker_state or m.entity
    return info


def press_statement(c: Collector, info: PersonInfo, para: Span, para_sentences: list[Sentence]) -> None:
    """Each paragraph of a press statement is a statement by its author."""
    if len(para.text.split()) < 6:
        return
    c.add("statement", {"speaker": info.entity, "quote_start": para.text}, para_sentences[0], "press-statement",
          0.7, span=(para.start, para.end))


def author_office(c: Collector, info: PersonInfo, read: list[Sentence]) -> None:
    if info.office and c.speaker_state is not None:
        c.add("holdsRole", {"person": info.entity, "role": info.office, "of": c.speaker_state}, read[0],
              "byline", 0.7)
