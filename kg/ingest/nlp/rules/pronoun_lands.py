"""Which land "it" or "they" stands for: the last one the sentence names, but not one named only
to place another ("an island off X", "200 km south of Y")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def land_before(c: Collector, p: g.Parsed, tok: Token, plural: bool) -> Entity | None:
    """The last land the sentence names before "it" ("Doklam is claimed by China, which says it is
    part of its Tibet region": Doklam, not the region named after it); for "they", a group."""
    own = _own_subjects(p, tok)
    named = [
        (m.entity, _landmark(x), x.i)
        for x in tok.doc[: tok.i]
        if (m := p.mention(x)) is not None
        and m.tag == "T"
        and m not in own
        and m.how != "description"
        and m.entity is not None
        and m.entity.key not in c.gz.waters
        and not (plural and m.entity.kind == "Island")
    ]
    named = [n for n in named if not n[1]] or named  # a land that places another is not "it"
    if plural:  # "the islets belong to Ulleung County ..., and Seoul has controlled them": a land
        # named in the plural, where one is, not the county named after it
        many = {x.i for x in tok.doc[: tok.i] if x.tag_ in ("NNS", "NNPS")}
        named = [n for n in named if n[2] in many] or named
    return named[-1][0] if named else None


def land_pronoun(tok: Token) -> bool:
    """Whether a word may stand for a land told before: "it", "they", "them", and "this" as the
    subject of a copula ('"This is Myanmar land," the general said'; not "China rejected this")."""
    if tok.lower_ == "this":
        return tok.dep_ == "nsubj" and tok.head.lemma_ == "be"
    return tok.lower_ in ("it", "them", "they")


def told_land(c: Collector, p: g.Parsed, tok: Token, plural: bool) -> Entity | None:
    """The land "it" stands for: the last one the sentence names, else the article's, but none
    where the sentence brings in a land of its own unnamed ("the units that moved into a narrow
    strip of land ... will withdraw from it": that strip, not the land the article is about)."""
    named = land_before(c, p, tok, plural)
    if named is not None or _new_land_before(p, tok):
        return named
    # the article's land, as told before the pronoun: "Israel will hand it back once observers
    # have visited the Daraa province" does not hand over the province its condition names
    return c.disc._territory(plural=plural, before=p.offset + tok.idx)


def _new_land_before(p: g.Parsed, tok: Token) -> bool:
    """Whether a land noun brought in by "a" ("a narrow strip of land", "an area") and naming no
    land stands before ``tok`` in its sentence."""
    return any(
        x.pos_ == "NOUN"
        and x.lemma_.lower() in _LAND_NOUNS
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in x.children)
        and not any((m := p.mention(t)) is not None and m.tag == "T" for t in x.subtree)
        for x in tok.doc[: tok.i]
    )


#: Nouns of a piece of land a sentence may bring in without naming it.
_LAND_NOUNS = frozenset(
    {"strip", "area", "tract", "plot", "patch", "pasture", "zone", "piece", "parcel", "stretch"}
)


def _own_subjects(p: g.Parsed, tok: Token) -> list[object]:
    """ "Puntland regards it as part of its territory": a verb's object pronoun is not its own
    subject (that would be "itself"), so the subject's mentions are no antecedent of it."""
    if tok.dep_ not in ("dobj", "dative"):
        return []
    subjects = (c for s in g.subjects(tok.head) for c in (s, *s.conjuncts))
    return [m for s in subjects if (m := p.mention(s)) is not None]


def plural_before(c: Collector, p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """ "Russia holds Iturup, Kunashir and Shikotan, and Japan has never recognised Russian
    sovereignty over them": for "them", each land of the last plural mention of land before it, or
    of the coordination the last land named before it ends, where "they" names no one group."""
    for tok in (t for t in toks if t.lower_ == "them"):
        named = [
            (x, m)
            for x in tok.doc[: tok.i]
            if (m := p.mention(x)) is not None and m.tag == "T" and not _landmark(x)
        ]
        if not named:
            continue
        x, last = named[-1]
        while x.dep_ == "compound" and x.head.i > x.i:
            x = x.head
        while x.dep_ == "conj":
            x = x.head
        lands = list(last.members) or [
            m.entity
            for t in (x, *(t for t in x.subtree if t.dep_ == "conj" and _conjunct_of(t, x)))
            if (m := p.mention(t)) is not None and m.tag == "T" and m.entity is not None
        ]
        if len(lands) > 1:
            return [e for e in dict.fromkeys(lands) if e.key not in c.gz.waters]
    return []


def _conjunct_of(t: Token, root: Token) -> bool:
    """Whether ``t`` is reached from ``root`` through conjuncts alone ("A, B and C")."""
    while t.dep_ == "conj" and t != root:
        t = t.head
    return t == root


#: Prepositions by which a noun of title or claim names its land ("sovereignty over them", "a
#: claim to it", "control of it", "a claim on it").
_TITLE_PREPS = frozenset({"over", "to", "of", "on"})


def phrase_pronouns(toks: list[Token]) -> list[Token]:
    """ "would never recognise Colombian sovereignty over them", "does not accept any claim to
    it": the pronoun a noun's own phrase ends in, which stands for land where the noun (the thing
    rejected, recognised or held) cannot, also where the parser hung the phrase on the verb right
    after the noun ("dismissed Moscow's claim to it"); the noun itself, "China rejected it", is no
    such phrase."""
    return [
        x
        for t in toks
        for prep in (*t.children, *(h for h in t.head.children if h.i == t.right_edge.i + 1))
        if prep.dep_ == "prep" and prep.lower_ in _TITLE_PREPS
        for x in prep.children
        if x.dep_ == "pobj" and x.lower_ in ("it", "them")
    ]


def _landmark(x: Token) -> bool:
    """ "The atoll, 200 km south of Fakaofo, ... an act which made it part of X", "an island off
    X": the land named to place another, which "it" does not stand for while that one is named."""
    while x.dep_ == "compound" and x.head.i > x.i:  # a word of the name: its head
        x = x.head
    while x.dep_ == "conj" and x.head.i < x.i:  # "midway between A and B"
        x = x.head
    if x.dep_ != "pobj":
        return False
    prep = x.head
    if prep.lower_ == "of" and prep.head.lower_ in _COMPASS:
        return True
    while (  # "100 km from the district headquarters of X", "off the coast of X": X places too
        prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.dep_ == "pobj"
        and prep.head.head.dep_ == "prep"
    ):
        prep = prep.head.head
    return prep.lower_ in _PLACING


#: Prepositions that place a land by another ("off", "near"); the compass words before "of".
_PLACING = frozenset(
    {"off", "near", "around", "beyond", "opposite", "across", "along", "beside", "between", "from"}
)
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
