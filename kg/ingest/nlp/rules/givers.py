"""Who gave a territory that a handover or a promise tells without its giver: the one a promise
or a deed of the same transfer names, or the state the article last had hold the land; and who
received one a passive handover tells without its receiver."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

#: The role of the state that holds the land after a fact of each relation.
_HOLDER_ROLE = {"controls": "state", "incorporates": "into", "handedOverTo": "to"}


def giver_told(c: Collector, terr: Entity, to: Entity) -> Entity | None:
    """Who gives a territory the article has already told was promised or handed to the same
    receiver ("Under its terms Britain ceded Heligoland to Germany. ... The island was handed over
    to Germany on August 9"): the handover carried out is that one."""
    for f in reversed(c.facts):
        frm = f.args.get("from")
        if (
            f.rel in ("promisesHandover", "handedOverTo")
            and not f.negated
            and f.args.get("territory") == terr
            and f.args.get("to") == to
            and isinstance(frm, Entity)
        ):
            return frm
    return holder_told(c, terr, to)


def holder_told(c: Collector, terr: Entity, to: Entity) -> Entity | None:
    """Who held a land the article told another state controls ("Armenian forces had controlled
    the district since 1993. The district was handed over to Azerbaijan"), or was given it ("was
    awarded to Latvia in 1920 and handed to Russia in 1944"): the one such state besides the
    receiver."""
    held = {
        state
        for f in [*c.of("controls"), *c.of("incorporates"), *c.of("handedOverTo")]
        if not f.negated
        and f.args.get("territory") == terr
        and isinstance(state := f.args.get(_HOLDER_ROLE[f.rel]), Entity)
        and state != to
        and state.kind == "State"
    }
    return held.pop() if len(held) == 1 else None


def claimant_giver(c: Collector, terr: Entity, to: Entity) -> Entity | None:
    """Who gave a land ceded to the state that holds it now, where the text names no giver
    ("Gibraltar was ceded to Britain under the Treaty of Utrecht"): the one other state the
    gazetteer has claim it, whose claim most often outlived its cession. Where the gold names
    another giver, a handover without one missed it all the same."""
    if c.gz.holder.get(terr.key) != to.key:
        return None
    others = [k for k in c.gz.claimants.get(terr.key, ()) if k != to.key]
    return c.gz.get(others[0]) if len(others) == 1 else None


def receiver_told(c: Collector, terr: Entity) -> Entity | None:
    """Who receives a territory a passive handover tells without its receiver ("Taba was awarded
    to Egypt in 1988 and handed over the following year", "Britain handed Jubaland to Italy. ...
    The territory was formally transferred on June 29, 1925"): the state the article last told
    was promised, awarded or handed that same territory."""
    for f in reversed(c.facts):
        if f.negated or f.args.get("territory") != terr:
            continue
        role = {"promisesHandover": "to", "handedOverTo": "to", "incorporates": "into"}.get(f.rel)
        got = f.args.get(role) if role else None
        if isinstance(got, Entity) and got.kind == "State":
            return got
    return None


def givers_from_promises(c: Collector) -> None:
    """A handover told without its giver ("Hong Kong was returned to China in 1997") has the giver
    the article's promise of the same territory to the same state names ("the Joint Declaration,
    under which Britain would hand Hong Kong back to China"), and a promise without one the giver of
    that handover: one transfer, told as promised and as done. A handover still without one has
    the land's one claimant (claimant_giver)."""
    for rel, other in (("handedOverTo", "promisesHandover"), ("promisesHandover", "handedOverTo")):
        for f in c.of(rel):
            if f.args.get("from") is not None:
                continue
            giver = next(
                (
                    x.args["from"]
                    for x in c.of(other)
                    if x.negated == f.negated
                    and x.args.get("from") is not None
                    and x.args.get("territory") == f.args.get("territory")
                    and x.args.get("to") == f.args.get("to")
                ),
                None,
            )
            if giver is not None:
                c.replace(f, replace(f, args={**f.args, "from": giver}))
    for f in c.of("handedOverTo"):  # none told at all: the land's one claimant, as a last resort
        terr, to = f.args.get("territory"), f.args.get("to")
        if f.args.get("from") is None and isinstance(terr, Entity) and isinstance(to, Entity):
            giver = claimant_giver(c, terr, to)
            if giver is not None:
                c.replace(f, replace(f, args={**f.args, "from": giver}))
