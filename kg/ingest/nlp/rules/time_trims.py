"""A phrase's words without the time phrase the parser took into them: "broke off [talks with
Russia] in 2022" is when, not what was done; "said Friday Japan would ..." is when it was said.

Split from kg.ingest.nlp.rules.wording (whose ``DAYS`` it reads); rules/slots.py and
rules/provisions.py trim a role's words with these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import MONTHS, find_dates
from kg.ingest.nlp.rules.wording import DAYS

if TYPE_CHECKING:
    from spacy.tokens import Token


def without_time(p: g.Parsed, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase's words without the time phrase the parser hung on its last noun ("recognised
    them as [independent states] in 2008", "broke off [talks with Russia] in 2022"): when is the
    event's date, not what was done."""
    start, end = span
    for t in p.tokens:
        if (
            t.dep_ == "prep"
            and t.lower_ in ("in", "on", "since")
            and t.head.pos_ in ("NOUN", "PROPN")
            and p.offset + t.idx > start
            and p.offset + t.right_edge.idx + len(t.right_edge.text) == end
        ):
            after = p.offset + t.idx + len(t.text)
            told = find_dates(text, after, end)
            if (told and not text[after : told[0].start].strip()) or _month_or_day(t):
                before = p.doc[t.i - 1]
                return start, p.offset + before.idx + len(before.text)
    return span


#: A weekday, or a part of one after it ("on Monday evening")
_DAY_TIMES = DAYS | {"morning", "afternoon", "evening", "night"}


def without_leading_day(
    p: g.Parsed, span: tuple[int, int], toks: list[Token] | None = None
) -> tuple[int, int]:
    """What was said without the weekday that wire copy sets right after the speech verb ("said
    Friday Japan would ...", "said on Tuesday China had ..."), which the parser made part of the
    clause said (a compound of its subject, or a phrase of its verb): the day is when it was said.
    Where the parser made the clause's subject the object of "on" ("said on Friday Japan would",
    the clause ``toks`` left with no subject), the name goes back into what was said."""
    start, end = span
    first = next((t for t in p.tokens if p.offset + t.idx == start), None)
    if first is None or first.i + 1 >= len(p.doc):
        return span
    if first.lower_ == "on" and first.dep_ == "prep":
        days = [t for t in first.subtree if t.i > first.i]  # "on Monday (evening)"
        if 1 <= len(days) <= 2 and days[0].lower_ in DAYS and days[-1].lower_ in _DAY_TIMES:
            first = days[-1]
            if first.i + 1 >= len(p.doc):
                return span
            after = p.doc[first.i + 1]
            return (p.offset + after.idx, end) if p.offset + after.idx < end else span
    if (
        first.lower_ in DAYS
        and first.dep_ in ("compound", "npadvmod", "nmod")
        and first.head.i > first.i
    ):
        after = p.doc[first.i + 1]
        return (p.offset + after.idx, end) if p.offset + after.idx < end else span
    stranded = _subject_after_day(first, toks or [])
    return (p.offset + stranded.idx, end) if stranded is not None else span


def _subject_after_day(first: Token, toks: list[Token]) -> Token | None:
    """ "said on Friday Japan would ...": the name the parser made the object of "on" (the day its
    compound), right before a clause said that has no subject of its own."""
    if len(toks) != 1 or any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in toks[0].children):
        return None
    before = first.doc[first.i - 1] if first.i > 0 else None
    if (
        before is None
        or before.dep_ != "pobj"
        or before.pos_ != "PROPN"
        or before.head.lower_ != "on"
        or not any(c.dep_ == "compound" and c.lower_ in DAYS for c in before.children)
    ):
        return None
    return before


def _month_or_day(prep: Token) -> bool:
    """ "in September", "on Monday": a time phrase that names no year."""
    words = [x for x in prep.subtree if x.i > prep.i]
    return len(words) == 1 and (words[0].lower_ in MONTHS or words[0].lower_ in DAYS)
