"""The land "it" or "they" stands for as the subject of a second clause joined to a first by "and"
or "but": the first clause's subject ("The group consists of A, B and C, and it belongs to Z": the
group, not C, the last land named). English keeps the subject of conjoined clauses unless it says
otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")


def conjoined_subject_land(p: g.Parsed, tok: Token, plural: bool) -> Entity | None:
    """The land that is the subject of the clause the pronoun's own clause is conjoined to, where
    its noun agrees in number with the pronoun ("the group ... it", "the islands ... they")."""
    verb = tok.head
    if tok.dep_ not in _SUBJECTS or verb.dep_ != "conj" or verb.head.i > tok.i:
        return None
    first = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if first is None or first.tag_ == "PRP":
        return None  # a pronoun is read on its own
    m = p.mention(first)
    if m is None or m.tag != "T" or m.entity is None or m.how == "description":
        return None
    return m.entity if (first.tag_ in ("NNS", "NNPS")) == plural else None
