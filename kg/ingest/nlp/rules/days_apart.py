"""The date of an event told as so many days from another: "Pakistan said on Thursday it could
suspend the pact, a day after New Delhi suspended the treaty", "North Korea scrapped the agreement
on Nov. 23, two days after Seoul partially suspended it".

The clause of "after" ("before") with a measure of days hangs on the clause it counts from: its
event fell that many days before (after) that clause's date. Without this it took the sentence's
nearest date, often a document's year ("the 1972 Simla Agreement") or the other clause's own day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.ingest.nlp import phrases as ph

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The measures a clause of "after" counts in, in days.
_UNITS = {"day": 1, "week": 7}
#: The single measure's words ("a day after"); larger counts are the lexicon's numbers.
_ONE = frozenset({"a", "an", "one"})


def days_apart(verb: Token) -> int | None:
    """Days from the clause ``verb`` hangs on to ``verb``'s own event ("a day after X suspended":
    -1; "two days before X signed": 2), or None where its clause counts no days."""
    return measured(verb) if verb.dep_ == "advcl" else None


def measured(clause: Token) -> int | None:
    """Days a clause of "after" ("before") counts, as days_apart, wherever the parser hung it."""
    verb = clause
    mark = next(
        (c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None
    )
    if mark is None:
        return None
    for c in verb.children:
        unit = _UNITS.get(c.lemma_.lower())
        if c.dep_ != "npadvmod" or unit is None or c.i > mark.i:
            continue
        n = _count(c)
        if n is not None:
            return (-n if mark.lower_ == "after" else n) * unit
    return None


def measure_days(unit: Token) -> int | None:
    """The days a measure counts ("a day", "two days", "the day": 1; "a week": 7), or None."""
    per = _UNITS.get(unit.lemma_.lower())
    if per is None:
        return None
    if any(x.dep_ == "det" and x.lower_ == "the" for x in unit.children):
        return per  # "the day before"
    n = _count(unit)
    return n * per if n is not None else None


def shifted(date: str, days: int) -> str:
    """``date`` moved by ``days`` where it gives the day; a month or a year stays as it is ("in
    November, a day after ...": the same month, as far as the text tells)."""
    if len(date) != 10:
        return date
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _count(unit: Token) -> int | None:
    """How many of its measure a phrase counts ("a day", "two days": kg.ingest.nlp.phrases.count;
    "3 days")."""
    if (n := ph.count(unit)) is not None:
        return n
    for x in unit.children:
        if x.dep_ in ("det", "nummod") and x.lower_ in _ONE:
            return 1
        if x.dep_ == "nummod" and x.text.isdigit() and 0 < int(x.text) < 100:
            return int(x.text)
    return None
