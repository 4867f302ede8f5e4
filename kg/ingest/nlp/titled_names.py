"""Titles told apart from the names beside them, apart to keep proposals short."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention


def in_title(p: Parsed, m: Mention, t: Token) -> bool:
    """Whether a proper-name word lies in the title a person's mention begins with, outside the
    name ("a senior official at the Sahel Boundary Authority, Dana Ortiz")."""
    return m.tag == "P" and m.how == "titled" and p.offset + t.idx < _name_start(p, m)


def _name_start(p: Parsed, m: Mention) -> int:
    """Where the name of a titled person's mention begins: its first word of the person's names."""
    names = {w for n in (m.entity.label, *m.entity.aliases) for w in n.split()} if m.entity else ()
    for t in p.tokens:
        at = p.offset + t.idx
        if m.start <= at < m.end and t.text in names:
            return at
    return m.start


def name_after(p: Parsed, m: Mention, end: int) -> Mention | None:
    """A titled person's mention cut to begin at the name, when a body the recogniser names ends
    before it: the body is the title's own, and a mention of its own."""
    if m.tag != "P" or m.how != "titled":
        return None
    start = _name_start(p, m)
    if start == m.start or end > start:
        return None
    return replace(m, start=start, text=m.text[start - m.start :])


def abbreviated_title(name: str) -> bool:
    """ "Rear Adm.", "Lt. Gen.": a rank or title abbreviated, which the recogniser takes for a body
    or a person: words that are never names (``non_name_words``), one of them cut short."""
    words = name.split()
    stop = lexicon.load().non_name_words
    return any(w.endswith(".") for w in words) and all(w.rstrip(".") in stop for w in words)


def rank(name: str) -> bool:
    """Whether a name the recogniser calls a person's is a rank or title alone ("Air Marshal",
    "Minister-Counselor"): all its words, hyphenated parts too, are never names."""
    stop = lexicon.load().non_name_words
    return all(w.rstrip(".") in stop for w in re.split(r"[\s-]+", name) if w)
