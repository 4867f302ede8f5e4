"""Whose office a bare title of an international body is: "a letter to Secretary-General Antonio
Guterres, published on the UN's website", "the Organization of American States, where the
ambassador met Secretary General Jose Miguel Insulza". A body's office (``body_offices`` of
data/lexicon.yaml) is never a state's (kg.ingest.nlp.heads_of_state); the body is the one the
sentence, or else the sentence just before in its paragraph, names that belongs to no state."""

from __future__ import annotations

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity


def body_of_office(
    c: Collector, office: str | None, read: tuple[Sentence | None, ...], words: str | None = None
) -> Entity | None:
    """The one stateless body the first of ``read`` that names any names, for a body's office; a
    title that names its body's kind ("foreign ministry spokesman") takes only a body of that
    kind, never the coast guard the sentence names."""
    if office not in lexicon.load().body_offices:
        return None
    for s in read:
        if s is None:
            continue
        named = {
            m.entity.key: m.entity
            for m in s.masked.mentions
            if m.tag == "O"
            and m.entity is not None
            and m.entity.kind == "Organization"
            and _stateless(c, m.entity)
            and of_titled_kind(words, m.entity)
        }
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def of_titled_kind(words: str | None, body: Entity) -> bool:
    """Whether ``body`` is of the kind a title's words name, if they name one ("foreign ministry
    spokesman": a ministry, never the coast guard; a bare "spokesman": any)."""
    heads = set((words or "").lower().split()) & lexicon.load().body_heads
    return heads <= set(body.label.lower().split())


def _stateless(c: Collector, body: Entity) -> bool:
    """A body the gazetteer knows that is no state's: no seat of a government ("the Kremlin"), its
    name not opening on a state's ("Indian Ministry of External Affairs"). Not ``bodies.owner``,
    which finds a state anywhere in the name ("Organization of American States"). Never the
    agency the report is filed by ("BISSAU (Xinhua) --"): it tells, it holds no one's office."""
    if c.gz.get(body.key) is None or bodies.seat_state(c.gz, body) is not None:
        return False
    if (c.source.publisher or "").lower() in {n.lower() for n in (body.label, *body.aliases)}:
        return False
    words = body.label.split()
    return all(c.gz.state_by_name(" ".join(words[:n])) is None for n in (1, 2, 3))
