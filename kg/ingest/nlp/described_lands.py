"""Lands named by what they are, with no proper name: "a maritime area that was claimed by both
Guyana and Suriname", "Iran claims the offshore gas field", "the army seized the buffer zone".

News often puts an unnamed stretch of sea or land at stake: a fact about it is lost if no mention
stands there. Only where the grammar puts land (a land-only role of a trigger of a relation about
land itself, kg.ingest.nlp.land_roles: not a rejection, where "the exclusion zone that Japan
declared" is the act rejected) and only a land noun a word of its kind describes (``described_lands`` of
``data/lexicon/places.yaml``: "maritime area", "fishing grounds", "military zone"), so that a bare
"the area", which refers back to a land named before, is left to the references. One entity a
description per source: "the maritime area" later is the same land.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.ingest.nlp import land_roles
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The land nouns a description may head, the words that describe them as land or sea, and
    the relations whose land-only roles they may fill."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("described_lands", {})
    return (
        frozenset(str(w) for w in data.get("heads", ())),
        frozenset(str(w) for w in data.get("describers", ())),
        frozenset(str(w) for w in data.get("relations", ())),
    )


def _description(p: Parsed, noun: Token) -> list[Token]:
    """The describing words right before a land noun ("offshore gas" of "the offshore gas field"),
    in order; none if a word there is no describer or is another mention's."""
    _heads, describers, _rels = _words()
    words: list[Token] = []
    i = noun.i - 1
    while i >= 0:
        t = p.doc[i]
        if t.lower_ not in describers or t.dep_ not in ("amod", "compound", "nmod"):
            break
        if p.mention(t) is not None:
            return []
        words.insert(0, t)
        i -= 1
    return words


#: Participles that make a "<Demonym>-held" compound say who holds the land it describes.
_HOLDING = frozenset({"held", "controlled", "administered", "occupied", "run", "ruled"})
#: Plural land nouns a holder's compound describes ("the Russian-held islands off Hokkaido").
_HELD_HEADS = frozenset({"islands", "islets", "isles", "territories", "villages"})


def _held_by(p: Parsed, noun: Token) -> list[Token]:
    """ "the Russian-controlled islands (off Hokkaido that Japan claims)": a plural land noun a
    holder's hyphenated compound describes, its words from the holder's name on."""
    if noun.lower_ not in _HELD_HEADS or _partitive(noun):
        return []
    for part in noun.lefts:
        if part.dep_ == "amod" and part.lower_ in _HOLDING and part.i > 1:
            dash, holder = p.doc[part.i - 1], p.doc[part.i - 2]
            if dash.text == "-" and holder.pos_ in ("PROPN", "ADJ", "NOUN") and holder.head == part:
                first = min((holder, *holder.lefts), key=lambda t: t.i)
                return list(p.doc[first.i : noun.i])
    return []


def _partitive(noun: Token) -> bool:
    """ "Kunashir, one of the four Russian-held islands": the group of a land named already,
    which the gazetteer knows (`rules/territory.py`), not a land of its own."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.pos_ == "NUM" or prep.head.lower_ in ("one", "some", "several", "most"))
    )


def _head(t: Token, heads: frozenset[str]) -> bool:
    """A land noun a description may head, by its lemma or as written ("grounds")."""
    return t.lemma_.lower() in heads or t.lower_ in heads


def find(p: Parsed, text: str, seen: dict[str, Entity], lands_told: bool = False) -> list[Mention]:
    """Mentions of described lands in a land-only role of one parsed sentence (by their holder
    only while the article has named no land: then "the Russian-held islands" refers back)."""
    heads, _describers, rels = _words()
    if not any(_head(t, heads) or t.lower_ in _HELD_HEADS for t in p.tokens):
        return []
    out: list[Mention] = []
    for i in sorted(land_roles.slots(p, rels)):
        noun = p.doc[i]
        if noun.pos_ != "NOUN" or p.mention(noun) is not None:
            continue
        if not (_head(noun, heads) or noun.lower_ in _HELD_HEADS):
            continue
        own = _description(p, noun) if _head(noun, heads) else []  # not "East China Sea islands"
        words = own or ([] if lands_told else _held_by(p, noun))
        if not words:
            continue
        s, e = p.offset + words[0].idx, p.offset + noun.idx + len(noun.text)
        label = " ".join(text[s:e].lower().split())
        key = entity_key("Territory", label)
        ent = seen.setdefault(key, Entity("Territory", key, label, ()))
        out.append(Mention(s, e, text[s:e], "T", ent, how="described"))
    return out
