"""The kinds of entity a fact's roles take where the ontology's shapes require one
(ontology/shapes.ttl): a part of land is land, and its whole is land or a state. Checked where
every fact is added (rules/common.Collector.add), whichever reading made it: a town a land noun
named ("the town of Vyborg") fills a land's slot, but is no part of land."""

from __future__ import annotations

from collections.abc import Mapping

from kg.model import Arg, Entity

#: The kinds of entity that are land (dkg:Territory and its subclasses).
TERRITORY_KINDS = ("Island", "IslandGroup", "Territory")

_KINDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("partOf", "part"): TERRITORY_KINDS,
    ("partOf", "whole"): (*TERRITORY_KINDS, "State"),
}


def fit(rel: str, args: Mapping[str, Arg | None]) -> bool:
    """Whether every entity argument of ``rel`` is of a kind its role takes."""
    return all(
        not isinstance(value := args.get(role), Entity) or value.kind in kinds
        for (r, role), kinds in _KINDS.items()
        if r == rel
    )
