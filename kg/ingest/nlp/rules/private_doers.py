"""Subjects that are no voice of the state they name, apart to keep slots short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


def private(p: g.Parsed, toks: list[Token], m: Mention) -> bool:
    """ "Argentine war veterans rejected the plan", "Guatemala's former foreign minister rejected the
    ruling": a state named only as the modifier of a subject that is no voice of it (data:
    references.yaml private_doers, former_marks)."""
    words = phrases.nouns()
    heads = [*toks, *(o for t in toks for o in _parts_of(t, words.group_shares))]
    return any(
        p.mention(head) is not m
        and (
            head.lemma_.lower() in words.private_doers
            or head.lower_ in words.private_doers
            or any(ch.dep_ == "amod" and ch.lower_ in words.former_marks for ch in head.children)
        )
        for head in heads
    )


def _parts_of(tok: Token, shares: frozenset[str]) -> list[Token]:
    """The group a share-of subject is a part of ("per cent of voters", "67.7 per cent of voters"
    with the number for its head: the voters; ``group_shares`` of references.yaml)."""
    if not (tok.like_num or tok.lemma_.lower() in shares):
        return []
    return [
        o
        for t in tok.subtree
        if t.like_num or t.lemma_.lower() in shares
        for pr in t.children
        if pr.dep_ == "prep" and pr.lower_ == "of"
        for o in pr.children
        if o.dep_ == "pobj"
    ]
