"""Lands named together before one plural land noun: "the Tumbo and Kiwa islands", "the Zangilan
and Qubadli districts", "the Ebrié, Aby and Tendo lagoons".

News names two or three places of one kind this way; the parse hangs the first name on the noun
and the others on the first as conjuncts, so the name run before the noun stops at the last name
and none is read. Each name is a land of the noun's kind in the singular (an island, a district),
named by its own words. The land nouns stay data (``data/lexicon/places.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def names(noun: Token, name_word: Callable[[Token], bool]) -> list[list[Token]]:
    """The names coordinated before a plural land ``noun``, each as its words: the first hangs
    on the noun, the others on it as conjuncts, and only names, commas and "and" lie between
    them and the noun. Empty where the noun has no such names."""
    if noun.i == 0 or noun.tag_ != "NNS":
        return []
    first = next(
        (
            c
            for c in noun.lefts
            if c.dep_ in _NAME_DEPS and name_word(c) and any(x.dep_ == "conj" for x in c.rights)
        ),
        None,
    )
    if first is None:
        return []
    heads = [first, *(x for x in first.rights if x.dep_ == "conj" and x.i < noun.i)]
    span = noun.doc[_start(first, name_word) : noun.i]
    joined = {"and", ",", "&"}
    if not all(
        x.lower_ in joined or (name_word(x) and (x in heads or x.head in heads)) for x in span
    ):
        return []
    return [[*(c for c in h.lefts if c.dep_ == "compound" and name_word(c)), h] for h in heads]


def _start(first: Token, name_word: Callable[[Token], bool]) -> int:
    """Where the first name begins: its own compound name words before it ("Great Kiwa")."""
    lefts = [c for c in first.lefts if c.dep_ == "compound" and name_word(c)]
    return lefts[0].i if lefts else first.i
