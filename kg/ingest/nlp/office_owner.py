"""Whose office a title's phrase names: the body, state, land or city before it or after it.

"Russia's foreign minister", "ambassador to Japan", "prime minister in Crimea's regional government",
"head of the African Union commission": kg.ingest.nlp.office_phrase reads the office from the phrase's
words and asks this module for its owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import body_units, lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.land_names import land_noun
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Prepositions whose object is the state or body of an office ("minister of X", "envoy to X").
OF_PREPOSITIONS = frozenset({"of", "to", "for", "at"})
_STATE_TAGS = ("O", "S", "T", "C")  # a body's office before a state's, a land's, a city's
#: What "of X" may name as an office's owner: a state, a body, a land or a city ("mayor of X").
OWNER_TAGS = frozenset({"S", "O", "T", "C"})
#: Hyphens that join the parts of one word with no space ("vice-speaker", "Moscow-installed").
HYPHENS = ("-", "‐")


def owner_before(
    p: Parsed,
    toks: list[Token],
    noun: Token,
    index: int,
    tags: tuple[str, ...] = _STATE_TAGS,
    skip: set[int] | None = None,
) -> Entity | None:
    """The body or state the title's own words name before it (possessive, demonym, compound);
    with a list of demonyms for a list of names, the one in the same place. ``skip``: words the
    office itself is read with ("Army chief" is a post; "Court President" is the court's)."""
    before = [t for t in toks if t.i < noun.i and not _hyphen_modifier(t)]
    found: dict[str, list[Entity]] = {}
    for t in before:
        m = None if skip and t.i in skip else p.mention(t)
        if m is not None and m.entity is not None and m.tag in tags:
            if m.entity not in found.setdefault(m.tag, []):
                found[m.tag].append(m.entity)
    for tag in tags:
        listed = found.get(tag)
        if listed:
            if len(listed) > 1 and tag == "S":  # "his Greek, Cypriot and French counterparts"
                return listed[index] if index < len(listed) else None
            return listed[0]
    return None


def pronoun_owner(toks: list[Token], noun: Token) -> bool:
    """Whether a possessive pronoun before the title says whose office it is ("its envoy", "their
    representative"): someone named before, never what an "at"/"to" phrase names."""
    return any(t.i < noun.i and t.tag_ == "PRP$" and t.lower_ in ("its", "their") for t in toks)


def _hyphen_modifier(t: Token) -> bool:
    """Whether a name opens a hyphenated modifier ("Crimea's Moscow-installed leader",
    "a Russian-backed leader"): who installed or backs the holder, not whose office it is."""
    doc = t.doc
    return (
        t.i + 2 < len(doc)
        and not t.whitespace_
        and doc[t.i + 1].text in HYPHENS
        and not doc[t.i + 1].whitespace_
        and doc[t.i + 2].tag_ in ("VBN", "VBD")
    )


def prep_target(p: Parsed, noun: Token, index: int = 0) -> tuple[str, Entity] | None:
    """ "ambassador to Japan", "minister of foreign affairs of Russia": the state or body named
    by a preposition of the title's phrase ("the foreign ministers of Russia and Japan": the one in
    the name's place)."""
    todo = [noun]
    while todo:
        node = todo.pop(0)
        for c in node.children:
            if c.dep_ != "prep" or c.i < noun.i:
                continue
            if c.lower_ == "in":  # "prime minister in Crimea's government": that government's
                owner = _in_government(p, c)
                if owner is not None:
                    return "of", owner
                continue
            if c.lower_ not in OF_PREPOSITIONS:
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if _portfolio(o):  # its lands are its subject: only its own "of" phrase counts
                    todo.append(o)
                    continue
                whole = body_units.possessed(p, o)
                if whole is not None:  # "director general of the ministry's X Bureau"
                    return c.lower_, whole
                listed = [
                    m.entity
                    for t in (o, *(x for x in o.subtree if x.dep_ == "conj"))
                    if (m := p.mention(t)) is not None
                    and m.entity is not None
                    and m.tag in OWNER_TAGS
                ]
                listed = list(dict.fromkeys(listed))
                if listed:
                    return c.lower_, listed[index] if index < len(listed) else listed[0]
                if p.mention(o) is None:
                    owner = _owner_of_body(p, o)
                    if owner is not None:  # "head of the African Union commission"
                        return c.lower_, owner
                    todo.append(o)
    return None


def _portfolio(noun: Token) -> bool:
    """ "director general for Asian and Pacific affairs", "for African and Indian Ocean affairs":
    the lands before "affairs" name the subject a post deals with, not the body it serves."""
    return noun.lower_ in ("affairs", "affair")


def _owner_of_body(p: Parsed, noun: Token) -> Entity | None:
    """The body or state a noun no mention covers is named with ("the African Union commission",
    "Japan's coast guard", "the Guyanese delegation"): whose office a title "of" it is. A land
    noun's phrase names that land first ("the governor of Russia's Sakhalin region", "of Santa
    Cruz province")."""
    tags = ("T", "C", "O", "S") if land_noun(noun) else ("O", "S")
    named = [
        m
        for c in noun.children
        if c.dep_ in ("compound", "poss", "amod")  # "the Guyanese delegation": amod
        and c.i < noun.i
        and (m := p.mention(c)) is not None
        and m.entity is not None
        and m.tag in tags
    ]
    named.sort(key=lambda m: tags.index(m.tag))
    return named[0].entity if named else None


def _in_government(p: Parsed, prep: Token) -> Entity | None:
    """The land, city or state whose body an "in" phrase names by a possessive ("in Crimea's
    government"), or the body it names ("in the Ministry of X"); a place ("in Moscow") is where."""
    for o in (o for o in prep.children if o.dep_ == "pobj"):
        if (m := p.mention(o)) is not None:
            return m.entity if m.tag == "O" else None
        for c in o.children:
            m = p.mention(c) if c.dep_ == "poss" else None
            if m is not None and m.entity is not None and m.tag in ("S", "T", "C"):
                return m.entity
    return None


def seat_state(p: Parsed, gz: Gazetteer, noun: Token, office: str) -> Entity | None:
    """ "Abdul Latif Mansoor, the acting minister of energy and water in Kabul": a state's own
    office (``home_offices``) placed "in" a capital is that capital's government's, as news names a
    government by its seat; an envoy "in" a capital is posted there, and no home office."""
    if office not in lexicon.load().home_offices:
        return None
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "in" or c.i < noun.i:
            continue
        for o in (o for o in c.children if o.dep_ == "pobj"):
            m = p.mention(o)
            if m is not None and m.tag == "C" and m.entity is not None:
                state = gz.capitals.get(m.entity.key)
                return gz.get(state) if state else None
    return None
