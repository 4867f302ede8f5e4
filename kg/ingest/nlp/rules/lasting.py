"""A deed told as lasting (``lasting`` of data/lexicon/relations.yaml): the perfect ("Tajik border
guards have patrolled the island", "has been guarded by Thai troops") or a span ("since 1673", "for
decades", "ever since"). Forces that keep watch over land, or are kept on it, for a span hold it;
one patrol or a deployment told on its day ("patrolled the area on Thursday") holds nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a span of time after "for" ("for decades", "for more than two decades").
_SPANS = frozenset({"year", "decade", "century", "month", "generation", "age"})


def told(tok: Token) -> bool:
    """Whether the verb ``tok`` is told in the perfect or with a span of time."""
    for ch in tok.children:
        if ch.dep_ == "aux" and ch.lemma_ == "have":
            return True
        if ch.lower_ == "since" and ch.dep_ in ("prep", "advmod"):
            return True
        if ch.dep_ == "prep" and ch.lower_ == "for":
            if any(o.lemma_.lower() in _SPANS for o in ch.subtree):
                return True
        if ch.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in ch.children
        ):
            return True
    return False
