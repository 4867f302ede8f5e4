"""A second office coordinated with a person's title: "Prime Minister and Foreign Minister X",
"X, Ethiopia's prime minister and foreign minister".

A person's title gives one office (kg.ingest.nlp.titles); where the title is two offices joined by
"and", the parse joins their nouns as conjuncts, or hangs the name on the first as a conjunct of
it ("Qatar's Prime Minister and Foreign Minister Mohammed ...": the second title is the name's
compound). Each office noun so tied to the name is an office the person holds. A conjunct that is
another person's title ("Foreign Minister A and Defence Minister B"), or an office named with a
determiner apart from the name ("the prime minister and X met"), is not this person's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.office_phrase import Title, title_from

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def offices(p: Parsed, gz: Gazetteer, name: list[Token], who: Entity) -> list[Title]:
    """The offices of the titles tied to the name (its tokens) of person ``who``, each as its own
    phrase reads it, where two or more are coordinated; nothing for a single title."""
    inside = {t.i for t in name}
    head = head_token(name) or name[-1]
    nouns: list[Token] = [
        c
        for t in name
        for c in t.children
        if c.i not in inside
        and _title_noun(p, c, who)
        and not (c.dep_ == "conj" and _described(c))  # "X, and the Principal Secretary, Y"
    ]  # "Foreign Minister X" (compound), "X, the prime minister" (appos)
    joined: list[Token] = []  # "Prime Minister and Foreign Minister X" read as "P.M. and X"
    if head.dep_ == "appos" and _title_noun(p, head.head, who):
        nouns.append(head.head)  # "the prime minister and foreign minister, X"
    elif head.dep_ == "conj" and _title_noun(p, head.head, who):
        joined.append(head.head)
    found: list[Token] = []
    for noun in nouns:  # a title before the name and another after it are not coordinated
        group = [o for o in (noun, *_conjuncts(noun)) if o is noun or not _described(o)]
        group = [o for o in (*group, *joined) if _own(p, o, name, who)]
        found += [o for o in group if len(group) > 1 and o not in found]
    if _apposed_over_title(p, head, nouns, who) and head.head not in found:
        found.append(head.head)  # "Kosovo's chief negotiator, Deputy Prime Minister X"
    if not found:
        found = _run_before(p, name, who)
    titles = [title_from(p, gz, _own_words(other, inside), other) for other in found]
    return [t for t in titles if t is not None and t.office is not None and not t.plural]


def _apposed_over_title(p: Parsed, head: Token, nouns: list[Token], who: Entity) -> bool:
    """ "Kosovo's chief negotiator, Deputy Prime Minister X": a title the name, with a title of its
    own run on to it, is set beside by a comma before it; both are the person's offices."""
    above = head.head
    return (
        head.dep_ == "appos"
        and above.i < head.i
        and above.doc[head.left_edge.i - 1].text == ","
        and _title_noun(p, above, who)
        and any(n.dep_ == "compound" and n.i < head.i and n.pos_ == "PROPN" for n in nouns)
    )


def _run_before(p: Parsed, name: list[Token], who: Entity) -> list[Token]:
    """ "A and Cambodia's Deputy Prime Minister and Defence Minister X": two offices joined by "and"
    run into the name, the parse hanging the first on the name before as its conjunct (and the
    second on the first, or on the name); both are this person's."""
    doc, first = name[0].doc, min(t.i for t in name)
    last = doc[first - 1] if first > 0 else None
    if last is None or not _title_noun(p, last, who) or last.left_edge.i < 2:
        return []
    other = doc[last.left_edge.i - 2]
    if doc[other.i + 1].lower_ != "and" or other.dep_ != "conj" or other.head.i > other.i:
        return []
    pair = [other, last]
    return pair if all(_own(p, o, name, who) for o in pair) else []


def _title_noun(p: Parsed, t: Token, who: Entity) -> bool:
    """A singular common word, or one the person's own titled mention covers."""
    m = p.mention(t)
    return (
        t.pos_ in ("NOUN", "PROPN")
        and (m is None or m.entity == who)
        and t.tag_ not in ("NNS", "NNPS")
    )


def _conjuncts(noun: Token) -> list[Token]:
    """The nouns coordinated with ``noun``: its conjuncts, and the one it is a conjunct of."""
    out = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        out.append(noun.head)
    return out


def _described(noun: Token) -> bool:
    """ "foreign minister and a former judge": a conjunct with its own determiner or "former"
    describes the person; it is no second title."""
    return any(c.dep_ in ("det", "poss") or c.lower_ == "former" for c in noun.children)


def _own(p: Parsed, noun: Token, name: list[Token], who: Entity) -> bool:
    """Whether the office noun titles this name and no other person: no other name hangs on it or
    it on one, and an office before the name runs into it with title words and "and" alone."""
    if not _title_noun(p, noun, who):
        return False
    inside = {t.i for t in name}
    # "A and Luxembourg's Deputy Prime Minister and Foreign Minister X": the office a conjunct of
    # another name, the name hung on it, is a second person's title, this one's
    listed = noun.dep_ == "conj" and (
        any(c.i in inside for c in noun.children) or _after_and(noun, min(inside))
    )
    for t in (*(() if listed else (noun.head,)), *noun.children):
        m = p.mention(t)
        if m is not None and m.tag == "P" and m.entity != who:
            return False
    first = min(t.i for t in name)
    if noun.i < first:
        between = noun.doc[noun.i + 1 : first]
        if any(not _title_noun(p, t, who) and t.pos_ not in ("ADJ", "CCONJ") for t in between):
            return False  # "the prime minister told X": no run of titles into the name
        if any(c.dep_ == "det" for c in noun.children) and noun.head not in name:
            return False
    return True


def _after_and(noun: Token, first: int) -> bool:
    """An office before the name, the conjunct of a word before it, opening after "and": the
    conjunction joins the names, not this office to the word it hangs on."""
    return noun.head.i < noun.i < first and noun.doc[noun.left_edge.i - 1].lower_ == "and"


def _own_words(noun: Token, inside: set[int]) -> list[Token]:
    """The office noun with the modifiers before it, not the other office's nor the name's."""
    words = [
        t
        for c in noun.children
        if c.i < noun.i and c.dep_ in _MODIFIERS | {"poss", "case"}
        for t in c.subtree
        if t.i not in inside
    ]
    return sorted({*words, noun}, key=lambda t: t.i)
