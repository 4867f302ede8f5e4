"""Which side an official stands on when no title says whose office it is: what the sentences
around the official tell of the other side (kg.ingest.nlp.rules.people reads the rest)."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.land_names import land_noun
from kg.ingest.nlp.rules.common import Collector, members


def met_by(c: Collector, person) -> set[str]:
    """The people the article says ``person`` met: a host or a guest, a counterpart across the
    table, of the other side, so never the official whose state a bare title borrows."""
    out: set[str] = set()
    for f in c.of("meeting"):
        keys = {e.key for e in members(f.args.get("participants"))}
        if person.key in keys and len(keys) == 2:
            out |= keys - {person.key}
    return out


def locating_states(s: Sentence) -> set[int]:
    """Where a state is named only to place a town or a land ("in the Russian city of Kazan",
    "Russia's Pskov region"): it says where, not whom an official of the sentence serves."""
    if s.doc is None:
        return set()
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    return {
        p.offset + t.idx
        for t in p.doc
        if t.dep_ in ("amod", "compound", "poss") and t.head.pos_ == "NOUN" and land_noun(t.head)
    }
