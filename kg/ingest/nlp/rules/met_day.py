"""The day of an agreement made at a meeting whose officials' states are known only at the end.

"First Vice Minister Park Yoon-joo met Ambassador Dai Bing of China on September 21. The two sides
agreed to hold a session of the fisheries committee": the sides are the states those who met serve,
so the agreement is of the meeting's day (rules/relations.py dates it so while reading). Where the
text gives an official's state only later (a press release's issuing line, a title read again
further on: rules/people.py), that reading found no match; once every office is read, an undated
agreement of exactly the states the latest meeting before it served takes that meeting's day.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.serving_states import served, state_served
from kg.model import Entity


def dated(c: Collector) -> None:
    """Date each undated, affirmed agreement by the meeting last told before it, where the states
    its parties are (or serve) are those the meeting's participants serve, two at least."""
    meetings = c.of("meeting")
    if not meetings:
        return
    serving = served(c)
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "agreedTo" or f.negated or f.args.get("date"):
                continue
            before = [m for m in meetings if m.evidence.start <= f.evidence.start]
            day = before[-1].args.get("date") if before else None
            if not isinstance(day, str):
                continue
            met = _states(c, serving, members(before[-1].args.get("participants")))
            sides = _states(c, serving, members(f.args.get("parties")))
            if met is not None and len(met) > 1 and sides == met:
                found[i] = replace(f, args={**f.args, "date": day})


def _states(c: Collector, serving: dict[str, Entity], ents: tuple[Entity, ...]) -> set[str] | None:
    """The keys of the states (or bodies) ``ents`` are or serve; None where one serves none known."""
    keys = set()
    for e in ents:
        side = state_served(c, serving, e) if e.kind == "Person" else e
        if side is None:
            return None
        keys.add(side.key)
    return keys
