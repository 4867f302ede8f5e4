"""Where a meeting was held: the city (or the state: "held talks in Qatar") of the trigger's in/at
phrase or its light verb's, of the journey it was held on ("travelled to Belmopan for talks"), of
the gathering it was held at ("on the sidelines of the summit in Singapore"), of a "where" clause
("visited Dushanbe, where he met X"), or told by another trigger of the sentence (rules/meetings.py
reads who and when).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import gazetteer
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar.held import occurring
from kg.ingest.nlp.triggers import Trigger, by_lemma
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention

#: Nouns of a journey whose "to" phrase is where its traveller was: "met X during a visit to Tokyo".
_VISITS = frozenset({"visit", "trip", "tour", "stay"})
#: Verbs of a journey whose "for" phrase is a meeting held there: "flew to Belmopan for talks with X".
JOURNEYS = frozenset({"travel", "fly", "arrive", "come", "go", "head", "jet", "visit"})
#: The words that open a clause told right after a meeting, or while it went on, where the meeting was
#: held: "told a news conference in Madrid after meeting X", "was made in Riga after she met X".
_RIGHT_AFTER = frozenset({"after", "following", "upon", "while", "when", "as", "during"})


def place_of(p: g.Parsed, tok: Token, trig: Trigger) -> Entity | None:
    """The city of the trigger's in/at phrase (its slots in relations.yaml), or of its light verb's."""
    gov = (g.governor(tok) or occurring(tok)) if trig.noun else None  # "the summit went ahead in"
    host = [tok, *([gov] if gov is not None else [])]
    where = [
        o
        for h in host
        for slot, role in trig.slots
        if role == "place" and slot.startswith("prep_")
        for o in g.preps(h, slot[5:])
    ]
    if tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in JOURNEYS:
        where += g.preps(tok.head.head, "to")  # "travelled to Belmopan for talks": there
    if not trig.noun:  # "hosted army chief X in Addis Ababa": the parser hangs it on the name
        where += [
            o
            for obj in tok.children
            if obj.dep_ == "dobj"
            for x in (obj, *(a for a in obj.children if a.dep_ == "appos"))
            for prep in ("in", "at")
            for o in g.preps(x, prep)
        ]
    found = [m.entity for m in g.fillers(p, where, {"C"}) if m.entity is not None]
    found = found or _town_of(p, where)  # "in the Russian city of Kazan"
    found = found or _capital_of_state(p, where)  # "in the Egyptian capital"
    found = found or _state_named(p, where)  # "held talks in Qatar"
    found = found or [city for h in host for city in _where_clause_city(p, h)][:1]
    if not found:  # "on the sidelines of the UN in New York", "at the guest house in Tokyo"
        met = [o for o in tok.children if o.dep_ in ("dobj", "obj")]  # "met his counterpart,
        met += [a for o in met for a in o.children if a.dep_ == "appos"]  # X in Seoul": on X
        where = [o for h in (*host, *met) for o in _located(h, 3)]
        found = [m.entity for m in g.fillers(p, where, {"C"}) if m.entity is not None]
        found = found or _town_of(p, where) or _state_named(p, where)
    found = found or _right_after_city(p, tok)
    return found[0] if found else None


def _right_after_city(p: g.Parsed, tok: Token) -> list[Entity]:
    """ "X told a news conference in Madrid after meeting Y", "the announcement was made in Riga
    after she met Y": a meeting that names no city, in a clause told right after it (or during
    it), was held in the one city the clause it hangs on is told in ("in"/"at"); not where a
    journey went after it ("arrived in Lima after meeting Y")."""
    if tok.dep_ == "pobj" or (tok.dep_ == "pcomp" and tok.head.dep_ == "prep"):
        opener, clause = tok.head, tok  # "after talks with Y", "after meeting Y"
    elif tok.dep_ in ("advcl", "ccomp"):  # "after she met Y"
        opener = next((ch for ch in tok.children if ch.dep_ in ("mark", "advmod")), tok)
        clause = tok
    else:
        return []
    head = clause.head if opener is not clause and opener.dep_ != "prep" else opener.head
    if (
        opener is clause
        or opener.i > clause.i
        or opener.lower_ not in _RIGHT_AFTER
        or head.pos_ not in ("VERB", "AUX")
        or head.lemma_.lower() in JOURNEYS | {"return"}
    ):
        return []
    # (a phrase before the opener is the outer clause's, wherever the parser hangs it)
    inside = {t.i for t in (*opener.subtree, *clause.subtree) if t.i >= opener.i}
    where = [
        t
        for t in head.subtree
        if t.i not in inside and t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
    ]
    named = g.fillers(p, where, {"C", "S"})  # "issued in Rabat": the capital read as its state
    found = [m.entity if m.tag == "C" else _capital_named(m) for m in named if m.entity]
    cities = {city.key: city for city in found if city is not None}
    return list(cities.values()) if len(cities) == 1 else []


def _town_of(p: g.Parsed, where: list[Token]) -> list[Entity]:
    """ "in the Russian city of Kazan", "the Black Sea port of Sochi": a town land_names reads from
    a town noun's "of" phrase (a land's mention of a town; the demonym only places it)."""
    return [
        m.entity
        for m in g.fillers(p, where, {"T"})
        if m.entity is not None and m.entity.kind == "City" and m.how == "land-noun"
    ]


def _capital_of_state(p: g.Parsed, where: list[Token]) -> list[Entity]:
    """ "met X in the Egyptian capital", "in Iran's capital": the capital (the gazetteer's) of the
    one state a "capital" phrase names by its demonym or possessive."""
    states = {
        m.entity.key
        for o in where
        if o.lemma_.lower() == "capital"
        for ch in o.children
        if ch.dep_ in ("amod", "compound", "poss", "nmod")
        and (m := p.mention(ch)) is not None
        and m.tag == "S"
        and m.entity is not None
    }
    capital = gazetteer.load().capital_of(next(iter(states))) if len(states) == 1 else None
    return [capital] if capital is not None else []


def _state_named(p: g.Parsed, where: list[Token]) -> list[Entity]:
    """ "held talks in Qatar": the state an in/at phrase names as its own head (a dkg:Site; a
    state inside the phrase is none: "in Japan's interest"), or its capital when the mention is the
    capital's own name ("in Tokyo" read as its government)."""
    found: list[Entity] = []
    for o in where:
        m = p.mention(o)
        if m is None or m.tag != "S" or m.entity is None or m.entity.kind != "State":
            continue
        found.append(_capital_named(m) or m.entity)
    return found


def _where_clause_city(p: g.Parsed, tok: Token) -> list[Entity]:
    """ "visited Dushanbe on Monday, where he met X": the city a "where" clause is told of, the
    last one named before it (the parser may hang the clause on a nearer noun: "Monday")."""
    where = next((ch for ch in tok.children if ch.dep_ == "advmod" and ch.lower_ == "where"), None)
    if where is None or tok.dep_ != "relcl":
        return []
    cities: list[Entity] = []
    for t in tok.doc[: where.i]:
        m = p.mention(t)
        if m is None or m.entity is None or (cities and cities[-1] is m.entity):
            continue
        if m.tag == "C":
            cities.append(m.entity)
        elif m.tag == "S" and (city := _capital_named(m)) is not None:
            cities.append(city)  # "visited Dushanbe": the capital read as its government
    return cities[-1:]


def _capital_named(m: Mention) -> Entity | None:
    """The capital a state's mention names by the capital's own name ("Dushanbe")."""
    assert m.entity is not None
    city = gazetteer.load().capital_of(m.entity.key)
    if city is None or m.text not in (city.label, *city.aliases):
        return None
    return city


def _located(t: Token, depth: int) -> list[Token]:
    """The objects of "in"/"at" phrases down a chain of prepositional phrases from ``t``."""
    out: list[Token] = []
    for prep in (ch for ch in t.children if ch.dep_ in ("prep", "agent")):  # "by X in Lima"
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        # "the meeting between A and B in Singapore": the parser hangs the place on the last conjunct
        for o in [*objs, *(c for x in objs for c in x.conjuncts if c.i > x.i)]:
            if prep.lower_ in ("in", "at") or (prep.lower_ == "to" and _on_visit(t)):
                out.append(o)
            if depth > 1:  # "at the guest house in Tokyo": the venue's city; "with his
                # counterpart Yvan Gil in Brasilia": the parser hangs it on the name in apposition
                for x in (o, *(a for a in o.children if a.dep_ == "appos")):
                    out += _located(x, depth - 1)
    return out


def _on_visit(t: Token) -> bool:
    """ "met X during his visit to Tokyo", "on a trip to": a journey the meeting was held on
    (not one it followed: "met X after a visit to Beijing")."""
    return (
        t.lemma_.lower() in _VISITS
        and t.dep_ == "pobj"
        and t.head.lower_ in ("during", "on", "in", "at")
    )


def place_told_beside(p: g.Parsed) -> Entity | None:
    """The place of the same meeting told by another trigger of the sentence ("at the Moscow meeting
    ..., Kono said following talks with Lavrov"), or of the gathering it was held at ("on the
    sidelines of the summit in Singapore")."""
    for other in p.tokens:
        told = by_lemma().get(other.lemma_.lower(), ())
        if other.pos_ not in ("NOUN", "PROPN") or not any(
            r.name == "meeting" and t.noun for r, t in told
        ):
            continue
        near = [
            x
            for ch in other.children
            for x in (ch, *(ch.children if ch.dep_ == "prep" and ch.lower_ in ("in", "at") else ()))
            if x.dep_ in ("compound", "nmod", "pobj")
        ]
        for m in g.fillers(p, near, {"C"}):
            if m.entity is not None:
                return m.entity
    return None
