"""The day a document was signed, told by a participle on its name ("The 1938 treaty, signed in
Guatemala City on April 9 of that year, settled ...", "the 1989 agreement, signed in Honiara on
Jan. 25, 1989, drew ..."): a document is signed once, so a signing of it the article dates by a
year or a month alone ("under the 1938 boundary treaty between the two countries") took place on
the day of that year (or month) the participle tells. A day told without its year ("on April 9")
is read in the signing's year, the one year the article gives the document; a weekday or
"yesterday" is no day of a year long past, so only a month's day is read.

Read after every sentence and after the other tellings are folded (told_twice, signed_dates): the
participle often comes paragraphs after the signing it dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import MONTHS, find_dates
from kg.ingest.nlp.rules.named_parties import signing_verbs
from kg.ingest.nlp.triggers import lemmas_of
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp import grammar as g
    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector


def settle(c: Collector, read: list[Sentence]) -> None:
    """Give each signing dated coarser than a day the day a participle on its document tells."""
    told: dict[Entity, list[tuple[int, int]]] = {}
    for s in read:
        if s.parsed is not None:
            for named, span in _participles(s.parsed):
                told.setdefault(named, []).append(span)
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            doc, when = f.args.get("document"), f.args.get("date")
            if f.rel != "signed" or f.negated or not isinstance(doc, Entity):
                continue
            if not isinstance(when, str) or not when[:4].isdigit() or len(when) not in (4, 7):
                continue
            days = {d for a, b in told.get(doc, ()) for d in _days(c, a, b, int(when[:4]))}
            days = {d for d in days if d.startswith(when)}
            if len(days) == 1:
                found[i] = replace(f, args={**f.args, "date": days.pop()})


def _days(c: Collector, start: int, end: int, year: int) -> list[str]:
    """The full days a month's day tells in ``[start, end)``, a day without its year in ``year``."""
    return [
        d.iso
        for d in find_dates(c.source.text, start, end, dt.date(year, 12, 31), days_only=True)
        if len(d.iso) == 10 and any(w.lower().rstrip(".,") in MONTHS for w in d.text.split())
    ]


def _participles(p: g.Parsed) -> list[tuple[Entity, tuple[int, int]]]:
    """(document, the participle's words) for each signing participle on a document's name."""
    out = []
    for tok in p.tokens:
        if not _signing_participle(tok):
            continue
        m = p.mention(tok.head)
        if m is not None and m.entity is not None and m.entity.kind == "Document":
            out.append((m.entity, p.span(list(tok.subtree))))
    return out


def _signing_participle(tok: Token) -> bool:
    """ "the treaty, signed in Beijing on Oct. 5": a past participle of signing on a noun (the
    tagger reads "inked", "concluded" there as past tenses, yet hangs them on the noun alike)."""
    return (
        tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in _signing_only()
    )


@lru_cache(maxsize=1)
def _signing_only() -> frozenset[str]:
    """The signing verbs that are no one side's consent of its own day too ("ratified in May 1939"
    tells the ratification's day, not the signing's)."""
    return signing_verbs() - lemmas_of("adheresTo")
