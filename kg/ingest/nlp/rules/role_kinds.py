"""The kinds of entity a fact's roles take where the ontology's shapes require one
(ontology/shapes.ttl): a part of land is land, and its whole is land or a state. Checked where
every fact is added (rules/common.Collector.add), whichever reading made it: a town a land noun
named ("the town of Vyborg") fills a land's slot, but is no part of land."""

from __future__ import annotations

from collections.abc import Mapping

from kg.model import Arg, Entity
from kg.relations import RELATIONS

#: The kinds of entity that are land (dkg:Territory and its subclasses).
TERRITORY_KINDS = ("Island", "IslandGroup", "Territory")

#: The entity kinds each range the relation table declares takes, where a sentence may offer
#: another kind: a state's role is a state's, an office's organisation a state or a body (not "the
#: Elblag mayor"'s town, which the shapes would refuse), a territory's land (not "the oasis town
#: of Figuig" a pronoun picked up: "until Algeria took them over").
_RANGE_KINDS: dict[str, tuple[str, ...]] = {
    "State": ("State",),
    "org:Organization": ("State", "Organization"),
    "Territory": TERRITORY_KINDS,
}

_KINDS: dict[tuple[str, str], tuple[str, ...]] = {
    **{
        (rel.name, role.name): _RANGE_KINDS[role.range]
        for rel in RELATIONS.values()
        for role in rel.roles
        if role.value == "entity" and role.range in _RANGE_KINDS
    },
    ("partOf", "part"): TERRITORY_KINDS,
    ("partOf", "whole"): (*TERRITORY_KINDS, "State"),
}


#: The roles an agent fills (range foaf:Agent: a party, a speaker, an issuer ...), where land acts
#: through its government ("would not be accepted by her government", the chief minister's).
AGENT_ROLES: frozenset[tuple[str, str]] = frozenset(
    (rel.name, role.name)
    for rel in RELATIONS.values()
    for role in rel.roles
    if role.range == "foaf:Agent" and role.value in ("entity", "entities")
)


def fit(rel: str, args: Mapping[str, Arg | None]) -> bool:
    """Whether every entity argument of ``rel`` is of a kind its role takes."""
    return all(
        not isinstance(value := args.get(role), Entity) or value.kind in kinds
        for (r, role), kinds in _KINDS.items()
        if r == rel
    )
