"""Offices: who holds which office of which state, as the article's titles tell it."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector

_VAGUE = {"minister", "leader", "official", "counterpart", "deputy"}


def offices(c: Collector, sentences: list[Sentence]) -> None:
    """One holdsRole per person whose office and state the article gives."""
    by_index = {s.index: s for s in sentences}
    for info in c.disc.people.by_key.values():
        if not info.office or info.office in _VAGUE or info.of is None:
            continue
        s = by_index.get(info.sentence) or sentences[0]
        c.add("holdsRole", {"person": info.entity, "role": info.office, "of": info.of}, s, "title", 0.9)
