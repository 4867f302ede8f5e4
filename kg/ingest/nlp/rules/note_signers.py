"""An official's state from the state's note the official signs or hands over: "Jamaica's note,
delivered on Friday to the Colombian ambassador by Foreign Minister X" (Jamaica's minister), "In
its note, signed by Foreign Minister Y, Papua New Guinea acknowledges ..." (the "its" is the
clause's subject, Papua New Guinea).

A state's note is signed and delivered by its own officials; the host's envoy it is given to is the
other side. The person is the by-phrase of a participle on the note (or letter); the note's owner
is its possessive, a state, or "its" standing for the state that is the subject of the clause the
note's phrase is set in. Read before the states the sentence names (the envoy it is given to is
the other side's), after what the title's own words and possessives say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.note_senders import MESSAGES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed
    from kg.model import Entity


def note_state(c: Collector, s: Sentence, person: Entity) -> Entity | None:
    """The state whose note ``person`` signed or delivered, as ``s`` tells it, if any."""
    p = s.parsed
    if p is None:
        return None
    for tok in p.tokens:
        m = p.mention(tok)
        if m is None or m.entity != person or tok.dep_ != "pobj" or tok.head.lower_ != "by":
            continue
        verb = _participle(tok.head)
        if verb is None:
            continue
        owner = _owner(c, p, verb.head)
        if owner is not None:
            return owner
    return None


def _participle(by: Token) -> Token | None:
    """The participle on a note whose by-phrase ``by`` is: its own ("delivered by X"), or the one
    the parser hung it under ("delivered to the Peruvian ambassador by X": "by" on "ambassador")."""
    node = by.head
    for _ in range(4):
        if node.tag_ == "VBN" and node.dep_ == "acl" and node.head.lemma_.lower() in MESSAGES:
            return node
        if node.dep_ not in ("pobj", "prep") or node.head == node:
            return None
        node = node.head
    return None


def _owner(c: Collector, p: Parsed, note: Token) -> Entity | None:
    """The state a note's possessive names (inside the note's own mention: "Jamaica's note"), or
    the one "its" stands for, the subject of the clause the note's phrase hangs in ("In its note,
    ..., X acknowledges")."""
    for poss in note.children:
        if poss.dep_ not in ("poss", "amod"):  # "Jamaica's note", "the Peruvian note"
            continue
        if poss.lower_ == "its":
            return _subject_state(p, note)
        words = " ".join(t.text for t in poss.subtree if t.dep_ != "case")
        states = [r.entity for r in c.gz.lookup(words) if r.entity.kind == "State"]
        if len(states) == 1:
            return states[0]
    return None


def _subject_state(p: Parsed, note: Token) -> Entity | None:
    """The state that is the subject of the clause ``note``'s phrase hangs in."""
    clause = note
    while clause.dep_ not in _CLAUSES and clause.head != clause:
        clause = clause.head
    for subject in (x for x in clause.children if x.dep_ == "nsubj"):
        m = p.mention(subject)
        if m is not None and m.tag == "S":
            return m.entity
    return None


_CLAUSES = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj"})
