"""The words before a body's head noun that belong to its name ("Eritrea's information ministry",
"the Guyana-Suriname Border Commission", "the African Union Border Programme") and the states
among them, which own the body; and a head whose proper name beside it makes it land ("the Peten
department"). Split from kg.ingest.nlp.owned_bodies, which makes a body of the head and these
words."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.model import Entity

#: How a word modifies the head of a body's name ("Fisheries Department", "information ministry").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: How a state's name stands before a body's head ("Eritrea's", "the Indian", "Kenya Navy").
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
#: How a state is named for it to own a body (not "they", not "the two countries").
STATE_HOWS = frozenset({"name", "alias", "demonym", "capital"})


def numbered(w: Token) -> bool:
    """A number or an ordinal that opens a unit's name ("14", "2nd", "XIV" is capitalised)."""
    return w.like_num or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", w.lower_))


def held_back(p: Parsed, first: Token) -> bool:
    """Whether a state's name that owns no body (a demonym two states share: "Korean") modifies
    the name right before its first word: the name is more than the words read, left alone."""
    if first.i == 0:
        return False
    t = p.doc[first.i - 1]
    m = p.mention(t)
    return (
        m is not None
        and m.tag == "S"
        and _state(m) is None
        and t.dep_ in _OWNER_DEPS
        and t.head.i >= first.i
    )


def modifiers(
    p: Parsed, head: Token, skip: frozenset[str], lands: bool
) -> tuple[list[Token], list[Entity]]:
    """The words before the head that modify it, and the states named among them: the state's
    mention whole ("South Korea's"), its possessive, name words and lower-case modifiers."""
    words: list[Token] = []
    states: list[Entity] = []
    # "a Jordanian army source": the parse hangs the state on the noun the head modifies
    owners = {head.i, head.head.i} if head.dep_ == "compound" else {head.i}
    i = head.i - 1
    while i >= 0:
        t = p.doc[i]
        m = p.mention(t)
        if t.tag_ == "POS" and i > 0 and _state(p.mention(p.doc[i - 1]), lands) is not None:
            words.insert(0, t)
            i -= 1
            continue
        if m is not None:
            state = _state(m, lands)
            toks = p.within(m.start, m.end)
            if state is None or not toks or toks[-1].i != i or toks[-1].dep_ not in _OWNER_DEPS:
                break
            if not (toks[-1].head.i in owners or toks[-1].head in words):
                break
            if (prefix := _prefixed(p, toks[0])) is not None:
                words[:0] = [*prefix, *toks]  # "the Inter-American Commission": no state's
                i = prefix[0].i - 1
                continue
            words[:0] = toks
            if state not in states:
                states.append(state)
            i = toks[0].i - 1
            continue
        if (
            t.dep_ in _MODIFIER_DEPS
            and t.pos_ in ("NOUN", "PROPN", "ADJ")
            and t.lower_ not in skip
            and t.i < t.head.i <= head.i
        ):
            words.insert(0, t)
            i -= 1
            continue
        if numbered(t) and t.head.i <= head.i and t.i < t.head.i and head.text[:1].isupper():
            words.insert(0, t)  # "the 14 Corps", "the 2nd Infantry Division": the unit's number
            i -= 1
            continue
        if t.text == "-" and words and i > 0 and _joined(p, p.doc[i - 1], skip):
            words.insert(0, t)  # "the Guyana-Suriname Border Commission", "the Kuki-Zo Council"
            i -= 1
            continue
        break
    owner = next((k for k, x in enumerate(words) if p.mention(x) is not None), 0)
    words = [x for k, x in enumerate(words) if k >= owner or x.text[:1].isupper()]  # "the official"
    while words and (words[0].tag_ == "POS" or words[0].text == "-"):
        words.pop(0)
    return words, states


def _joined(p: Parsed, t: Token, skip: frozenset[str]) -> bool:
    """Whether a word before a hyphen is a name's: a mention, or a free capitalised name word."""
    return p.mention(t) is not None or (
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in skip
    )


def land_named(p: Parsed, head: Token, skip: frozenset[str]) -> bool:
    """Whether a lower-case head that is also a land noun ("department") has a proper name of its
    own beside it, which no mention holds: right before it ("the Peten department") or after "of"
    ("the department of La Guajira"). A body is named by what it does ("the fisheries
    department"), a land by its name."""
    before = p.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound":
        if p.mention(before) is None and before.text not in skip:
            return True
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "PROPN" and p.mention(obj) is None:
            return obj.text not in skip
    return False


def parent_body(p: Parsed, first: Token, head: Token) -> list[Token]:
    """The words of a body's name ("African Union", "UN") that open a capitalised body's name
    right before its first word ("the African Union Border Programme"): the name is the whole,
    a body of its own, not the parent body."""
    if first.i == 0:
        return []
    m = p.mention(p.doc[first.i - 1])
    if m is None or m.tag != "O" or m.how not in ("name", "alias"):
        return []
    toks = p.within(m.start, m.end)
    last = toks[-1] if toks else None
    if last is None or last.i != first.i - 1 or last.dep_ != "compound" or last.head.i > head.i:
        return []
    return toks


def _prefixed(p: Parsed, first: Token) -> list[Token] | None:
    """A capitalised prefix and a hyphen before a demonym ("Inter-American", "Pan-African"): one
    adjective of the body's name, whose state owns nothing; the prefix's words, or None."""
    if first.i < 2 or p.doc[first.i - 1].text not in ("-", "–"):
        return None
    prefix = p.doc[first.i - 2]
    if p.mention(prefix) is not None or not prefix.text[:1].isupper() or prefix.pos_ == "PUNCT":
        return None
    return [prefix, p.doc[first.i - 1]]


def _state(m: Mention | None, lands: bool = False) -> Entity | None:
    """The state a mention names for it to own a body, or with ``lands`` a territory by name."""
    if m is None or m.how not in STATE_HOWS or m.entity is None:
        return None
    if m.tag == "S" and m.entity.kind == "State":
        return m.entity
    if lands and m.tag == "T" and m.how in ("name", "alias"):
        return m.entity
    return None
