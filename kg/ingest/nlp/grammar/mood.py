"""Negation, modality and conditions read from the parse ("does not and will never recognise",
"would hand over", "only if")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.words import _CANCELLING, _IRREALIS, _MODALS, _NEG_WORDS


def negated(t: Token) -> bool:
    """ "does not recognise", "never accepted", "refused to accept", "no claim"."""
    tok: Token | None = t
    for _ in range(4):
        if tok is None:
            return False
        if any(
            c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in _NEG_WORDS)
            for c in tok.children
        ):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":  # "without recognising it"
            return True
        if tok.dep_ in ("xcomp", "conj", "dobj", "pobj") and tok.head != tok:
            if tok.dep_ == "xcomp" and tok.head.lemma_ in _CANCELLING:
                return True
            if tok.dep_ == "pobj":
                tok = tok.head.head if tok.head.dep_ == "prep" else None
                continue
            if tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.children):
                return True
            tok = tok.head
            continue
        return False
    return False


def modal(t: Token) -> bool:
    """A plan, promise or possibility rather than a deed: "would hand over", "ready to return",
    "to be handed over"."""
    tok = t
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in _MODALS or c.lemma_ in _MODALS):
                return True
            if (
                c.dep_ == "aux"
                and c.lower_ == "to"
                and tok.dep_ in ("acl", "advcl", "relcl", "xcomp", "ccomp")
            ):
                return (
                    True  # an infinitive: "its obligation to hand over the islands" is no handover
                )
        if tok.dep_ in ("xcomp", "acomp", "ccomp", "conj", "pcomp", "advcl") and tok.head != tok:
            head = tok.head
            if tok.dep_ in ("xcomp", "acomp", "pcomp") and head.lemma_ in _IRREALIS:
                return True
            if tok.dep_ == "ccomp" and head.lemma_ in _PROPOSING and tok.tag_ in ("VB", "VBP"):
                return True  # "proposed that Russia and Japan sign": a subjunctive, not a deed
            if (
                tok.dep_ == "xcomp"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                and head.lemma_ == "be"
            ):
                return True  # "is to be handed over"
            tok = head
            continue
        if tok.dep_ in ("pobj",) and tok.head.dep_ == "prep":
            tok = tok.head.head
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in _IRREALIS:
            return True  # "provided for the handover of"
        return False
    return False


_PROPOSING = frozenset(
    {"propose", "suggest", "urge", "demand", "ask", "insist", "recommend", "request"}
)


CONDITION_MARKS = frozenset(
    {"if", "once", "after", "unless", "provided", "providing", "when", "until"}
)


def ancestors_to_root(t: Token) -> Iterator[Token]:
    tok = t
    seen = 0
    while tok.head != tok and seen < 12:
        tok = tok.head
        seen += 1
        yield tok


def conditions(t: Token) -> list[tuple[Token, Token | None]]:
    """Conditions on ``t`` or on the clauses above it: "if ...", "once ...", "after ...", "on
    condition that ...", "provided that ...", "in exchange for ...". (marker, clause) pairs."""
    out: list[tuple[Token, Token | None]] = []
    for host in (t, *ancestors_to_root(t)):
        for c in host.children:
            if c.lower_ in ("provided", "providing") and c.dep_ in (
                "advcl",
                "ccomp",
                "conj",
                "prep",
            ):
                out.append((c, next((g for g in c.children if g.dep_ in ("ccomp", "advcl")), None)))
            elif c.dep_ == "advcl":
                marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS]
                if marks:
                    out.append((marks[0], c))
            elif c.dep_ == "prep" and c.lower_ in (
                "on",
                "upon",
                "after",
                "for",
                "in",
                "subject",
                "following",
            ):
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is None:
                    continue
                if c.lower_ in ("on", "upon") and pobj.lemma_ == "condition":
                    out.append((c, pobj))
                elif c.lower_ == "in" and pobj.lemma_ in ("exchange", "return"):
                    what = [
                        x
                        for f in pobj.children
                        if f.lower_ == "for"
                        for x in f.children
                        if x.dep_ == "pobj"
                    ]
                    out.append((c, what[0] if what else pobj))  # "in exchange for a peace treaty"
                elif c.lower_ == "after" and pobj.pos_ in ("NOUN", "VERB"):
                    out.append((c, pobj))
    return out
