"""A state as it was at a date: the gazetteer's successions ("Russia" in 1956 is the Soviet
Union), for facts dated before the state named took its present form."""

from __future__ import annotations

from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity


def then_state(c: Collector, state: Entity, date: str | None) -> Entity:
    """The state as it was at ``date``: Russia in 1956 was the Soviet Union (its predecessor)."""
    if not date or not date[:4].isdigit():
        return state
    year = int(date[:4])
    until = getattr(c.gz, "until", {})
    for pred_key in c.gz.successor_of.get(state.key, ()):
        pred = c.gz.get(pred_key)
        end = until.get(pred_key)
        if pred is not None and end is not None and year <= end:
            # Russia in 1855 was the Russian Empire, the Soviet Union's own predecessor
            return then_state(c, pred, date) if _predecessor_existed(c, pred, year) else pred
    return state


def _predecessor_existed(c: Collector, state: Entity, year: int) -> bool:
    """Whether a predecessor of ``state`` that the gazetteer dates still existed in ``year``."""
    until = getattr(c.gz, "until", {})
    return any(year <= until.get(p, -1) for p in c.gz.successor_of.get(state.key, ()))
