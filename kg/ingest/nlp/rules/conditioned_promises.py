"""A condition told of a handover promised just before: "Under the 1947 treaty Italy ceded Rhodes to
Greece. The cession was made on the condition that the islands be demilitarised", "The agreement
provided that Saudi Arabia would cede the strip to Jordan. Under the deal, the Saudi transfer of
the coast was made conditional on Jordan handing over the desert tracts first".

A handover noun ("the cession", "the transfer of the coast") that a condition is set on stands for
the promise the article told last, of the land it names where it names one: the condition is that
promise's own (the promise gains it), not a further document's condition on something said. A
promise that has a condition already keeps it; a document the sentence names must be the promise's.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.triggers import load
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _handover_nouns() -> frozenset[str]:
    """The nouns of the handover triggers ("handover", "transfer", "cession"), from the lexicon."""
    return frozenset(
        lemma
        for r in load()
        if r.name == "handover"
        for t in r.triggers
        if t.noun
        for lemma in t.lemmas
    )


def handover_noun(words: list[Token]) -> Token | None:
    """The handover noun heading the words ("the Saudi transfer of the coast"), if one does."""
    return next(
        (t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in _handover_nouns()), None
    )


def condition_promise(
    c: Collector, p: g.Parsed, noun: Token, condition: str, docs: list[Entity]
) -> bool:
    """Give ``condition`` to the promise the handover ``noun`` stands for; True where one took it
    (then nothing else is read of the condition)."""
    named = {
        e
        for t in noun.subtree
        if (m := p.mention(t)) is not None and m.tag == "T"
        for e in m.entities
    }
    promises = [
        f
        for f in c.of("promisesHandover")
        if not f.negated and (not docs or f.args.get("document") in docs)
    ]
    if named:  # "the transfer of the coast": the promise of that land, told last
        promises = [f for f in promises if f.args.get("territory") in named]
    if not promises or not condition:
        return False
    last = promises[-1].evidence.start  # the promises one sentence told, the latest
    for old in (f for f in promises if f.evidence.start == last):
        if not old.args.get("condition"):
            c.replace(old, replace(old, args={**old.args, "condition": condition}))
    return True
