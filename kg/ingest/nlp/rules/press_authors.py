"""A press statement's author, named by its byline: whom its paragraphs are statements of, and the
state "we" speaks for (the state its main clauses most often have as subject)."""

from __future__ import annotations

from collections import Counter

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import gazetteer_mentions
from kg.ingest.nlp.parse import parse_many
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.people import role_args
from kg.ingest.nlp.segment import Span, sentences
from kg.model import Entity


def author(c: Collector, byline: tuple[str, str | None], body: list[Span]) -> PersonInfo:
    """The author of a press statement: whom its paragraphs are statements of, and for whom "we" speaks."""
    name, office = byline
    info = c.disc.people.add(name)
    if office:
        info.office, info.words = c.gz.office(office) or office.lower(), office.lower()
    subjects: Counter = Counter()
    first: dict[str, Entity] = {}
    spans = [span for para in body for span in sentences(c.source.text, para)]
    docs = parse_many(c.source.text[span.start : span.end] for span in spans)
    for span, doc in zip(spans, docs, strict=True):
        found = gazetteer_mentions(c.gz, c.source.text, span.start, span.end)
        p = Parsed.of(doc, span.start, found)
        for state in _main_subject(p):
            subjects[state.key] += 1
            first.setdefault(state.key, state)
    if (
        subjects
    ):  # the state the statement speaks for: the usual subject ("The United States condemns")
        c.speaker_state = first[max(subjects, key=lambda k: (subjects[k], -list(first).index(k)))]
    return info


def _main_subject(p: Parsed) -> list[Entity]:
    """The state a sentence's main clause has as subject ("The United States condemns"), or
    speaks for ("On behalf of the United States, I congratulate"), named by its name."""
    out: list[Entity] = []
    for root in (t for t in p.tokens if t.dep_ == "ROOT"):
        toks = list(g.subjects(root))
        toks += [  # "on behalf of X"
            o
            for c in root.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for b in c.children
            if b.lower_ == "behalf"
            for of in b.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for o in of.children
            if o.dep_ == "pobj"
        ]
        for t in toks:
            m = p.mention(t)
            if (
                m
                and m.tag == "S"
                and m.entity
                and m.how in ("name", "alias")
                and m.entity not in out
            ):
                out.append(m.entity)
    return out


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
            {"person": info.entity, **role_args(info), "of": c.speaker_state},
            read[0],
            "byline",
            0.7,
        )
