"""A relative clause without "that" whose subject is a common noun phrase: "the memorandum of
understanding the two neighbours signed in 2000", "the Declaration of Principles the two countries
signed with Sudan", "a treaty their foreign ministers concluded". The parser reads the subject as
the noun's apposition (or as an object of the clause around it) and hangs the verb on it as a
participle ("countries [that were] signed"): the phrase is the verb's subject, and the noun right
before it is what the verb acts on. Names in that place are
``participle_misreads.contact_relative``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What makes a plural noun a phrase of its own, set against the noun before it ("the two
#: countries", "both sides", "their leaders"), not a compound of it.
_DETERMINERS = frozenset({"det", "nummod", "poss", "predet"})
#: Children that give a participle a doer or a thing of its own: then it is what it seems.
_OWN = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "agent", "auxpass"})


def phrase_subject(t: Token) -> Token | None:
    """The subject noun phrase of a "that"-less relative clause the parser hung verb ``t`` on, or
    None."""
    if t.dep_ != "acl" or t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN"):
        return None
    phrase = t.head
    if phrase.tag_ != "NNS" or t.i != phrase.i + 1 or any(c.dep_ in _OWN for c in t.children):
        return None
    if not any(c.dep_ in _DETERMINERS and c.i < phrase.i for c in phrase.children):
        return None
    start = phrase.left_edge.i
    before = t.doc[start - 1] if start > 0 else None
    if before is None or before.whitespace_ == "" or not _noun(before):
        return None
    return phrase


def _noun(t: Token) -> bool:
    """A noun, or one the parser read as a gerund ("a memorandum of understanding")."""
    return t.pos_ in ("NOUN", "PROPN") or (t.tag_ == "VBG" and t.dep_ == "pcomp")


def acted_noun(t: Token, subject: Token) -> Token:
    """The noun such a relative clause describes: the one right before its subject phrase (for a
    name set against the noun, the verb's own head)."""
    return t.doc[subject.left_edge.i - 1] if subject == t.head else t.head
