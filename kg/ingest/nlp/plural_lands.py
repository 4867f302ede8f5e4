"""Lands named by a plural proper name with "the" where the grammar puts a place: "fishermen in
the Sundarbans", "fled into the Pyrenees".

A plural proper name the gazetteer does not know ("the Sundarbans", "the Grenadines") has no land
noun to tell it from a people's or a family's name ("the Kurds", "the Kennedys"); the place is
told by the preposition of place it follows (``placed_by`` of ``data/lexicon/places.yaml``, with
"in" and "into"), not by the people's own prepositions ("strikes on the Houthis").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

#: Prepositions of place that a plural name after them makes a land ("in the Sundarbans").
_WITHIN = frozenset({"in", "into", "throughout", "across", "through"})


@lru_cache(maxsize=1)
def _preps() -> frozenset[str]:
    """Prepositions of place, but those said of people too ("strikes on the Houthis", "power over
    the Kurds", "aid from the Saudis")."""
    land = read_yaml(DATA_DIR / "lexicon" / "places.yaml")["land_nouns"]
    places = frozenset(str(w).lower() for w in land.get("placed_by", ()))
    people = {"from", "on", "onto", "over", "toward", "towards"}
    return (places | _WITHIN | lexicon.load().place_prepositions) - people


def _placed(name: Token) -> bool:
    """Whether the name stands where a place does: after a preposition of place. (An "of" phrase
    tells no place from a people: "the Sundarbans of West Bengal", "the Kurds of Syria".)"""
    return name.dep_ == "pobj" and name.head.lower_ in _preps()


def find(p: Parsed, text: str, seen: dict[str, Entity]) -> list[Mention]:
    """Mentions of lands a plural proper name names in one parsed sentence; ``seen`` keeps one
    entity a name per source."""
    skip = lexicon.load().non_name_words
    out: list[Mention] = []
    for t in p.tokens:
        if t.tag_ != "NNPS" or p.mention(t) is not None or t.text in skip:
            continue
        det = t.doc[t.i - 1] if t.i > 0 else None
        if det is None or det.lower_ != "the" or det.head.i != t.i or not t.text[:1].isupper():
            continue
        if not _placed(t):
            continue
        s, e = p.offset + det.idx, p.offset + t.idx + len(t.text)
        key = entity_key("Territory", t.text)
        ent = seen.setdefault(key, Entity("Territory", key, t.text, ()))
        out.append(Mention(s, e, text[s:e], "T", ent, how="land-noun"))
    return out
