"""Whom "he" and "she" may mean: a person of the pronoun's gender, as the text says it (a courtesy
title or a gendered office word at the name: "Ms Truss", "spokeswoman Maria Zakharova") or the
gazetteer does (data/gazetteer/people.yaml, ``gender``). The words are data
(data/lexicon/references.yaml, ``genders``); a name alone says nothing: a person of whom nothing
says it may be meant by either pronoun."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.nlp.mentions import Mention
from kg.paths import DATA_DIR, read_yaml

#: The word just before a name ("Ms Kang", "spokeswoman Maria Zakharova"), or a short title with its
#: point ("Ms. Kang"); never a word that ends the sentence before ("met the queen. Putin said").
_WORD_BEFORE = re.compile(r"(?:\b([A-Za-z]+)|\b([A-Z][a-z]{1,2})\.)\s+$")
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, str], dict[str, str]]:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["genders"]
    return (
        {str(k).lower(): str(v) for k, v in data["pronouns"].items()},
        {str(k).lower(): str(v) for k, v in data["words"].items()},
    )


def of_pronoun(word: str) -> str | None:
    """The gender "he" or "she" says."""
    return _words()[0].get(word.lower())


def said(text: str, m: Mention) -> str | None:
    """The gender the words at a person's mention say: its title or office words, or the word just
    before it."""
    words = _words()[1]
    near = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    told = [
        *_WORD.findall(m.office_words or ""),
        *_WORD.findall(text[m.start : m.end])[:-1],  # the title inside the mention, not the name
        *([near.group(1) or near.group(2)] if near else []),
    ]
    return next((words[w.lower()] for w in told if w.lower() in words), None)
