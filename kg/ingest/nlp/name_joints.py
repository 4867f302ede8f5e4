"""The small words of a place's name that are no name of their own: a compass word or the like
that opens it ("North Kivu", "the Upper Nile region") and a lower-case word that joins two of its
capitalised words ("Madre de Dios region", "the Gracias a Dios department", "Tierra del Fuego").
Both lists are data (``data/lexicon/places.yaml``, ``land_nouns``); kg.ingest.nlp.land_names reads
a name with them."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _words(key: str) -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    return frozenset(str(w) for w in data["land_nouns"].get(key, ()))


def opener(t: Token) -> bool:
    """A compass word or the like that may open a place's name ("North", "Upper")."""
    return t.text in _words("name_openers")


def joiner(t: Token) -> bool:
    """A lower-case word inside a place's name ("de", "del", "a")."""
    return t.text in _words("name_joiners")


def lower_only(noun: Token, left: list[Token]) -> bool:
    """Whether a land noun of ``lower_only`` ("state") names no place here: it does in lower case
    after proper names ("India's Gujarat state", "Myanmar's Rakhine state"), capitalised only as a
    province's name (``_state_of_a_state``), not after an adjective ("the Jewish state"); with no name before it, only
    with a proper name after "of" ("the state of Sarawak", "the Austrian state of Vorarlberg"),
    which a name the text knows (a state's: "a new state of Venezuela") or a common noun ("the
    state of war") is not (kg.ingest.nlp.land_names reads that name), nor one with an article ("a
    member state of the Union State")."""
    if noun.lemma_.lower() not in _words("lower_only") and noun.lower_ not in _words("lower_only"):
        return False
    if not left and not noun.text[:1].isupper():
        return not any(_bare_name_of(c) for c in noun.children)
    if noun.text[:1].isupper():
        return not _state_of_a_state(noun, left)
    return not left or any(t.pos_ != "PROPN" for t in left)


def _state_of_a_state(noun: Token, left: list[Token]) -> bool:
    """ "Myanmar's Rakhine State", "a boat from Yap State", "part of Kayangel State": a capitalised
    "State" after proper-name words, with no article, that a possessor owns or a preposition
    places, is a federal state's or a province's name; "the Union State" (an article),
    "Islamic State claimed" (neither; "Islamic" is no name word: ``not_names``) are no land."""
    return (
        bool(left)
        and all(t.pos_ == "PROPN" for t in left)
        and not any(c.dep_ == "det" for c in noun.children)
        and (noun.dep_ == "pobj" or any(c.dep_ == "poss" for c in noun.children))
    )


def _bare_name_of(prep: Token) -> bool:
    """An "of" whose object is a proper name with no article: a place's ("of Sarawak")."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    return any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and not any(d.dep_ == "det" for d in o.children)
        for o in prep.children
    )
