"""The day of a signing no telling dates: the news of the report's days.

"LIMA, May 14 -- Peru and Brazil agreed on Thursday ... Their foreign ministers signed a memorandum
at the palace", "received the minister on Wednesday 2 December ... Following the talks, the
ministers signed the agreement", "struck a deal on Thursday ... The agreement was signed in Bregenz
by ...": a report tells its news in the past with the day given once, so a signing its sentence,
its other tellings and its document leave undated (rules/signed_dates.py) took place on the latest
full day the article told before it, where that day falls in the report's week and the sentence
that told it names the signing's states (or people who serve them). A day long past is history,
another pair's day is theirs ("Peru and Chile agreed on Monday ... The accord was signed by the
Bolivian and Paraguayan ministers"), and a document known by its own name ("the Treaty of the
Pyrenees") is one the report looks back to: each leaves the signing undated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.rules.common import person_state
from kg.model import Entity

if TYPE_CHECKING:
    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector

#: How many days before the report's day a day told may be and still be the news of the report.
_NEWS_DAYS = 7


def settle(c: Collector, read: list[Sentence]) -> None:
    """Date each undated signing by the latest day of the report's week told before it."""
    if c.ref is None:
        return
    first, last = (c.ref - dt.timedelta(days=_NEWS_DAYS)).isoformat(), c.ref.isoformat()
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "signed" or f.negated or "date" in f.args or _named(f.args.get("document")):
                continue
            days = [
                d
                for d in find_dates(c.source.text, 0, f.evidence.start, c.ref, days_only=True)
                if len(d.iso) == 10 and first <= d.iso <= last
            ]
            if not days or not _states_told(c, read, days[-1].start, f.args.get("parties")):
                continue
            dated = replace(f, args={**f.args, "date": days[-1].iso})
            if found is c.facts and any(g.args == dated.args for g in c.of("signed")):
                continue  # the signing told dated already: this telling adds nothing
            found[i] = dated


def _named(doc: object) -> bool:
    """A document known by its own name ("the Treaty of the Pyrenees", "the Tashkent Declaration"):
    one of history the report looks back to, not the news of its week."""
    return not isinstance(doc, Entity) or doc.label[:1].isupper()


def _states_told(c: Collector, read: list[Sentence], at: int, parties: object) -> bool:
    """Whether the sentence that tells the day at ``at`` names every state the signing binds (a
    signer's state for a person), itself or through the people it names."""
    sentence = next((s for s in read if s.span.start <= at < s.span.end), None)
    if sentence is None:
        return False
    told = set()
    for m in sentence.masked.mentions:
        for e in m.entities:
            state = person_state(c, e) if e.kind == "Person" else e
            if state is not None and state.kind == "State":
                told.add(state.key)
    sides = {
        s.key
        for e in (parties if isinstance(parties, tuple) else ())
        if (s := person_state(c, e) if e.kind == "Person" else e) is not None and s.kind == "State"
    }
    return bool(sides) and sides <= told
