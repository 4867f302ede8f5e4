"""Who "they" or "the two leaders" are as joint speakers, apart to keep pronouns short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import office_groups
from kg.ingest.nlp.rules.common import (
    Collector,
    government_of,
    last_participants,
    person_state,
)
from kg.ingest.nlp.rules.groups import groups, told_group
from kg.ingest.nlp.rules.paragraph_speakers import coordinated_before
from kg.ingest.nlp.triggers import JOINT_ROLES, by_lemma
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def joint_speakers(c: Collector, s: Sentence, tok: Token) -> list[Entity]:
    """Who "they", "the two leaders" or "the parties" are as the joint speaker of a statement: the
    participants last introduced (their states, for "the sides"); several or none."""
    word = tok.lower_
    if (
        word not in groups().every | groups().states
        or word == "we"
        or tok.tag_ not in ("NNS", "PRP")
    ):
        return []
    if not any(  # "All sides signed up to a clause stating ...": the sides do not say it
        JOINT_ROLES & set(rel.roles) for rel, _ in by_lemma().get(tok.head.lemma_.lower(), ())
    ):
        return []
    if word == "they" and (before := coordinated_before(c, s)):
        return before  # 'A and B said ... "...," they said': the same speakers
    said = [f.args["speaker"] for f in c.of("statement")]
    if word == "they" and said and isinstance(said[-1], tuple):
        return list(said[-1])  # "The four parties said ... They said ...": the same speakers
    found = list(last_participants(c) or c.named_together)
    if word in groups().people and not told_group(tok):
        return []  # "Diplomats said", "diplomats in Doha said": any of a kind, not those who met
    if word in groups().people:  # "the two leaders": people, though states held the talks;
        found = next(  # before any, those the sentence names ("A and B signed ..., the two
            (  # leaders said"); the two states where the article named no people at all
                list(x)
                for x in (
                    last_participants(c),
                    c.named_together,
                    _people_here(s),
                )
                if sum(e.kind == "Person" for e in x) >= 2
            ),
            [] if people_named(c) else c.disc.pair_in_play(),
        )
    if word in groups().people:  # "both ministers said": the two given that office, where
        found = list(office_groups.holders(c, s, tok, tuple(found)))  # those met hold none
    if word in groups().states:
        found = [
            government_of(e)
            for e in dict.fromkeys(person_state(c, x) for x in found)
            if e is not None
        ]
        found = found if len(found) >= 2 else c.disc.pair_in_play()
    return found if len(found) >= 2 else []


def _people_here(s: Sentence) -> tuple[Entity, ...]:
    """The people a sentence names."""
    named = {
        e.key: e
        for m in s.masked.mentions
        if m.tag == "P"
        for e in m.entities
        if e.kind == "Person"
    }
    return tuple(named.values())


def people_named(c: Collector) -> bool:
    """Whether the article has named people together (those who met, else the latest named)."""
    return sum(e.kind == "Person" for e in last_participants(c) or c.named_together) >= 2
