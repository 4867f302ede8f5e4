"""Words told through a noun of saying with its maker: 'Syria rejected a statement by Defence
Minister X that Israeli troops would stay "indefinitely"', 'rejects the claim made by KCNA on
September 20 that the estuary "belongs entirely to the DPRK"', 'the assertion, made by Ethiopian
officials, that the area must be "subject to dialogue"'. The noun's that-clause is what its maker
said, though no verb of saying tells it: the sentence's own verb is the rejection of it. Only a
by-phrase names the maker (on the noun, or on a participle such as "made" or "issued"); a
possessive alone ("Suriname's argument that ...") is too often a court's summary of a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.rules import said_twice, speech
from kg.ingest.nlp.rules.common import Collector

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence

_RULE = "statement-noun:said"
_SPEAKERS = {"S", "P", "O"}


def said_nouns(c: Collector, s: Sentence) -> None:
    """A statement for each noun of saying with a by-phrase maker and a that-clause."""
    p = s.parsed
    if p is None:
        return
    nouns = lexicon.load().said_nouns
    for noun in p.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.head.lower_ == "in":
            continue  # "stressed in a statement that ...": the speech verb's own medium
        clause = _that_clause(noun)
        makers = _makers(noun)
        if clause is None or not makers:
            continue
        found = g.fillers(p, makers, _SPEAKERS, deep=True, trigger=noun)
        who = [m.entity for m in found if m.entity is not None]
        if len(who) != 1:
            continue
        first_part = True
        for words in (clause, *_more(noun, clause)):
            for part in said_twice.parts(p, _span(p, words)):
                speech.record(c, s, who[0], part, _RULE, None, 3, own_evidence=not first_part)
                first_part = False


def _span(p: g.Parsed, clause: Token) -> tuple[int, int]:
    """Article offsets of a that-clause's words, without "that" and closing marks."""
    that = next(t for t in clause.children if t.dep_ == "mark")
    first, last = clause.doc[that.i + 1], _clause_end(clause)
    while last.i > first.i and (last.is_punct or last.is_quote):
        last = clause.doc[last.i - 1]
    return (p.offset + first.idx, p.offset + last.idx + len(last.text))


def _that_clause(noun: Token) -> Token | None:
    """The clause opened by "that" the noun takes ("the claim that X belongs to Y"), or the one
    the parser hung on the noun's verb right after the noun ("rejects the assertion, made by X,
    that ...": the assertion's, not the rejection's words)."""
    own = next((ch for ch in noun.children if ch.dep_ in ("acl", "ccomp") and _opened(ch)), None)
    if own is not None or noun.dep_ != "dobj":
        return own
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].text == ",":
        after += 1
    return next(
        (
            ch
            for ch in noun.head.children
            if ch.dep_ == "ccomp" and _opened(ch) and ch.left_edge.i == after
        ),
        None,
    )


def _more(noun: Token, clause: Token) -> list[Token]:
    """A second that-clause the parser joined to the noun's verb ("the claim that A and that
    B"): more of the same words."""
    verb = noun.head
    return [
        ch
        for ch in verb.children
        if ch.dep_ == "conj" and ch.i > clause.i and _opened(ch) and noun.dep_ == "dobj"
    ]


def _opened(clause: Token) -> bool:
    """Whether a verb heads a clause opened by "that"."""
    return clause.pos_ in ("VERB", "AUX") and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i for m in clause.children
    )


def _makers(noun: Token) -> list[Token]:
    """Who made the statement: "by X" on the noun or on its participle ("made by X")."""
    heads = [
        noun,
        *(ch for ch in noun.children if ch.dep_ == "acl" and ch.tag_ == "VBN" and not _opened(ch)),
    ]
    return [
        o
        for h in heads
        for pr in h.children
        if pr.dep_ in ("prep", "agent") and pr.lower_ == "by"
        for o in pr.children
        if o.dep_ == "pobj"
    ]


def _clause_end(clause: Token) -> Token:
    """The clause's last word, before a participle after a comma that the parser hung in it
    ('that troops would stay, calling it a violation': the rejecter's words, not the maker's)."""
    doc = clause.doc
    for ch in clause.children:
        if ch.dep_ == "advcl" and ch.tag_ == "VBG" and ch.left_edge.i > clause.i:
            before = doc[ch.left_edge.i - 1]
            if before.text == ",":
                return doc[before.i - 1]
    return clause.right_edge
