"""Who speaks for a land that is no state: its government ("The Hong Kong government said",
"Gibraltar's government said", "Gibraltar said"). A land cannot speak, and the state that holds
or claims it is not who speaks there; the land's own government is (``government_of``, the body
that a territory's chief minister or chief executive already holds office in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.rules.common import government_of
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How a land's name stands before the noun of who speaks for it ("the Hong Kong government",
#: "Gibraltar's government")
_OWNING = frozenset({"compound", "poss", "amod", "nmod"})


def land_speakers(p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """The government of the land a speaker's phrase names: the land itself as the subject
    ("Gibraltar said"), or before a noun for one who speaks for a body ("the Falkland Islands
    Government", "Hong Kong officials"); never a land only placed near the speaker ("residents of
    Hong Kong", "fishermen in the islands"), nor one referred to back ("the islands said")."""
    out: list[Entity] = []
    for tok in toks:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lexicon.load().spokespeople:
            lands = [ch for ch in tok.children if ch.dep_ in _OWNING]
        else:
            lands = [tok]
        for land in lands:
            m = p.mention(land)
            if m is None or m.tag != "T" or m.entity is None or m.how == "anaphor":
                continue
            gov = government_of(m.entity)
            if gov is not m.entity and gov not in out:
                out.append(gov)
    return out
