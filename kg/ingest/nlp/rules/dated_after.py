"""The day of an event a lead tells in the present perfect ("Honduras has lodged a formal protest
with Belize"), dated by the next sentence, which takes the event up as its subject ("The protest
note, delivered on Tuesday, said ..."; "The agreement, signed on Monday, ..."): wire copy leads
with the news and gives its day after. Without it, rules/when.py dates such an event to the day
of publication. Only a subject that is the event (its trigger noun) or the fact's document counts:
"The minister, who arrived on Monday, ..." dates nothing."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.triggers import by_lemma
from kg.model import Entity, Fact


def dated_after(c: Collector, read: list[Sentence]) -> None:
    """Give the events dated to the day of publication for want of a date their day told next."""
    if c.ref is None:
        return
    today = c.ref.isoformat()
    for f in list(c.facts):
        if f.args.get("date") != today:
            continue
        at = next(
            (i for i, s in enumerate(read) if s.span.start <= f.evidence.start < s.span.end), None
        )
        if at is None or at + 1 >= len(read):
            continue
        own, nxt = read[at], read[at + 1]
        if find_dates(c.source.text, own.span.start, own.span.end, c.ref):
            continue  # the sentence dates the event itself
        day = _day_of_subject(c, nxt, f)
        if day is not None and day < today:
            c.replace(f, replace(f, args={**f.args, "date": day}))


def _day_of_subject(c: Collector, s: Sentence, f: Fact) -> str | None:
    """The full date of the sentence's subject phrase, where that subject is ``f``'s event."""
    if s.doc is None:
        return None
    p = s.parsed or g.Parsed.of(s.doc, s.span.start, s.masked.mentions)
    nouns = _nouns_of(f.rel)
    doc = f.args.get("document")
    for subj in (
        t for t in tokens(s.doc) if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
    ):
        phrase = list(subj.subtree)
        words = {t.lemma_.lower() for t in phrase if t.pos_ == "NOUN"}
        named = isinstance(doc, Entity) and any(
            (m := p.mention(t)) is not None and doc in m.entities for t in phrase
        )
        if not (words & nouns or named):
            continue
        start = s.span.start + phrase[0].idx
        end = s.span.start + phrase[-1].idx + len(phrase[-1].text)
        days = [d.iso for d in find_dates(c.source.text, start, end, c.ref, days_only=True)]
        days = [d for d in days if len(d) == 10]
        return days[0] if days else None
    return None


@lru_cache(maxsize=64)
def _nouns_of(rel: str) -> frozenset[str]:
    """The lemmas of the relation's noun triggers (read once a relation: the index is data)."""
    return frozenset(
        lemma
        for lemma, told in by_lemma().items()
        if any(r.name == rel and t.noun for r, t in told)
    )
