"""A run of capitals with "the" before it names a place, not a person, where it stands as one.

News never writes "the" before a person's name, but does before a place it does not explain: "a
sandbank in the Pool Malebo", "the Bajina Basta plant". Read as a person, such a run loses every fact
the place is in (and may speak or hold an office). The article must belong to the run itself (its
determiner, or that of the common noun the run modifies), and the run must stand where a place
does: the object of a preposition of place, or the name before a common noun ("the Bajina Basta
plant"). Such a run is no person; what else reads it (a body, a place) names it. Runs a title, the
gazetteer or an earlier mention make a person's stay people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.ingest.nlp import land_words, lexicon
from kg.iris import entity_key

if TYPE_CHECKING:
    from kg.ingest.nlp.persons import People


def placed_with_article(toks: list[Token], people: People) -> bool:
    """Whether a run of two or more name words (its tokens) has "the" of its own and stands as a
    place: "in the Pool Malebo", "the Bajina Basta plant" (not "the Commission's Jan Smith", whose
    "the" is the body's)."""
    name = " ".join(t.text for t in toks)
    if len(toks) < 2 or toks[0].i == 0 or entity_key("Person", name) in people.by_key:
        return False
    if " ".join(name.lower().split()) in people.known:
        return False
    det, head = toks[0].doc[toks[0].i - 1], toks[-1]
    if det.lower_ != "the" or det.dep_ != "det":
        return False
    if det.head == head:
        prep = head.head
        return head.dep_ == "pobj" and prep.lower_ in lexicon.load().place_prepositions
    noun = head.head
    return (
        head.dep_ == "compound"
        and det.head == noun
        and noun.pos_ == "NOUN"
        and noun.i > head.i
        and all(t.text.islower() for t in head.doc[head.i + 1 : noun.i + 1])
    )  # "the Saba Dongo ferry landing"


def owns_land(toks: list[Token], people: People) -> bool:
    """Whether a run of two or more name words owns a piece of land in the possessive ("Ubon
    Ratchathani's Nam Yuen district", "Gorno Badakhshan's Murghob district"): a province or a
    region, whose districts news names so; a person owns no district. Runs a title, the gazetteer
    or an earlier mention make a person's stay people."""
    name = " ".join(t.text for t in toks)
    if len(toks) < 2 or entity_key("Person", name) in people.by_key:
        return False
    if " ".join(name.lower().split()) in people.known:
        return False
    head = toks[-1]
    owned = head.head
    return (
        head.dep_ == "poss"
        and any(c.dep_ == "case" for c in head.children)
        and owned.pos_ == "NOUN"
        and owned.lemma_.lower() in land_words.lands()
    )
