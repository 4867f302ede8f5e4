"""A copula the parser reads as a participle's passive auxiliary: "Kyiv remains bound by the
judgment" (remains/auxpass, its subject hung on it). What the participle says holds of the
copula's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def copula_subjects(t: Token) -> list[Token]:
    """ "Kyiv remains bound by the judgment": "remains" read as the participle's passive auxiliary,
    its subject hung on it; the subject of a copula is the participle's (what it says is bound)."""
    if t.lemma_.lower() not in _STATE_PARTICIPLES:
        return []  # "remained occupied by X", "remains divided": a deed's passive, read as it is
    return [
        s
        for a in t.children
        if a.dep_ == "auxpass" and a.lower_.startswith(_COPULA_WORDS)
        for s in a.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


#: The copulas the parser reads as a passive's auxiliary ("remained bound", "stays committed").
_COPULA_WORDS = ("remain", "stay")

#: Participles that tell a state one is in, not a deed done ("bound by", "committed to").
_STATE_PARTICIPLES = frozenset({"bind", "bound", "commit", "committed"})
