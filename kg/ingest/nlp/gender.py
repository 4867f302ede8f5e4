"""A person's gender where the article's words tell it (an honorific or a gendered title in or
beside the name: data/lexicon/gender.yaml), so that "he" and "she", "him" and "her" refer back to
a person of their own gender only. A name alone tells nothing: no gender is guessed from it."""

from __future__ import annotations

import re
from functools import cache

from kg.paths import DATA_DIR, read_yaml

_WORD = re.compile(r"[A-Za-z]+")


@cache
def _words() -> dict[str, str]:
    """Gendered word (lower case) -> "feminine" or "masculine"."""
    data = read_yaml(DATA_DIR / "lexicon" / "gender.yaml")
    return {str(w).lower(): g for g in ("feminine", "masculine") for w in data[g]}


@cache
def _pronouns() -> dict[str, str]:
    data = read_yaml(DATA_DIR / "lexicon" / "gender.yaml")["pronouns"]
    return {str(w).lower(): g for g, words in data.items() for w in words}


def told(*texts: str | None) -> str | None:
    """The gender the words of a person's mention or office tell ("Ms. Maria Zakharova",
    "spokeswoman"); None where they tell none, or both."""
    found = {
        g for text in texts if text for w in _WORD.findall(text) if (g := _words().get(w.lower()))
    }
    return found.pop() if len(found) == 1 else None


def of_pronoun(word: str) -> str | None:
    """The gender of a personal pronoun ("she" feminine), None for any other word."""
    return _pronouns().get(word.lower())


def agrees(pronoun: str, known: str | None) -> bool:
    """Whether a pronoun may refer to a person of gender ``known`` (unknown agrees with both)."""
    want = of_pronoun(pronoun)
    return known is None or want is None or want == known
