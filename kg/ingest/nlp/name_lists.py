"""Names listed together and what an "of" phrase lists after them ("Foreign ministers A and B
of Azerbaijan and Armenia"): the parse's view of a coordination of names, for the titles that
several names share (kg.ingest.nlp.titles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_owner import OWNER_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity


def name_words_before(p: Parsed, head: Token) -> list[Token]:
    """The proper nouns of a name before its last word ("Jeyhun" of "Jeyhun Bayramov"): those
    right before it that no place, state or body mention covers, up to a title word."""
    out: list[Token] = []
    for t in reversed(list(head.lefts)):
        if t.i != head.i - len(out) - 1 or not (
            t.dep_ == "compound" and t.pos_ == "PROPN" or _joining_hyphen(t)
        ):
            break
        if p.mention(t) is not None:
            break
        out.append(t)
    while out and _joining_hyphen(out[-1]):
        out.pop()  # a name begins with a word, not with its hyphen
    return out


def _joining_hyphen(t: Token) -> bool:
    """The hyphen of a hyphenated given name ("Frank-Walter", "Jean-Yves"), set with no space
    between the two words it joins, which the parser hangs on the surname as punctuation."""
    return (
        t.dep_ == "punct"
        and t.text in ("-", "‐", "–")
        and not t.whitespace_
        and t.i > 0
        and not t.doc[t.i - 1].whitespace_
    )


def name_chain(first: Token) -> list[Token]:
    """The names coordinated from ``first`` on ("A, B and C"), in order."""
    chain = [first]
    while nxt := [c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ == "PROPN"]:
        chain.append(nxt[0])
    return chain


def owners_listed(p: Parsed, prep: Token) -> list[Entity]:
    """The states, lands or bodies an "of" phrase names: its object and the object's own
    conjuncts, in order (not a name possessed by the object: "of Tamil Nadu and Jordan's King")."""
    out: list[Entity] = []
    for o in prep.children:
        node: Token | None = o if o.dep_ == "pobj" else None
        while node is not None:
            m = p.mention(node)
            if m is None or m.entity is None or m.tag not in OWNER_TAGS:
                break
            out.append(m.entity)
            node = next((c for c in node.children if c.dep_ == "conj"), None)
    return list(dict.fromkeys(out))
