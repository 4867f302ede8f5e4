"""The day of a signing its own sentence leaves undated, where the article dates the document
elsewhere: a document is signed once, so a signing told without a day took place when another
telling of the same document's signing says ("signed in Luanda in August 2019 ... The memorandum
was also signed by the two mediators"), or in the year the text names the document by ("scrapped
the 2018 military agreement ... Signed by the two defence ministers, the accord had set up buffer
zones"), or on the day the gazetteer gives it.

Read after every sentence and after the other tellings are folded (told_twice), since the dated
telling may come later. A document named by a bare noun ("the protocol", "a deal") may be several
documents of one article, and one minted from a sentence's year ("accord of 2026") has no year of
its own: neither lends its date."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity


def settle(c: Collector) -> None:
    """Give each undated signing of a document the article or the gazetteer dates its date."""
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
