"""Whose land a quoted speaker calls "our territory" where his state is not yet settled.

'Seoul's foreign ministry rejected the protest. "Dokdo is clearly our territory," ministry
spokesperson Kim Jin-su told a briefing': the spokesperson's state is read from his office only
after the sentence's pronouns, so "our" found no state and the assertion was lost. The speaker
speaks for the state (or the state's ministry) that acted last, as "it" would; a state his own
words name is the rival he answers (rules/quoted_sides.py), never his own side."""

from __future__ import annotations

from kg.ingest.nlp import bodies
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.segment import quotes
from kg.model import Entity


def quoting_state(c: Collector, s: Sentence, at: int) -> Entity | None:
    """The state a quoted sentence's reporter speaks for: the one his office or the gazetteer
    gives, else, for a person or title whose state is not known, the state last acting."""
    state = person_state(c, s.reporter)
    if state is None and s.reporter is not None and s.reporter.kind != "Person":
        return None
    if state is None:
        state = c.actor
    if state is not None and state.kind == "Organization":
        state = bodies.owner(c.gz, state)
    if state is None or state.kind != "State" or _named_inside(c, s, at, state):
        return None
    return state


def _named_inside(c: Collector, s: Sentence, at: int, state: Entity) -> bool:
    """Whether the quotation holding ``at`` names ``state`` (by name, capital or demonym, as the
    mentions read them): the speaker's rival, not his side."""
    spans = [q for q in quotes(c.source.text, s.span) if q.start <= at < q.end]
    return any(
        m.entity is not None and m.entity.key == state.key and q.start <= m.start < q.end
        for q in spans
        for m in s.masked.mentions
    )
