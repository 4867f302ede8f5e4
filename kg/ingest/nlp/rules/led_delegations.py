"""Who led each side at a meeting told by its states: "... signed in Beijing on Monday at the end
of the 36th meeting of the Working Mechanism on India-China Border Affairs. The Indian delegation
was led by A, while the Chinese side was headed by B."

News tells a commission's session by the states that sat at it and names the heads of their
delegations in the next sentence. A delegation, side or team "led by" or "headed by" a person
(the passive of a leading verb, ``_LEADING``) whose state, by its adjective or possessor or by the
person's own office, is one of the states of the meeting the sentence before told, brings that
person to the meeting: the meeting is the states' and their negotiators' alike (a reader of the
people finds them, a reader of the states keeps them). A delegation that will be led by someone
(a meeting to come) tells nothing of a meeting held.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence

#: The verbs by which a delegation is led, and the nouns of a side at talks.
_LEADING = frozenset({"lead", "head"})
_SIDES = frozenset({"delegation", "side", "team"})


def joined(c: Collector, read: list[Sentence]) -> None:
    """Add to a states' meeting told in the sentence before the people its sides were led by."""
    for before, s in zip(read, read[1:], strict=False):
        if s.doc is None:
            continue
        p = s.parsed or g.Parsed.of(s.doc, s.span.start, s.masked.mentions)
        leaders = _leaders(c, p)
        if not leaders:
            continue
        for found in (c.facts, c.again):
            for i, f in enumerate(found):
                told = before.span.start <= f.evidence.start < before.span.end
                if f.rel != "meeting" or f.negated or not told:
                    continue
                people = members(f.args.get("participants"))
                states = {e for e in people if e.kind == "State"}
                added = [e for st, e in leaders if st in states and e not in people]
                if added and len(states) >= 2:
                    found[i] = replace(f, args={**f.args, "participants": (*people, *added)})


def _leaders(c: Collector, p: g.Parsed) -> list[tuple[Entity, Entity]]:
    """Each (state, person) the sentence tells led that state's delegation, in a past tense."""
    out: list[tuple[Entity, Entity]] = []
    for verb in p.tokens:
        if verb.lemma_.lower() not in _LEADING or verb.tag_ != "VBN":
            continue
        if any(a.lower_ in ("will", "would", "shall", "to") for a in verb.children):
            continue  # "will be led by": a meeting to come
        side = next((t for t in verb.children if t.dep_ == "nsubjpass"), None)
        if side is None or side.lemma_.lower() not in _SIDES:
            continue
        for person in _agents(p, verb):
            state = _side_state(p, side) or person_state(c, person)
            if state is not None:
                out.append((state, person))
    return out


def _agents(p: g.Parsed, verb: Token) -> list[Entity]:
    """The people of the verb's by-phrase."""
    by = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return [m.entity for m in g.fillers(p, by, {"P"}) if m.entity is not None]


def _side_state(p: g.Parsed, side: Token) -> Entity | None:
    """The state a delegation's adjective or possessor names ("the Indian delegation")."""
    for t in side.children:
        if t.dep_ not in ("amod", "compound", "poss"):
            continue
        m = p.mention(t)
        if m is not None and m.entity is not None and m.entity.kind == "State":
            return m.entity
    return None
