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
Pyrenees") or one of another year ("the joint declaration of 2022") is one the report looks back
to: each leaves the signing undated. A document issued is dated so too ("Cambodia sent a letter
to the council ..."), by the state its issuer acts for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.rules.common import person_state
from kg.model import Entity

if TYPE_CHECKING:
    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector

#: The relations dated so, and the role that names who acted.
_ROLES = {"signed": "parties", "issued": "issuer"}
#: How many days before the report's day a day told may be and still be the news of the report.
_NEWS_DAYS = 7


def settle(c: Collector, read: list[Sentence]) -> None:
    """Date each undated signing by the latest day of the report's week told before it."""
    if c.ref is None:
        return
    first, last = (c.ref - dt.timedelta(days=_NEWS_DAYS)).isoformat(), c.ref.isoformat()
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel not in _ROLES or f.negated or "date" in f.args:
                continue
            if _named(f.args.get("document")):
                continue
            days = [
                d
                for d in find_dates(c.source.text, 0, f.evidence.start, c.ref, days_only=True)
                if len(d.iso) == 10 and first <= d.iso <= last
            ]
            doers, doc = f.args.get(_ROLES[f.rel]), f.args.get("document")
            if not days or not _states_told(c, read, days[-1].start, doers):
                continue
            if isinstance(doc, Entity) and doc.date and not days[-1].iso.startswith(doc.date[:4]):
                continue  # "the joint declaration of 2022": a document of another year
            dated = replace(f, args={**f.args, "date": days[-1].iso})
            if found is c.facts and any(g.args == dated.args for g in c.of(f.rel)):
                continue  # the signing told dated already: this telling adds nothing
            found[i] = dated


def _named(doc: object) -> bool:
    """A document known by its own name ("the Treaty of the Pyrenees", "the Tashkent Declaration"):
    one of history the report looks back to, not the news of its week."""
    return not isinstance(doc, Entity) or doc.label[:1].isupper()


def _states_told(c: Collector, read: list[Sentence], at: int, parties: object) -> bool:
    """Whether the sentence that tells the day at ``at`` names every state the signing binds (a
    signer's state for a person), itself or through the people it names, and none of them is a
    state the gazetteer ends (the Soviet Union's 1960 memorandum, told in a report of 2018)."""
    sentence = next((s for s in read if s.span.start <= at < s.span.end), None)
    if sentence is None:
        return False
    told = set()
    for m in sentence.masked.mentions:
        for e in m.entities:
            state = _state(c, e)
            if state is not None and state.kind == "State":
                told.add(state.key)
    sides = {
        s.key
        for e in (parties if isinstance(parties, tuple) else (parties,))
        if isinstance(e, Entity) and (s := _state(c, e)) is not None and s.kind == "State"
    }
    gone = c.gz.until  # a state of the past (the Soviet Union) makes no news now
    return bool(sides) and sides <= told and not any(k in gone for k in sides)


def _state(c: Collector, e: Entity) -> Entity | None:
    """The state an entity acts for: a person's, a body's owner, a state itself."""
    if e.kind == "Person":
        return person_state(c, e)
    if e.kind == "Organization":
        return bodies.owner(c.gz, e)
    return e
