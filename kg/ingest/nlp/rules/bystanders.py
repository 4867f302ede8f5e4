"""Speakers who speak for no state though a state's name or demonym stands in their phrase:
"Honduran fishermen say", "Japanese residents said", and the outlets whose reports pass on news
("a report by the Spanish newspaper El Pais said"): their words are their own, not the state's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How a text's author stands after it ("a report by ...", "a report from ...", "a report in ...")
_AUTHORED = frozenset({"by", "from", "in"})


def bystanders(noun: Token, p: g.Parsed | None) -> bool:
    """Whether a common noun with a state's name or demonym before it names people who speak
    only for themselves ("Honduran fishermen say", "Japanese residents said"), not for the state
    ("Moroccan officials say", "the Russian side said": ``spokespeople`` of data/lexicon.yaml), nor
    what a body's words are put in ("a Kremlin statement said": ``spoken_nouns``), unless such a
    text is told as theirs ("a report by the Spanish newspaper El Pais said")."""
    if p is None or noun.pos_ != "NOUN" or p.mention(noun) is not None:
        return False
    words = lexicon.load()
    if noun.lemma_.lower() in words.spoken_nouns:
        return _authored_by_bystanders(noun, p)
    if _of_both_sides(noun, p):
        return True
    if noun.lemma_.lower() in words.spokespeople or g.own_kind(p, noun) is not None:
        return False
    return any(
        ch.dep_ in ("amod", "compound", "nmod") and p.mention(ch) is not None
        for ch in noun.children
    )


def off_record(noun: Token) -> bool:
    """Whether a common noun names a diplomat ("a Western diplomat", "an Egyptian diplomatic
    source": ``off_record`` of data/lexicon.yaml), one posted abroad as often as at home."""
    words = lexicon.load()
    lemma = noun.lemma_.lower()
    return lemma in words.off_record or (
        lemma in words.spokespeople
        and any(
            ch.dep_ == "amod" and ch.lower_ in words.off_record_modifiers for ch in noun.children
        )
    )


def _of_both_sides(noun: Token, p: g.Parsed) -> bool:
    """Whether people are told only as of both sides ("officials of both countries said",
    "officials on both sides said", "traders on both sides said"): news sources its own report so
    ("The two countries agreed to ..., officials of both countries said"); no side speaks. The
    leaders or delegations of both countries do speak (``of_both_sides`` of data/lexicon.yaml)."""
    if noun.lemma_.lower() not in lexicon.load().of_both_sides:
        return False
    held = [
        m
        for c in noun.children
        if c.dep_ == "prep"
        for t in c.subtree
        if (m := p.mention(t)) is not None
    ]
    return bool(held) and all(m.how == "pair" for m in held)


def _authored_by_bystanders(noun: Token, p: g.Parsed) -> bool:
    """Whether a text noun ("report", "statement") is told as put out by bystanders ("a report by
    the Spanish newspaper El Pais", "a statement from Honduran fishermen"): their words too."""
    return any(
        bystanders(o, p)
        for c in noun.children
        if c.dep_ in ("prep", "agent") and c.lower_ in _AUTHORED
        for o in c.children
        if o.dep_ == "pobj"
    )
