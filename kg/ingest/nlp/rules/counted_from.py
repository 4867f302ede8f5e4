"""The date of a deed told as so long after (or before) another that the sentence does not date:
"Hours after the drill started, Japan lodged a protest", "Two days after the vessel was seized,
Manila protested". The clause of "after" ("before") names the deed counted from; its day is the
one it tells, else the one told nearest the last earlier mention of the deed's noun (the drill's
"began Tuesday"; not merely the last date told, which is mostly the news's own), and the deed falls so many days from it (hours or minutes: the same day). Without a measure
("after the drill started") the gap is unknown and nothing is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.days_apart import measure_days, measured, shifted

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Measures shorter than a day: the deed counted is of the same day.
_SAME_DAY = frozenset({"hour", "minute"})


def counted_from(c: Collector, s: Sentence, p: g.Parsed, verb: Token) -> str | None:
    """The date of ``verb``'s deed counted from the deed of a clause of "after"/"before" it hangs
    on; None where it has no such clause with a measure, or no date is told for that deed."""
    for clause in _time_clauses(verb):
        days = _days(clause)
        if days is None:
            continue
        start, end = p.span([clause.left_edge, clause.right_edge])
        own = find_dates(c.source.text, start, end, c.ref)
        base = own[0].iso if own else _told_of(c, s, _anchor(clause))
        return shifted(base, -days) if base else None
    return None


#: Adverbs that count a deed back (or on) from the day its sentence tells: "a day earlier".
_BACK = {"earlier": -1, "before": -1, "later": 1}


def counted_back(c: Collector, p: g.Parsed, verb: Token, dates: list) -> str | None:
    """The date of a deed told as so many days before (after) the day its sentence tells: "Mitchell
    said on Wednesday that the Bahamas had lodged a protest a day earlier" (Tuesday); None where
    the verb has no such measure, or a date right after it is the deed's own ("two days earlier,
    on May 4")."""
    for adv in verb.children:
        sign = _BACK.get(adv.lower_)
        if adv.dep_ != "advmod" or sign is None:
            continue
        for unit in adv.children:
            days = measure_days(unit) if unit.dep_ == "npadvmod" else None
            if days is None:
                continue
            end = p.span([adv])[1]
            if any(0 <= d.start - end <= 6 for d in dates):
                return None  # "two days earlier, on May 4, ...": the deed's own date
            pos = p.offset + verb.idx
            base = min(dates, key=lambda d: abs(d.start - pos)).iso
            return shifted(base, sign * days)
    return None


def _anchor(clause: Token) -> str | None:
    """The noun naming the deed counted from: the clause's subject ("the drill started"), else its
    object ("after China seized the boat"); None for a pronoun or a name, which tell no deed."""
    for dep in (("nsubj", "nsubjpass"), ("dobj",)):
        for ch in clause.children:
            if ch.dep_ in dep and ch.pos_ == "NOUN":
                return ch.lemma_.lower()
    return None


def _told_of(c: Collector, s: Sentence, noun: str | None) -> str | None:
    """The date told nearest the last mention of ``noun`` before the sentence, in a paragraph that
    tells one ("The two-day drill ... began Tuesday"); the dateline's day is the report's."""
    if noun is None:
        return None
    text = c.source.text
    start = 0
    line = c.source.dateline
    if line and (at := text.find(line, 0, s.span.start)) >= 0:
        start = at + len(line)
    word = re.compile(rf"\b{re.escape(noun)}(?:s|es)?\b", re.IGNORECASE)
    for m in reversed(list(word.finditer(text, start, s.span.start))):
        lo = max(text.rfind("\n", 0, m.start()) + 1, start)  # its paragraph
        hi = text.find("\n", m.end(), s.span.start)
        hi = s.span.start if hi < 0 else hi
        dates = find_dates(text, lo, hi, c.ref)
        if dates:
            return min(dates, key=lambda d: abs(d.start - m.start())).iso
    return None


def _time_clauses(verb: Token) -> list[Token]:
    """The clauses of "after"/"before" that time ``verb``: its own, and one the parser hung on its
    subject when set off by commas ("Argentina, a day after the licences were announced, ...")."""
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    out = [ch for ch in verb.children if ch.dep_ == "advcl"]
    out += [ch for s in subjects for ch in s.children if ch.dep_ in ("relcl", "acl", "advcl")]
    return [cl for cl in out if _mark(cl) is not None]


def _mark(clause: Token) -> Token | None:
    return next(
        (ch for ch in clause.children if ch.dep_ == "mark" and ch.lower_ in ("after", "before")),
        None,
    )


def _days(clause: Token) -> int | None:
    """Days from the main deed to the clause's ("a day after": -1), 0 for hours or minutes."""
    if (n := measured(clause)) is not None:
        return n
    mark = _mark(clause)
    return next(
        (
            0
            for ch in clause.children
            if mark is not None and ch.i < mark.i and ch.lemma_.lower() in _SAME_DAY
        ),
        None,
    )
