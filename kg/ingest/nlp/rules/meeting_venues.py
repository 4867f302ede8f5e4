"""The building a meeting was held at, where its sentence names no city: "who met X at the White
House", "held talks at Hyderabad House", "met Y at the presidential palace", "held talks with Z at
Carthage Palace" (the parser hangs the phrase on the person met). News names the seat or residence
as the place; a named building is one node, a described one ("the presidential palace") is local
to its source. A city the sentence names wins (rules/meeting_places.py), and a building told of a
meeting already placed in a city adds no second meeting (rules/meetings.py, add_meeting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.lexicon import load as lexicon
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.rules.common import Collector
    from kg.ingest.nlp.triggers import Trigger

#: The kind of a building a meeting was held at (mentions.py tags it as a place).
VENUE = "Place"


def venue_of(c: Collector, tok: Token, trig: Trigger) -> Entity | None:
    """The building of the trigger's at/in phrase, of its light verb's, or of the person met's."""
    gov = g.governor(tok) if trig.noun else None
    hosts = [tok, *([gov] if gov is not None else [])]
    hosts += [o for h in hosts for o in g.preps(h, "with")]  # "talks with X at Carthage Palace"
    nouns = lexicon().venue_nouns
    for obj in (o for h in hosts for prep in ("at", "in") for o in g.preps(h, prep)):
        if obj.lemma_.lower() in nouns or obj.lower_ in nouns:
            return _building(c, obj)
    return None


def _building(c: Collector, noun: Token) -> Entity:
    """The building a noun heads, named by its words up to the noun ("the Olivos presidential
    residence" outside X: "Olivos presidential residence"), without its determiner; a name's "of"
    phrase is its own ("House of Commons"), and a bare noun's ("residence of the ambassador")."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "punct")]
    words = [t for t in words if t.i >= words[-1].i - 4]  # (a name's words, not a clause's)
    if noun.text[:1].isupper() or len(words) == 1:  # "the House of Commons", "the residence of
        # the Japanese ambassador": the name, or a bare noun's description, goes on through "of"
        words += [  # (up to the "of" phrase's noun: not "on Sunday" the parser hangs on it)
            t
            for x in noun.children
            if x.lower_ == "of"
            for o in x.children
            if o.dep_ == "pobj"
            for t in (x, *o.lefts, o)
        ]
    label = " ".join(t.text for t in words)
    if any(t.text[:1].isupper() for t in words):  # "White House", "Hyderabad House"
        return Entity(VENUE, entity_key(VENUE, label), label, ())
    return Entity(VENUE, c.disc.local_key(VENUE, label), label, ())  # "presidential palace"
