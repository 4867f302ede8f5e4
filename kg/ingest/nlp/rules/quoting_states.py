"""Whose land a quoted speaker calls "our territory" where his state is not yet settled.

'Seoul's foreign ministry rejected the protest. "Dokdo is clearly our territory," ministry
spokesperson Kim Jin-su told a briefing': the spokesperson's state is read from his office only
after the sentence's pronouns, so "our" found no state and the assertion was lost. The speaker
speaks for the state (or the state's ministry) that acted last, as "it" would; a state his own
words name is the rival he answers (rules/quoted_sides.py), never his own side: where the state
last acting is that rival ("Japan lodged a protest ... '... Dokdo is clearly our territory, and we
will not accept any protest from Japan,' spokesperson Kim said"), the article's other main state."""

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
    acting = state is None
    if acting:
        state = c.actor
    if state is not None and state.kind == "Organization":
        state = bodies.owner(c.gz, state)
    if state is None or state.kind != "State":
        return None
    if not _named_inside(c, s, at, state):
        return state
    return _other_side(c, s, at, state) if acting else None


def _other_side(c: Collector, s: Sentence, at: int, rival: Entity) -> Entity | None:
    """The article's other main state where ``rival`` (named in the words) is one of the two."""
    pair = c.disc.main_states()
    keys = [e.key for e in pair]
    if len(pair) != 2 or rival.key not in keys:
        return None
    other = pair[1 - keys.index(rival.key)]
    return None if _named_inside(c, s, at, other) else other


def _named_inside(c: Collector, s: Sentence, at: int, state: Entity) -> bool:
    """Whether the quotation holding ``at`` names ``state`` (by name, capital or demonym, as the
    mentions read them): the speaker's rival, not his side."""
    spans = [q for q in quotes(c.source.text, s.span) if q.start <= at < q.end]
    return any(
        m.entity is not None and m.entity.key == state.key and q.start <= m.start < q.end
        for q in spans
        for m in s.masked.mentions
    )
