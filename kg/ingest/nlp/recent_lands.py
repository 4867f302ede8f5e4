"""The island a sentence just named: "No agreement was reached on Vukovar Island, the larger of the
two disputed islands. Serbia administers the island ...". A reporter who names one island and
then writes "the island" in the next sentence means that island, however often the article named
another (Sarengrad Island, the story's lead); elsewhere "the island" stays the island most talked
about (kg.ingest.nlp.lands)."""

from __future__ import annotations

from kg.model import Entity


def just_named(named_lands: list[tuple[int, Entity]], index: int) -> Entity | None:
    """The one island named by name in the sentence before sentence ``index``; None where it
    named none or several."""
    islands = {e.key: e for i, e in named_lands if i == index - 1 and e.kind == "Island"}
    return next(iter(islands.values())) if len(islands) == 1 else None
