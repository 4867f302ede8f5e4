"""A state referred to by its kind: "the kingdom", "the sultanate", "the emirate" ("Egypt will hand
both islands over to the Kingdom", "cede the land to Swaziland, as the kingdom was then known").

The noun stands for the state of that kind named last before it, in the sentence or, failing that,
in the article; a state's kind is the word its official name in the gazetteer carries ("Kingdom of
Saudi Arabia", "Sultanate of Oman"). The nouns are data (``state_kinds`` in
data/lexicon/references.yaml). As with "the country", a possessor ("the kingdom's border guard")
and a noun another name modifies are no such reference.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.mentions import Mention
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar.parsed import Parsed


def read(
    p: Parsed,
    tok: Token,
    lemma: str,
    plural: bool,
    found: list[Mention],
    told: list[Entity],
    text: str,
) -> Mention | None:
    """The state "the <kind>" refers to, of the sentence's mentions ``found`` before it, else of the
    states ``told`` before (first named first)."""
    kinds = ph.nouns().state_kinds
    if not refers_back(p, tok, lemma, plural, kinds.nouns, kinds.determiners):
        return None
    if ph.of_phrase(tok) is not None:
        return None  # "the kingdom of Denmark": a name
    s, e = ph.bounds(p, tok)
    here = [f.entity for f in found if f.tag == "S" and f.entity and f.end <= s]
    state = next((x for x in reversed([*told, *here]) if _of_kind(x, lemma)), None)
    return Mention(s, e, text[s:e], "S", state, how="anaphor") if state is not None else None


def refers_back(
    p: Parsed, tok: Token, lemma: str, plural: bool, nouns: frozenset[str], dets: frozenset[str]
) -> bool:
    """Whether "the <noun>" of a class of state nouns ("the country", "the kingdom") may stand for
    a state named before: one noun of the class with a determiner of it, neither a possessor ("the
    kingdom's border guard") nor a noun a name modifies ("the Hashemite kingdom")."""
    if lemma not in nouns or plural or ph.determiner(tok) not in dets:
        return False
    return not any(ch.dep_ == "case" for ch in tok.children) and not any(
        p.mention(t) for t in ph.modifiers(tok)
    )


def _of_kind(state: Entity, kind: str) -> bool:
    """Whether a state's official name in the gazetteer carries the kind ("Kingdom of Morocco")."""
    word = re.compile(rf"\b{re.escape(kind)}\b", re.IGNORECASE)
    return state.kind == "State" and any(word.search(n) for n in (state.label, *state.aliases))
