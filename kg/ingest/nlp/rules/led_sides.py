"""An official's state from the side the official leads at talks: "The Indian delegation was led
by Joint Secretary (East Asia) X, while the Chinese side was headed by Y", "X led the Pakistani
delegation", "X, who heads Kampala's delegation". A delegation (side, team) is its state's, and so
is the one who leads it: news names the state on the delegation and leaves the leader's own title
bare ("Joint Secretary", "director-general"). The nouns are ``led_sides`` of data/lexicon.yaml; the
verbs are the ``office`` class's verbs of governing (lead, head, chair). A reading
kg.ingest.nlp.rules.people tries after the title's own words, before the states the sentence names
(there the other side's delegation is named too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import head_token, negated
from kg.ingest.nlp.office_verbs import governing_verbs
from kg.ingest.nlp.rules.common import Collector

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed
    from kg.model import Entity


def led_side_state(c: Collector, s: Sentence, person: Entity) -> Entity | None:
    """The state whose delegation ``person`` leads, as ``s`` tells it, if one."""
    p = s.parsed
    if p is None:
        return None
    found: dict[str, Entity] = {}
    for m in s.masked.mentions:
        if m.entity != person or (head := head_token(p.within(m.start, m.end))) is None:
            continue
        for side in _sides_led(head):
            state = _side_state(p, side)
            if state is not None:
                found[state.key] = state
    return next(iter(found.values())) if len(found) == 1 else None


def _sides_led(name: Token) -> list[Token]:
    """The delegations a name leads: the passive's subject it is the agent of ("the Indian
    delegation was led by X"), the object of the verb it is the subject of ("X led the Pakistani
    delegation") or of a relative clause on it ("X, who heads the Russian delegation")."""
    verbs = governing_verbs()
    found: list[Token] = []
    if name.dep_ == "pobj" and name.head.lower_ == "by" and name.head.dep_ == "agent":
        verb = name.head.head
        if verb.lemma_.lower() in verbs and not negated(verb):
            found += [k for k in verb.children if k.dep_ == "nsubjpass"]
    clauses = [c for c in name.children if c.dep_ == "relcl"]
    if name.dep_ == "nsubj":
        clauses.append(name.head)
    for verb in clauses:
        if verb.lemma_.lower() in verbs and not negated(verb):
            found += [k for k in verb.children if k.dep_ == "dobj"]
    return [t for t in found if t.lemma_.lower() in lexicon.load().led_sides]


def _side_state(p: Parsed, side: Token) -> Entity | None:
    """The state a delegation is named with, by a demonym, a possessive or a capital."""
    for c in side.children:
        if c.i > side.i or c.dep_ not in ("amod", "poss", "compound"):
            continue
        m = p.mention(c)
        if m is not None and m.tag == "S" and m.entity is not None and m.entity.kind == "State":
            return m.entity
    return None
