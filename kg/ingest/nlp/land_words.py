"""The word lists of ``data/lexicon/places.yaml`` (``land_nouns``) that say how a land noun names a
place, read once: which nouns name one only capitalised, which a proper name before them makes a
place in lower case, which a state's name may open, and so on (kg.ingest.nlp.land_names)."""

from __future__ import annotations

from functools import lru_cache

from kg.paths import DATA_DIR, read_yaml


def _words(key: str, lower: bool = True) -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    return frozenset(str(w).lower() if lower else str(w) for w in data["land_nouns"].get(key, ()))


@lru_cache(maxsize=1)
def named_only() -> frozenset[str]:
    """Land nouns that name a place only capitalised ("the Kennedy Channel", not "a TV channel")."""
    return _words("named_only")


@lru_cache(maxsize=1)
def placed_subject_of() -> frozenset[str]:
    """Verbs whose subject is a place ("Recto Bank lies within the zone")."""
    return _words("placed_subject_of", lower=False)


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Nouns that name the land a title is of, but no place of their own (``regions``)."""
    return _words("regions")


@lru_cache(maxsize=1)
def after_names() -> frozenset[str]:
    """Land nouns of ``named_only`` that a proper name before them makes a place in lower case."""
    return _words("after_name")


@lru_cache(maxsize=1)
def state_named() -> frozenset[str]:
    """Feature nouns a state's name opens when capitalised ("the Paraguay River", "the Chad
    Basin"): the state's name is a word of the feature's (``state_named``)."""
    return _words("state_named")


@lru_cache(maxsize=1)
def of_names() -> frozenset[str]:
    """Feature nouns whose "of" phrase names the feature ("the Gulf of Honduras")."""
    return _words("of_names")


@lru_cache(maxsize=1)
def inner_nouns() -> frozenset[str]:
    """Lower-case nouns between a place's name and its land noun ("the Tsorona border post", "the
    Durra gas field"): words of the name, not names (``inner_nouns``)."""
    return _words("inner_nouns")


@lru_cache(maxsize=1)
def designated() -> frozenset[str]:
    """Land nouns a number or a letter after them names a place by, capitalised ("Zone B", "Site
    200": ``designated``)."""
    return _words("designated")


@lru_cache(maxsize=1)
def named_alone() -> frozenset[str]:
    """Land nouns of an area that its name, told with the noun once, names alone later ("the
    Kouri Bougoudi area ... Kouri Bougoudi is Chadian"): ``named_alone``."""
    return _words("named_alone")


@lru_cache(maxsize=1)
def lands() -> frozenset[str]:
    """Common nouns of a piece of land ("district", "province", "village": ``lands``)."""
    return _words("lands")


@lru_cache(maxsize=1)
def island_units() -> frozenset[str]:
    """The land nouns (``lands``: "crossing", "valley", "province", ...) whose land "the island",
    "the islands" or "the archipelago" never refers back to ("Mount Pleasant crossing", named
    last, is no archipelago)."""
    return _words("lands")
