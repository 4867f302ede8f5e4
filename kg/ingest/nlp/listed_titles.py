"""A list of names after a plural title and its comma: each name holds the title.

"the foreign ministers, Sergey Lavrov and Taro Kono", "his counterparts, A, B and C": the list is
the title's apposition, however the parser hung it (it often makes the names conjuncts of the
title, or of another noun). Each name may carry its own owner inside the list, before it as a
possessive ("the oil ministers, Khalifa Abdulsadek of Libya and Tunisia's Fatma Chiboub") or after
it as "of X" (read by kg.ingest.nlp.titles from the name's own "of"): the possessive right before
a name is that name's owner, and neither kind ends the list.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_owner import OWNER_TAGS
from kg.ingest.nlp.office_phrase import Title, phrase, title_from

if TYPE_CHECKING:
    from spacy.tokens import Token


def listed_after(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """The plural title a list of names after its comma belongs to, with this name's place in
    the list, and the owner a possessive right before the name gives."""
    doc = name[0].doc
    first = min(t.i for t in name)
    j, index, own = first - 1, 0, None
    while j > 0:
        tok = doc[j]
        if (owner := _owner_in_list(p, tok)) is not None:
            if index == 0 and j == first - 1 and tok.tag_ == "POS":
                own = owner.entity  # "Tunisia's Fatma Chiboub": hers
            j = _before_owner(p, tok)
            continue
        if p.mention(tok) is not None:
            return None
        noun = _plural_ending_at(p, doc[j - 1]) if tok.text == "," else None
        if noun is not None:
            toks = [t for t in phrase(noun, ()) if t.i < noun.i or t == noun]
            found = title_from(p, gz, toks, noun, before=True, index=index)
            if found is None or not found.plural:
                return None
            found = found if index == 0 else replace(found, start=None)
            return replace(found, of=own) if own is not None and found.of is None else found
        if tok.pos_ == "PROPN" and doc[j + 1].lower_ in (",", "and", "of", "'s", "’s"):
            index += 1  # the end of a name before this one
        elif tok.pos_ != "PROPN" and tok.lower_ not in (",", "and", "-"):
            return None
        j -= 1
    return None


def _owner_in_list(p: Parsed, tok: Token):
    """The state or body a possessive ("Tunisia's") or an "of X" after a name stands for, where
    ``tok`` is the possessive's "'s" or the last word of X."""
    if tok.tag_ == "POS" and tok.i > 0:
        m = p.mention(tok.doc[tok.i - 1])
        return m if m is not None and m.tag in OWNER_TAGS else None
    m = p.mention(tok)
    if m is None or m.tag not in OWNER_TAGS:
        return None
    start = min(t.i for t in p.within(m.start, m.end)) if p.within(m.start, m.end) else tok.i
    return m if start > 0 and tok.doc[start - 1].lower_ == "of" else None


def _before_owner(p: Parsed, tok: Token) -> int:
    """The index of the word before the owner phrase that ends at ``tok``."""
    last = tok.doc[tok.i - 1] if tok.tag_ == "POS" else tok
    m = p.mention(last)
    inside = p.within(m.start, m.end) if m is not None else []
    start = min(t.i for t in inside) if inside else last.i
    return start - 1 if tok.tag_ == "POS" else start - 2  # past "of" too


def _plural_ending_at(p: Parsed, last: Token) -> Token | None:
    """The plural noun whose phrase ends at ``last`` ("ministers" for "the foreign ministers" and
    for "the foreign ministers of Brazil and Peru"), or None."""
    node = last
    for _ in range(6):
        if node.tag_ == "NNS" and p.mention(node) is None:
            return node
        if node.dep_ not in ("pobj", "prep", "conj") or node.head == node or node.head.i > node.i:
            return None
        node = node.head
    return None
