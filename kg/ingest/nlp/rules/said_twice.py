"""Two things said by one speech verb: "said the border had never been delimited and that the
question did not affect relations". A later clause opened by its own "that" and joined to the
first by "and", "but" or a list's comma is a thing said of its own, not only the tail of the
first: readers quote it apart (kg.ingest.nlp.rules.statements records it beside the words whole,
which other readers quote as one). So is a clause the parser joins to the speech verb itself:
"told a news conference that A, and that B", and after a tag that follows its words, "A, X said
in Delhi, and B" (the words go on past the tag).

The words come from the parse only: a joined verb of saying has its own statement, and a clause
whose subject is a person or a pronoun for one ("..., X said, and Y replied") tells what someone
did, not what the speaker said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import speaks

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


#: Subjects that make a clause joined to a tag someone's act, not the tag's words.
_ACTORS = frozenset({"he", "she", "they", "i", "we"})


def joined_to_verb(p: g.Parsed, verb: Token, said: tuple[int, int]) -> list[tuple[int, int]]:
    """Article offsets of each clause joined by "and"/"but" to the speech ``verb`` itself that
    goes on with what it says (``said``: the words read already): one opened by "that", or, where
    the words stand before the verb (a tag after them), one with a subject of its own."""
    after_words = said[1] <= p.offset + verb.idx
    out = []
    for clause in verb.children:
        if clause.dep_ != "conj" or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if speaks(clause) or not any(
            t.dep_ == "cc" and t.lower_ in _JOINS for t in verb.doc[verb.i : clause.i]
        ):
            continue
        that = next((t for t in clause.children if t.dep_ == "mark" and t.lower_ == "that"), None)
        subject = next((t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if that is None and not (after_words and subject is not None and not _actor(subject)):
            continue
        first = verb.doc[(that.i + 1) if that is not None else clause.left_edge.i]
        last = clause.right_edge
        while last.i > first.i and (last.is_punct or last.is_quote):
            last = verb.doc[last.i - 1]
        out.append((p.offset + first.idx, p.offset + last.idx + len(last.text)))
    return out


def _actor(subject: Token) -> bool:
    """Whether a clause's subject is a person acting ("and Lavrov replied", "and he left")."""
    return subject.lower_ in _ACTORS or subject.ent_type_ == "PERSON"
