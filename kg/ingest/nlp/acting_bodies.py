"""Whose body a capitalised bare description is ("the Foreign Ministry said", no state in it).

The recogniser takes "the Foreign Ministry" for a name of its own and made a body of no state,
so every fact it was in ("issued a reply note", "lodged a protest") lost its state, where the same
words in lower case were read as the acting state's body (rules/actor_bodies.py). News names the
body so only where the text has settled whose it is: "the Foreign Ministry in Tokyo", a "with"
phrase on the state's clause ("Seoul protested, with the Foreign Ministry saying"), or the state
the capital that opens its sentence ("In Tokyo, the Foreign Ministry said"), or the state
that acts as a subject in its sentence or in the two before it ("Colombia rejected the note.
'...,' the Foreign Ministry said"). Where none does, the body stays unowned: no guess, and never
from the dateline's city alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp.grammar import Parsed, fillers, subjects
from kg.ingest.nlp.grammar.roles import clause_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.gazetteer import Gazetteer
    from kg.model import Entity

#: How many sentences before the body's own a state acting as subject may own it.
_REACH = 2


def described(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The body kind a bare name describes ("Foreign Ministry": Ministry of Foreign Affairs), if
    it is one a state has at home (not "the Government", a seat, nor "the Embassy", abroad)."""
    return bodies.described_kind(" ".join(name.lower().split()), at_home=True)


def with_clause_state(p: Parsed, tok: Token) -> Entity | None:
    """The state that is the subject of the clause a "with" phrase of its body hangs on ("South
    Korea protested, with the foreign ministry saying ...": South Korea's)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return None
    for subj in subjects(clause_of(verb.head)):
        m = p.mention(subj)
        if m is not None and m.tag == "S" and m.entity is not None:
            return m.entity
    return None


def body_state(gz: Gazetteer, p: Parsed, ent: Span, told: list[Entity | None]) -> Entity | None:
    """The state whose body the bare description ``ent`` names, as its text settles it; ``told``
    holds the states acting as subjects of the sentences before, the latest last."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent[0].lower_ != "the" and (before is None or before.lower_ != "the"):
        if before is not None and before.lower_ in ("a", "an"):
            return seat_state(gz, p)  # "In London, a Foreign Office spokesperson said"
        return None  # "its Foreign Ministry", "Japan's Foreign Ministry": the mentions read those
    after = doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].lower_ == "in":  # "the Foreign Ministry in Tokyo"
        m = p.mention(after[1])
        if m is not None and m.entity is not None and m.tag in ("C", "S"):
            key = gz.capitals.get(m.entity.key) if m.tag == "C" else m.entity.key
            return gz.get(key) if key else None
    state = with_clause_state(p, ent[-1]) or seat_state(gz, p) or _acting(p, ent.start)
    if state is not None:
        return state
    return next((s for s in reversed(told[-_REACH:]) if s is not None), None)


def seat_state(gz: Gazetteer, p: Parsed) -> Entity | None:
    """The state whose capital opens the sentence as where it happens ("In London, a Foreign
    Office spokesperson said", "In Tokyo, the Foreign Ministry said"): wire copy sets a side's
    answer in its capital, and a body told there with no state of its own is that state's."""
    doc = p.doc
    if len(doc) < 3 or doc[0].lower_ != "in":
        return None
    m = p.mention(doc[1])
    if m is None or m.entity is None or m.tag not in ("C", "S"):
        return None
    after = next((t for t in doc[2:] if p.offset + t.idx >= m.end), None)
    if after is None or after.text != ",":
        return None
    key = gz.capitals.get(m.entity.key) if m.tag == "C" else m.entity.key
    state = gz.get(key) if key else None
    return state if state is not None and state.kind == "State" else None


def _acting(p: Parsed, until: int) -> Entity | None:
    """The state named as the subject of a verb in the sentence before the body ("The Argentine
    government lodged a protest ..., the Foreign Ministry reported")."""
    for tok in p.doc[:until]:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = fillers(p, [tok], {"S"})  # "The Argentine government": Argentina
        if found and found[0].entity is not None and found[0].entity.kind == "State":
            return found[0].entity
    return None


def owned_body(
    gz: Gazetteer, p: Parsed, ent: Span, name: str, told: list[Entity | None]
) -> Entity | None:
    """The state's body a recognised bare description names, where the text settles the state."""
    kind = described(name)
    if kind is None:
        return None
    state = body_state(gz, p, ent, told)
    if state is None or state.kind != "State":
        return None
    return bodies.body_of(gz, state, *kind)
