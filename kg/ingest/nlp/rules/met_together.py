"""Who met, where a meeting verb takes no one met: "A and B met in X" tells that the people its
subject names met each other, however the parser hangs the second of them ("Romanian Foreign
Minister A and her Ukrainian counterpart B met": A as an apposition of a title that modifies B;
"President A and Venezuela's then-president B met": B's phrase under a state's possessive).
A group word a body's name qualifies ("the Shanghai Cooperation Organisation defence ministers'
meeting", "Asean foreign ministers met") names that body's members, not the pair last named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.groups import groups

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

#: Arcs inside a subject that still name the subject's own people (a conjunct, an apposition, a
#: title or a possessor), not one told of inside a clause or a phrase ("A, who had met C, and B").
_NAMING = frozenset({"conj", "appos", "compound", "nmod", "poss", "amod", "cc", "det", "punct"})


def subject_people(p: g.Parsed, verb: Token) -> list[Entity]:
    """The people named in the subject of a meeting verb used without an object ("A and B met"),
    none where the verb names whom the subject met ("met C", "met with C")."""
    if verb.pos_ != "VERB" or any(ch.dep_ in ("dobj", "obj") for ch in verb.children):
        return []
    if g.preps(verb, "with"):
        return []
    people: list[Entity] = []
    for subject in (ch for ch in verb.children if ch.dep_ == "nsubj"):
        for t in subject.subtree:
            m = p.mention(t)
            if m is None or m.tag != "P" or not _names_subject(t, subject):
                continue
            people += [e for e in m.entities if e.kind == "Person" and e not in people]
    return people


def _names_subject(t: Token, subject: Token) -> bool:
    """Whether every arc from ``t`` up to ``subject`` is one of the subject's own naming."""
    while t != subject:
        # (a subject hung on a name is the parser's: "A and her counterpart B" as A -nsubj-> B)
        misread = t.dep_ == "nsubj" and t.head.pos_ in ("PROPN", "NOUN")
        if t.dep_ not in _NAMING and not misread:
            return False
        t = t.head
    return True


def of_a_body(word: Token) -> bool:
    """Whether a group word is qualified by a proper name in its compounds ("the Shanghai
    Cooperation Organisation defence ministers"): the members of that body, not a pair told of."""
    if word.lower_ not in groups().every:
        return False
    names = [ch for ch in word.children if ch.dep_ == "compound"]
    names += [x for ch in names for x in ch.subtree if x.dep_ == "compound"]
    return any(x.pos_ == "PROPN" for x in names)
