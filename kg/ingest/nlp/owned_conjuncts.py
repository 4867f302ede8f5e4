"""Names coordinated past their owners: "Foreign Ministers A of Equatorial Guinea and B of Gabon".

The parser hangs the second name on the first's owner ("and B" a conjunct of "Guinea", the object
of A's "of"), not on the first name, so a plural title before A does not reach B by the usual
coordination. A name so joined to the object of another name's "of" is that name's next in the
list; the owner itself is a land or state, not a person, and keeps its own place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_past_owner(conj: Token) -> Token | None:
    """The name whose "of" object ``conj`` is joined to ("A" for "B" in "A of X and B of Y"),
    where ``conj`` is a proper noun with an "of" of its own; None otherwise."""
    owner = conj.head
    prep = owner.head
    if conj.dep_ != "conj" or conj.pos_ != "PROPN" or owner.dep_ != "pobj":
        return None
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.pos_ != "PROPN":
        return None
    if not any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in conj.children):
        return None  # "A of Chad and Niger": a second owner, no name
    return prep.head


def heads_a_list(name: Token) -> bool:
    """Whether another name is coordinated with ``name``: a conjunct of it ("A and B"), or joined
    to the object of its "of" ("A of X and B of Y")."""
    return any(ch.dep_ == "conj" for ch in name.children) or any(
        name_past_owner(conj) == name
        for prep in name.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for owner in prep.children
        for conj in owner.children
    )
