"""A land noun written as the last word of a name is the name's, not the relation's noun: "it
became the short-lived Hatay State" makes no state's unit of the land (as "became Iraq's 19th
province" does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The relations whose trigger nouns are units of land ("province", "state", "part").
_UNIT_RELATIONS = frozenset({"incorporates", "partOf"})


def closes_name(tok: Token, rel: str) -> bool:
    """Whether the trigger noun ``tok`` of ``rel`` is a capitalised word closing a run of names
    that hang on it ("the Hatay State", "the Orange Free State")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        rel in _UNIT_RELATIONS
        and tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and before is not None
        and before.pos_ == "PROPN"
        and before.head == tok
        and before.dep_ == "compound"
    )
