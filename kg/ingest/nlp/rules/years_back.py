"""The date of an event a report counts back to from its own day: "marking 42 years since Israel
handed back the last part of Sinai", "the 50th anniversary of the day Britain handed over Gan",
"the 25th anniversary of its handover to China".

A commemoration is reported on its day, so the event fell that many years before the report's
date; without this the event took either no date ("since" keeps the sentence's own) or the
ceremony's (rules/when.py).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.ingest.nlp import phrases as ph

if TYPE_CHECKING:
    from spacy.tokens import Token

_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
#: The nouns a commemorated event hangs on as a relative clause ("the day Britain handed over").
_DAY_NOUNS = frozenset({"day", "date"})


def years_back(ref: dt.date | None, text: str, tok: Token, verb: Token) -> str | None:
    """The report's date that many years back, where the event (trigger ``tok``, its clause's
    ``verb``) is what an anniversary or "N years since" counts to; else None. Only where the
    article (``text``) writes the report's year: a year guessed for an undated dateline ("June 29
    (Reuters)") would put the event in the wrong year."""
    if ref is None or str(ref.year) not in text:
        return None
    n = next((k for t in dict.fromkeys((tok, verb)) if (k := _counted(t)) is not None), None)
    if n is None or not 0 < n < ref.year:
        return None
    try:
        return ref.replace(year=ref.year - n).isoformat()
    except ValueError:  # February 29
        return ref.replace(year=ref.year - n, day=28).isoformat()


def _counted(t: Token) -> int | None:
    """How many years back the phrase around ``t`` counts, if it does."""
    if any(ch.dep_ == "mark" and ch.lower_ == "since" for ch in t.children):
        for ch in t.head.children:  # "marking 42 years since ...": the years beside the clause
            if ch.lemma_.lower() != "year" or ch.i >= t.i:
                continue
            digits = [int(x.text) for x in ch.children if x.dep_ == "nummod" and x.text.isdigit()]
            k = ph.count(ch)
            if k is not None or digits:
                return k if k is not None else digits[0]
        return None
    host = t.head if t.dep_ == "relcl" and t.head.lemma_.lower() in _DAY_NOUNS else t
    if host.dep_ != "pobj" or host.head.lower_ != "of":
        return None
    noun = host.head.head
    if noun.lemma_.lower() != "anniversary":
        return None
    for ch in noun.children:
        if ch.dep_ == "amod" and (m := _ORDINAL.match(ch.text)):
            return int(m.group(1))
    return None
