"""Who chaired a meeting told as a noun: "at a meeting of the joint commission, chaired by A and
B", "a meeting in Lubumbashi, which was co-chaired by A and B". The chairs of a meeting between two
sides are the people who met (rules/meetings.py). The parser hangs the participle or the relative
clause on the nearest noun of the meeting's phrase (the body of its "of" phrase, the city of its
"in" phrase), splits "co-chaired" into "co", "-", "chaired", or hangs the participle on the clause
the meeting's phrase stands in: each is read back to the meeting noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

#: Participles of chairing: their agents head what the meeting noun names.
_CHAIRING = frozenset({"chair", "co-chair", "cochair"})
#: The prepositions of a meeting noun's own phrase: "a meeting of the commission in Lubumbashi".
_OWN_PREPS = frozenset({"of", "in", "at"})


def chairs(p: g.Parsed, noun: Token) -> list[Entity]:
    """The people a chairing participle or passive relative clause describing the meeting ``noun``
    names as its agents."""
    phrase = _phrase(noun)
    found = [
        o
        for part in noun.sent
        if part.lemma_.lower() in _CHAIRING and _describes(_host(part), noun, phrase)
        for a in part.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    return [e for m in g.fillers(p, found, {"P"}) for e in m.entities]


def _phrase(noun: Token) -> set[int]:
    """The meeting noun and the nouns of its own "of"/"in"/"at" phrases, down their chain."""
    out, stack = {noun.i}, [noun]
    while stack:
        t = stack.pop()
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in _OWN_PREPS):
            for o in (c for c in prep.children if c.dep_ == "pobj"):
                out.add(o.i)
                stack.append(o)
    return out


def _host(part: Token) -> Token:
    """The token standing for the participle in the parse: "co" of a split "co-chaired"."""
    doc = part.doc
    if part.i >= 2 and doc[part.i - 1].text == "-" and doc[part.i - 2].lower_ == "co":
        return doc[part.i - 2]
    return part


def _describes(host: Token, noun: Token, phrase: set[int]) -> bool:
    """Whether the participle (or relative clause) at ``host`` tells of the meeting noun: hung on
    a noun of its phrase, or on the clause but told right after the meeting's phrase (after a
    comma or its own "which was"), as a participle or relative clause describing it is."""
    if host.dep_ in ("acl", "relcl"):
        return host.head.i in phrase
    if host.dep_ != "advcl" or host.i <= noun.i:
        return False
    told = [t for t in host.subtree if t.i < host.i and t.dep_ in ("nsubj", "nsubjpass")]
    if any(t.tag_ not in ("WDT", "WP") for t in told):
        return False  # "after the report was chaired by A": a clause of its own
    own = {t.i for t in host.subtree}  # (its "which was" before it)
    before = host.i - 1
    while before > noun.i and (host.doc[before].is_punct or before in own):
        before -= 1
    return before == max(t.i for t in noun.subtree if not t.is_punct)
