"""Gazetteer names that are words of a person's name, told by how names are written.

A place's one-word name can be a syllable or a word of a person's name: "Sang" (a Himalayan
territory) in the Korean "Kim Sang-hoon", "Siam" (Thailand's old name) in "Foreign Secretary Asad
Alam Siam". Matched alone it makes the person a place and loses every fact of the person; the
name is the whole run, so the place gives way to the person read from it.
"""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.lexicon import Lexicon, office_regex
from kg.ingest.nlp.mentions import Mention

#: a hyphen and a lower-case syllable right after the name: "Sang-hoon", "Jong-un"
_SYLLABLE = re.compile(r"[-‑][a-z]+\b")
#: a capitalised word right before the name (with only spaces between)
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
#: a capitalised word right before a place (each word of a run is taken from the end)
_LAST_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


def _unknown_name_word(gz: Gazetteer, lex: Lexicon, word: str) -> bool:
    """A capitalised word no gazetteer entry and no lexicon word is: a word of a person's name."""
    return word not in lex.non_name_words and not gz.lookup(word)


def in_person_name(gz: Gazetteer, text: str, sentence_start: int, m: Mention, lex: Lexicon) -> bool:
    """Whether the one-word gazetteer name of ``m`` is a word of a person's name: the first part of
    a hyphenated given name after a family name ("Kim Sang-hoon", "Lee Sang-hoon"; not
    "Russia-backed" after "the"), or the last word of a name of three words or more written after
    an office title, where the place is named by another of its names ("Foreign Secretary Asad Alam
    Siam"; "told Foreign Minister Li Wei Taiwan was" names Taiwan by its own name)."""
    words = text[m.start : m.end].split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    before = text[max(sentence_start, m.start - 60) : m.start]
    prev = _WORD_BEFORE.search(before)
    if _SYLLABLE.match(text, m.end) and prev and _unknown_name_word(gz, lex, prev.group(1)):
        return True
    head, count = before, 0
    while (
        count < 3
        and (word := _LAST_WORD.search(head))
        and _unknown_name_word(gz, lex, word.group(1))
    ):
        head, count = head[: word.start()], count + 1
    if count < 2 or m.how == "name" or text[m.end : m.end + 1].isalnum():
        return False
    return office_regex(r"\b(?:{office})\s+$", lex).search(head) is not None


def place_before_name(text: str, pos: int, name: str, lex: Lexicon) -> int:
    """How many characters of a run of capitals after "<office> of" are the office's place, not
    its holder's name: the first word of a run of three words ("Regional governor of
    Loreto Rene Chavez" is Rene Chavez, governor of Loreto); 0 elsewhere."""
    words = name.split()
    if len(words) != 3 or not all(w[:1].isupper() for w in words):
        return 0  # "Minister of Land Reform Utoni Nujoma": a portfolio of two words
    if office_regex(r"\b(?:{office})\s+of\s+$", lex).search(text, max(0, pos - 60), pos) is None:
        return 0
    return len(name) - len(name.split(None, 1)[1])
