"""Where the grammar places a land noun's name: a noun that also heads a body's name ("Reed Bank",
"Deutsche Bank": ``feature_or_body`` of ``data/lexicon/places.yaml``) names land only after a
preposition of place or in a land-only role (``placed``, which kg.ingest.nlp.owned_bodies asks);
and a capitalised preposition of place opening the sentence ("Near Rifleman Bank, ...") is no word
of the name kg.ingest.nlp.land_names reads."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.ingest.nlp import land_words, lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def features() -> frozenset[str]:
    """Land nouns that also head a body's name ("Reed Bank", "Deutsche Bank"): ``feature_or_body``."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    return frozenset(str(w).lower() for w in data["land_nouns"].get("feature_or_body", ()))


@lru_cache(maxsize=1)
def _placed_by() -> tuple[frozenset[str], frozenset[str]]:
    land = read_yaml(DATA_DIR / "lexicon" / "places.yaml")["land_nouns"]
    words = (
        frozenset(str(w).lower() for w in land.get(k, ())) for k in ("placed_by", "body_words")
    )
    return next(words), next(words)


def placed(p: Parsed, noun: Token) -> bool:
    """Whether the grammar puts a name's head where a place stands: after a preposition of place
    ("near Rifleman Bank", "on the Rosalind Bank") or in a land-only role of a trigger ("Vietnam
    claims Vanguard Bank"), itself or as a conjunct."""
    from kg.ingest.nlp import land_roles  # late: land_roles reads the triggers, which read this

    preps, body_words = _placed_by()
    lefts = [c for c in noun.lefts if c.dep_ != "det"]
    if lefts and opening_preposition(lefts[0]):
        return True  # "Near Rifleman Bank, ...", the preposition misread as a name word
    if any(c.pos_ == "ADJ" or c.lower_ in body_words for c in lefts):
        return False  # "the Asian Development Bank" is a bank wherever it stands
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in preps:
        return True
    if (
        noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.lemma_.lower() in land_words.placed_subject_of()
    ):
        return True  # "Recto Bank lies within its exclusive economic zone"
    return noun.i in land_roles.slots(p)


def opening_preposition(t: Token) -> bool:
    """A preposition of place opening the sentence ("Near Rifleman Bank, ..."), capitalised."""
    return (t.i == 0 or bool(t.is_sent_start)) and (
        t.lower_ in _placed_by()[0] or t.lower_ in lexicon.load().place_prepositions
    )
