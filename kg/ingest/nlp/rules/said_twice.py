"""Two things said by one speech verb: "said the border had never been delimited and that the
question did not affect relations". A later clause opened by its own "that" and joined to the
first by "and", "but" or a list's comma is a thing said of its own, not only the tail of the
first: readers quote it apart (kg.ingest.nlp.rules.statements records it beside the words whole,
which other readers quote as one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g

if TYPE_CHECKING:
    from spacy.tokens import Token

_JOINS = frozenset({"and", "but"})


def parts(p: g.Parsed, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``span`` (article offsets of what a verb said) cut before each "and that" / "but that" that
    opens a clause coordinated with one inside the span (or the comma of a list of them); the span
    whole where there is none."""
    cuts: list[tuple[int, int]] = []  # (where the first part ends, where the next one starts)
    for tok in p.doc:
        start = p.offset + tok.idx
        if not span[0] < start < span[1] or not _second_that(tok):
            continue
        join = _join_before(tok)
        if join is not None:
            cuts.append((p.offset + join.idx, start + len(tok.text)))
    if not cuts:
        return [span]
    out, begin = [], span[0]
    for end, nxt in cuts:
        out.append((begin, end))
        begin = nxt
    out.append((begin, span[1]))
    return out


def _second_that(tok: Token) -> bool:
    """ "that" marking a verb coordinated with another clause's verb ("X and that Y"), or, after a
    comma, a clause the parser hung on the first one's verb ("X was historic, that Y")."""
    if tok.lower_ != "that" or tok.dep_ != "mark" or tok.i == 0:
        return False
    verb = tok.head
    if verb.head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return False
    after_comma = tok.doc[tok.i - 1].text == ","
    return verb.dep_ == "conj" or (
        verb.dep_ == "ccomp" and after_comma and verb.head.dep_ == "ccomp"
    )


def _join_before(that: Token) -> Token | None:
    """The "and" or "but" right before "that" (a comma may stand before the conjunction), or the
    comma of a list ("said X, that Y and that Z")."""
    if that.i == 0:
        return None
    prev = that.doc[that.i - 1]
    if prev.text == ",":
        return prev
    if prev.lower_ not in _JOINS:
        return None
    before = that.doc[prev.i - 1] if prev.i > 0 else None
    return before if before is not None and before.text == "," else prev
