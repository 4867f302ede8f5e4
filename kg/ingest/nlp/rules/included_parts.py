"""Land a land's phrase lists as its own: "the West Bank, including East Jerusalem", "Crimea,
including Sevastopol, was absorbed", "its province of Litoral, including the port of Antofagasta"
(``partOf``; the words in data/lexicon/references.yaml ``including``). The whole must be a named
land the phrase hangs on, not a state ("Ukraine, including Crimea" is a view of the speaker's) nor
a verb ("took over the area, including A": the parse hangs the list on the object, or on the verb
when the object is not what is listed)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.territory import conjuncts, land_at, parsed
from kg.ingest.nlp.triggers import load
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _including() -> frozenset[str]:
    """The words that open a land's own list ("including")."""
    return frozenset(read_yaml(DATA_DIR / "lexicon" / "references.yaml").get("including", ()))


@cache
def _unit_nouns() -> frozenset[str]:
    """Nouns that name a piece of land by an of-phrase ("the port of X", "the region of X"): the
    land nouns of references.yaml and the nouns of the partOf triggers."""
    nouns = (
        lemma
        for r in load()
        if r.name == "partOf"
        for t in r.triggers
        if t.noun
        for lemma in t.lemmas
    )
    return frozenset({*ph.nouns().lands.nouns, *nouns} - {"part"})


def _named_in(p: g.Parsed, tok: Token) -> Mention | None:
    """The land "the town of Jilib" names by its of-phrase."""
    if tok.lemma_.lower() not in _unit_nouns():
        return None
    return next((m for o in g.preps(tok, "of") if (m := land_at(p, o)) is not None), None)


def _whole(p: g.Parsed, head: Token) -> Mention | None:
    """The land the including-phrase hangs on: its noun, or the object of the verb the parser
    hung it on ("lost its province of Litoral, including ...")."""
    if head.pos_ in ("VERB", "AUX"):
        objs = [o for o in head.children if o.dep_ == "dobj"]
        return next((m for o in objs if (m := land_at(p, o) or _named_in(p, o))), None)
    return land_at(p, head) or _named_in(p, head)


def included(c: Collector, s: Sentence) -> None:
    """One ``partOf`` for each named land an including-phrase on a named land lists."""
    p = parsed(s) if "«T" in s.masked.text else None
    if p is None:
        return
    for tok in p.tokens:
        if tok.dep_ != "prep" or tok.lower_ not in _including():
            continue
        whole_m = _whole(p, tok.head)
        if whole_m is None:
            continue
        whole = whole_m.entities[0]
        for obj in (o for o in tok.children if o.dep_ == "pobj"):
            for each in conjuncts(obj):
                part_m = land_at(p, each) or _named_in(p, each)
                if part_m is None or part_m is whole_m:
                    continue
                for part in part_m.entities:
                    if part != whole:
                        c.add("partOf", {"part": part, "whole": whole}, s, "including", 0.7)
