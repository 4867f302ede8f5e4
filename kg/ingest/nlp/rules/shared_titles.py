"""Officials named together under one plural title: "signed by presidents A and B", "prime
ministers A and B met". News writes a plural title over two names for the same office of two
states, one each, so the state of one is never the other's: neither may borrow a state from the
sentence around them (kg.ingest.nlp.rules.people would give both the same), and where one's
state is known, the other serves the other state of the two the article is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.rules.common import Collector, person_state

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

_PLURAL = ("NNS", "NNPS")


def partners(c: Collector, person: Entity, s: Sentence) -> list[Entity] | None:
    """The others named with ``person`` under one plural title in sentence ``s``; None where the
    person's name there stands under no plural title shared with another name."""
    if s.doc is None:
        return None
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    for m in s.masked.mentions:
        if m.tag != "P" or m.entity != person:
            continue
        name = [t for t in p.within(m.start, m.end) if t.pos_ == "PROPN"]  # not its title
        head = head_token(name) if name else None
        first = _first_name(head) if head is not None else None
        if first is None or _owned(c, p, first):
            continue
        names = [first, *_conjuncts(first)]
        others = [
            o.entity
            for t in names
            if (o := p.mention(t)) is not None
            and o.tag == "P"
            and o.entity is not None
            and o.entity != person
        ]
        if others:
            return others
    return None


def partner_state(c: Collector, others: list[Entity]) -> Entity | None:
    """The state of the one partner whose state is known (its own title, the gazetteer; not a
    guess from the sentences around), turned into the other state of the pair the article is
    about."""
    known = {state.key: state for o in others if (state := person_state(c, o)) is not None}
    pair = c.disc.pair_in_play()
    if len(others) != 1 or len(known) != 1 or len(pair) != 2:
        return None
    if next(iter(known)) not in {s.key for s in pair}:
        return None
    return next(s for s in pair if s.key not in known)


def _first_name(head: Token) -> Token | None:
    """The first name under a plural title: the name itself ("presidents A and B": A is the
    title's apposition, or the title is A's compound), or the name B is a conjunct of."""
    for t in (head, head.head if head.dep_ == "conj" else None):
        if t is None:
            continue
        if t.dep_ == "appos" and t.head.tag_ in _PLURAL:
            return t
        if any(c.dep_ == "compound" and c.tag_ in _PLURAL for c in t.children):
            return t
    return None


def _owned(col: Collector, p: Parsed, first: Token) -> bool:
    """ "Japanese ministers A and B", "the two countries' presidents A and B": a plural title with
    an owner of its own says whose (kg.ingest.nlp.rules.people reads it), or both sides at once."""
    title = first.head if first.dep_ == "appos" else None
    words = [
        *(c for c in first.children if c.dep_ == "compound" and c.tag_ in _PLURAL),
        *([title] if title is not None else []),
    ]
    for w in words:
        for c in w.children:
            if c.i < first.i and (
                c.dep_ in ("poss", "prep") or (c.dep_ == "amod" and _owner(col, p, c))
            ):
                return True
    return False


def _owner(c: Collector, p: Parsed, t: Token) -> bool:
    """A word naming a state or body ("Japanese"), not a title's own word ("foreign")."""
    m = p.mention(t)
    return (m is not None and m.tag != "P") or t.lower_ in c.gz.demonyms


def _conjuncts(t: Token) -> list[Token]:
    """The names coordinated after ``t`` ("A, B and C")."""
    out, todo = [], [t]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and c.pos_ == "PROPN":
                out.append(c)
                todo.append(c)
    return out
