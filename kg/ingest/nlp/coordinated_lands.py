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


def names(
    noun: Token, name_word: Callable[[Token], bool], opener: Callable[[Token], bool]
) -> list[list[Token]]:
    """The names coordinated before a plural land ``noun``, each as its words: the parse hangs
    some on the noun and the others on them as conjuncts, and only names, commas and "and" lie
    between them and the noun. Empty where the noun has no such names."""
    if noun.i == 0 or noun.tag_ != "NNS":
        return []
    heads = [c for c in noun.lefts if c.dep_ in _NAME_DEPS and name_word(c)]
    for h in heads:  # a conjunct's own conjunct: "the Ebrié, Aby and Tendo lagoons"
        heads += [x for x in h.rights if x.dep_ == "conj" and x.i < noun.i and x not in heads]
    if not any(h.dep_ == "conj" for h in heads):
        return []
    heads.sort(key=lambda h: h.i)

    def inner(c: Token) -> bool:  # "Great Kiwa", "Little Kiwa": a name's own first words
        return c.dep_ in ("compound", "amod") and (name_word(c) or opener(c))

    span = noun.doc[_start(heads[0], inner) : noun.i]
    joined = {"and", ",", "&"}
    if not all(x.lower_ in joined or (x in heads or (inner(x) and x.head in heads)) for x in span):
        return []
    return [[*(c for c in h.lefts if inner(c)), h] for h in heads]


def _start(first: Token, inner: Callable[[Token], bool]) -> int:
    """Where the first name begins: its own name words before it ("Great Kiwa")."""
    lefts = [c for c in first.lefts if inner(c)]
    return lefts[0].i if lefts else first.i


def after_of(noun: Token, last: Token, name_word: Callable[[Token], bool]) -> list[list[Token]]:
    """The names coordinated after the first name a plural land ``noun`` is "of" ("the ports of
    Delfzijl and Eemshaven", "the towns of A, B and C"), each as its words (``last`` ends the first
    name); empty for a singular noun ("the village of Ankoko and Venezuela": two things)."""
    if noun.tag_ != "NNS":
        return []
    out = []
    for c in last.conjuncts:
        if c.i > last.i and c.pos_ == "PROPN" and name_word(c):
            left = [x for x in c.lefts if x.dep_ == "compound" and name_word(x)]
            out.append([*left, c])
    return out
