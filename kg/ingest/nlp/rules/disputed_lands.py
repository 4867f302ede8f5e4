"""The land a rejection is about where its own words name none: "China ... brushed the protest
aside", "Venezuela does not accept the court's jurisdiction", "we cannot accept South Korea's
protest". News of a dispute tells the rejection of the other side's protest, note, demand or of a
court's say as a move in that dispute, so where the article tells one land the rejecter disputes
with the claimant (with anyone, for a rejection of no one's claim), that land is the rejection's.
None where the article tells the two in dispute over several lands. Where it tells them in dispute
over none, the one land it tells either side claiming or holding is the one the row is over ("Spain
claims Gibraltar ... Britain rejected that position"; "the palm groves Algeria took over in 2021
... Morocco rejected the Algerian demand"); none where it tells several."""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer import TERRITORY_KINDS
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity


def settle(c: Collector) -> None:
    """Give each rejection with no land the one land its rejecter disputes with its claimant."""
    for f in c.of("rejectsClaim"):
        state, claimant = f.args.get("state"), f.args.get("claimant")
        if f.negated or "territory" in f.args or not isinstance(state, Entity):
            continue
        sides = [x for x in (state, claimant) if isinstance(x, Entity) and x.kind == "State"]
        if state not in sides:
            continue  # "CARICOM rejected the appointment": no side of the dispute
        lands = _disputed_by(c, frozenset(sides))
        if not lands:
            lands = _held_by(c, frozenset(sides))
        land = next(iter(lands.values())) if len(lands) == 1 else None
        if land is None:
            continue
        args = {**f.args, "territory": land}
        if claimant is None and (other := _other_side(c, state, land, f.args.get("what"))):
            args["claimant"] = other  # "Venezuela rejects the 1899 award": Guyana's
        c.replace(f, replace(f, args=args))


def _disputed_by(c: Collector, sides: frozenset[Entity]) -> dict[str, Entity]:
    """The lands the article tells ``sides`` (among others) in dispute over, by key."""
    lands: dict[str, Entity] = {}
    for f in c.of("disputes"):
        parties, land = f.args.get("parties"), f.args.get("territory")
        if f.negated or not isinstance(parties, tuple) or not isinstance(land, Entity):
            continue
        if land.kind in TERRITORY_KINDS and sides <= set(parties):
            lands[land.key] = land
    return lands


def _held_by(c: Collector, sides: frozenset[Entity]) -> dict[str, Entity]:
    """The lands the article tells one of ``sides`` claiming or holding, by key."""
    lands: dict[str, Entity] = {}
    for f in (*c.of("claims"), *c.of("controls")):
        side = f.args.get("claimant" if f.rel == "claims" else "state")
        land = f.args.get("territory")
        if f.negated or side not in sides or not isinstance(land, Entity):
            continue
        if land.kind in TERRITORY_KINDS:
            lands[land.key] = land
    return lands


def _other_side(c: Collector, state: Entity, land: Entity, what: object) -> Entity | None:
    """The one other state the article tells ``state`` in dispute with over ``land``, whose the
    rejected thing is where it names no one's ("the award", "the request"); None where the words
    name whose it is ("the court's jurisdiction") or the dispute has more sides."""
    if not isinstance(what, str) or "'s " in what or "\u2019s " in what:
        return None
    others: dict[str, Entity] = {}
    for f in c.of("disputes"):
        parties = f.args.get("parties")
        if f.negated or f.args.get("territory") != land or not isinstance(parties, tuple):
            continue
        if state in parties:
            others.update((x.key, x) for x in parties if x != state and x.kind == "State")
    return next(iter(others.values())) if len(others) == 1 else None
