"""The day of a signing its own sentence leaves undated, where the article dates the document
elsewhere: a document is signed once, so a signing told without a day took place when another
telling of the same document's signing says ("signed in Luanda in August 2019 ... The memorandum
was also signed by the two mediators"), or in the year the text names the document by ("scrapped
the 2018 military agreement ... Signed by the two defence ministers, the accord had set up buffer
zones"), or on the day the gazetteer gives it.

Read after every sentence and after the other tellings are folded (told_twice), since the dated
telling may come later. A document named by a bare noun ("the protocol", "a deal") may be several
documents of one article, and one minted from a sentence's year ("accord of 2026") has no year of
its own: neither lends its date.

A signing the article dates by a year or a month alone ("under the 1938 boundary treaty") took place
on the day of that year (or month) a participle on the document's name tells ("The 1938 treaty,
signed in Guatemala City on April 9 of that year, settled ...", "the 1989 agreement, signed in
Honiara on Jan. 25, 1989"). A day told without its year is read in the signing's year; a weekday
or "yesterday" is no day of a year long past, so only a month's day is read. The participle often
comes paragraphs after the signing it dates."""

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
    """Give each undated signing of a document the date the article or the gazetteer gives it, then
    each signing dated coarser than a day the day a participle on its document tells."""
    _from_tellings(c)
    _from_participles(c, read)


def _from_tellings(c: Collector) -> None:
    """An undated signing: the date another telling, the name's year or the gazetteer gives."""
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "signed" or f.negated or "date" in f.args:
                continue
            doc = f.args.get("document")
            if not isinstance(doc, Entity) or _bare(doc):
                continue
            when = _signed_on(c, doc) or _own_date(doc)
            if when is not None:
                found[i] = replace(f, args={**f.args, "date": when})


def _from_participles(c: Collector, read: list[Sentence]) -> None:
    """A signing dated by a year or a month: the one day of it a participle on the document tells."""
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


def _signed_on(c: Collector, doc: Entity) -> str | None:
    """The most specific day another telling of the document's signing gives."""
    days = [
        w
        for f in (*c.facts, *c.again)
        if f.rel == "signed"
        and not f.negated
        and f.args.get("document") == doc
        and isinstance(w := f.args.get("date"), str)
    ]
    return max(days, key=len) if days else None


def _own_date(doc: Entity) -> str | None:
    """The document's date where it is its own: the gazetteer's, or the year the text named it by
    ("the 2018 agreement"); not the year of the sentence a document was minted in."""
    if not doc.date:
        return None
    year = doc.date[:4]
    named = any(a.startswith(year) for a in doc.aliases)
    minted = doc.key.endswith(f"-of-{year}") or "/in/" in doc.key
    return doc.date if named or not minted else None


def _bare(doc: Entity) -> bool:
    """A document told by a bare noun ("the accord"): no name and no year of its own."""
    return "/in/" in doc.key or (doc.label.isalpha() and doc.label.islower())


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
