"""A state named by what it is as the whole a land is part of: "declared part of the kingdom",
"an integral part of the country" (a noun of data/lexicon.yaml's ``state_nouns`` with "the"), or
"an integral part of the national territory" (the speaker's own land: "national" says whose). It
fills the whole, the claimant, or the state a land is said to belong to ("the minister said the
islands were an integral part of the country": his state asserts sovereignty).

Which state it is comes from the clause's own subject above it when that names one ("New Delhi
maintains X is part of the country"), or a person's state ("the minister said X was part of the
republic"), else from the state that last acted as a subject ("Morocco marked ... The territory
was declared part of the kingdom"). Only the whole of "part of": elsewhere such a noun may be any
country of the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, person_state, state_of
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The roles such a noun may fill: the state a land is (declared, said to be) part of.
_WHOLE_ROLES = frozenset({"into", "whole", "claimant", "state"})


def whole_state(
    c: Collector, p: g.Parsed, toks: list[Token], tags: frozenset[str], role: str
) -> list[Entity]:
    """The state "the kingdom" (country, republic ...) stands for in "part of the kingdom"."""
    if role not in _WHOLE_ROLES or "S" not in tags:
        return []
    for tok in toks:
        if _whole_of_part(tok):
            state = _subject_state(c, p, tok) or c.actor
            if state is not None and state.kind == "Organization":
                state = bodies.owner(c.gz, state)  # "the ministry said": its state
            return [state] if state is not None and state.kind == "State" else []
    return []


def _whole_of_part(tok: Token) -> bool:
    """ "(part) of the kingdom": a bare state noun (or "national territory") with "the", the object of "of" after "part"."""
    return (
        (tok.lemma_.lower() in lexicon.load().state_nouns or _national_territory(tok))
        and tok.tag_ == "NN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() == "part"
        and [ch.lower_ for ch in tok.children if ch.dep_ == "det"] == ["the"]
        and not any(ch.dep_ in ("prep", "poss", "relcl", "acl") for ch in tok.children)
    )


def _national_territory(tok: Token) -> bool:
    """ "part of the national territory": the land of the state whose people speak."""
    return tok.lemma_.lower() == "territory" and any(
        ch.dep_ == "amod" and ch.lower_ == "national" for ch in tok.children
    )


def _subject_state(c: Collector, p: g.Parsed, tok: Token) -> Entity | None:
    """The state the subject of a clause above ``tok`` names, or a named person's state."""
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            for m in g.fillers(p, [subj], {"S", "P"}):
                if m.entity is None:
                    continue
                if (state := state_of(c, m.entity) or person_state(c, m.entity)) is not None:
                    return state
    return None
