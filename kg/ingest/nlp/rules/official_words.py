"""Words an official told, in a body's account: "The ministry said in a statement that X, its
director-general, had called the envoy and told him the drills were \"unacceptable\"", "X, director-general
of the Foreign Ministry's bureau, told the envoy the flight was \"a serious violation\", the ministry
said". A body's statement of what its named official told someone reports his words: the
official said them (the body's statement of the whole stays its own), as news readers and the gold
take it. Words told inside a person's words ("Lavrov said Kono told him ...") stay the outer
speaker's, and so do those of a pronoun or an unnamed person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.triggers import speaks

if TYPE_CHECKING:
    from spacy.tokens import Token


def official_told(p: g.Parsed, tok: Token) -> bool:
    """Whether the speech verb ``tok``, told in the past by a person named in the sentence,
    stands in the words of a body or state that relays it (the nearest speech verb above it)."""
    if tok.tag_ != "VBD" or not _named(p, g.subjects(tok), "P"):
        return False
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "had called the envoy and told him": the verb it is joined to
    for _ in range(12):
        if node.head == node:
            return False
        node = node.head
        if node.pos_ == "VERB" and speaks(node):
            return _body(p, g.subjects(node))
    return False


def _body(p: g.Parsed, subjects: list[Token]) -> bool:
    """Whether the one subject is a body or a state: named ("Japan's Foreign Ministry"), or a
    body's noun ("the ministry said") that the discourse resolves later."""
    if _named(p, subjects, "O", "S"):
        return True
    return (
        len(subjects) == 1
        and p.mention(subjects[0]) is None
        and subjects[0].pos_ == "NOUN"
        and subjects[0].lemma_.lower() in {*lexicon.load().body_heads, "government"}
    )


def _named(p: g.Parsed, subjects: list[Token], *tags: str) -> bool:
    """Whether the one subject is a mention of one of these kinds (not a pronoun)."""
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return False
    m = p.mention(subjects[0])
    return m is not None and m.tag in tags and m.how != "pronoun"
