"""Whom a quoted "we" names as the parties of an agreement: those the speaker had just met.

'X met Y on Thursday. "We agreed that ...," X said': the people who last met and their states (the
gold of such reports lists the officials, the rest of the article the states). '"I have spoken to
Prime Minister Marape and we agreed this must be settled quietly," Manele said': the speaker and the
one person the speaker's own clause, joined to the agreeing one, says he spoke to, met or called,
with their states (where one is placed in none, the article's two states).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, last_participants, person_state
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What a party can be (the SHACL shape of dkg:party: a foaf:Agent).
_AGENT_KINDS = frozenset({"State", "Organization"})

#: Verbs by which a speaker says "I" met someone: "spoke to", "talked with", "met", "called".
_MET = frozenset({"speak", "talk", "meet", "call", "phone", "telephone", "confer"})


def their_states(c: Collector, people: tuple[Entity, ...]) -> list[Entity]:
    """The states the people last named together speak for ("Pashinyan and Aliyev met ... Both
    sides agreed": Armenia and Azerbaijan), where each one's is known and they are two or more."""
    states = list(dict.fromkeys(person_state(c, e) for e in people))
    if len(states) < 2 or any(e is None or e.kind not in _AGENT_KINDS for e in states):
        return []  # one unknown, or a territory (Gibraltar's chief minister): no party list
    return [e for e in states if e is not None]


def we_who_met(
    c: Collector, s: Sentence, p: g.Parsed, we: Token, tags: frozenset[str]
) -> list[Entity]:
    """The people a quoted "we" names as parties, and their states: those who last met where its
    speaker is one of them, else the speaker and the one the speaker says "I" spoke to."""
    if "P" not in tags or s.quote is None or s.reporter is None:
        return []
    met = last_participants(c)
    if s.reporter in met:
        states = their_states(c, met)
        return [*met, *states] if states and all(e.kind == "Person" for e in met) else []
    spoken = _spoken_to(p, we, s.reporter)
    if not spoken:
        return []
    # the one spoken to may be placed in no state: the article's two states, as a quoted "we"
    # of one side is (rules/pronouns.py)
    sides = their_states(c, spoken) or c.disc.main_states()
    return [*spoken, *sides] if len(sides) == 2 else []


def _spoken_to(p: g.Parsed, we: Token, speaker: Entity) -> tuple[Entity, ...]:
    """ "I have spoken to X and we agreed": the speaker and the one person the first-person verb
    the agreeing verb is joined to takes (its object, or its to- or with-phrase)."""
    verb = we.head
    if we.lower_ != "we" or we.dep_ != "nsubj" or verb.dep_ != "conj":
        return ()
    first = verb.head
    if first.lemma_.lower() not in _MET or not any(x.lower_ == "i" for x in g.subjects(first)):
        return ()
    whom = [*g.objects(first), *g.preps(first, "to"), *g.preps(first, "with")]
    people = {m.entity for m in g.fillers(p, whom, {"P"}) if m.entity is not None}
    return (speaker, *people) if len(people) == 1 and speaker not in people else ()
