"""A "part of" a state says land is, where the sentence reads it as that state's claim, is the
claim only: '"Junagadh is part of Pakistan," the minister said', "a tract that New Delhi insists is
part of its territory", "a plateau that New Delhi regards as part of its Ladakh region". The claims
class reads "part of" under a verb of saying or regarding only for land another holds (``unheld``),
so where it found a claim, the same phrase told no outlet's partOf: the land is held elsewhere.
Land the gazetteer gives no holder is told the same way where the claim's whole is the claimant
itself ("Guatemala insisted that Soconusco was part of Guatemala"): the claims class read it only
because the article does not say the claimant holds it. Land the speaker's state holds
('"Okinawa is part of Japan," the spokesman said') gives no claim, and its partOf stays; so does
land a breakaway holds ("Tbilisi considers Abkhazia part of its territory") or a state annexed
against the UN's word ("Crimea remains part of Ukraine, Kyiv insists"): what the world recognises.
"""

from __future__ import annotations

from functools import cache

from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.triggers import load
from kg.iris import entity_key
from kg.model import Entity, Fact
from kg.paths import GAZETTEER_DIR, read_yaml


def drop_claimed(c: Collector) -> None:
    """Remove each partOf read from "part of" that a claim of the same sentence reads as a stance;
    where another sentence tells the same part in the outlet's words, that one stands for it."""
    claims = [f for f in c.of("claims") if not f.negated]
    for f in [f for f in c.of("partOf") if _claimed(c, f, claims)]:
        told = [a for a in c.again if a.rel == f.rel and a.args == f.args]
        kept = [a for a in told if not _claimed(c, a, claims)]  # the outlet's words elsewhere
        c.facts[c.facts.index(f)] = kept[0] if kept else f
        if not kept:
            c.facts.remove(f)
        c.again[:] = [a for a in c.again if a not in told or a in kept[1:]]


def _claimed(c: Collector, part_of: Fact, claims: list[Fact]) -> bool:
    """Whether a claim of the sentence has the part for its land, which the gazetteer knows another
    state holds, and the whole for its claimant or a region no other state is known to hold ("its
    Ladakh region"); for land it gives no holder, the claimant itself for the whole ("insisted that
    Soconusco was part of Guatemala")."""
    if part_of.negated or part_of.evidence.rule not in _part_rules():
        return False
    part, whole = part_of.args.get("part"), part_of.args.get("whole")
    if not isinstance(part, Entity) or not isinstance(whole, Entity):
        return False
    held = c.gz.holder.get(part.key)
    if held is not None and _breakaway(c, held, part):
        return False
    for f in claims:
        claimant = f.args.get("claimant")
        if (
            f.evidence.start != part_of.evidence.start
            or getattr(f.args.get("territory"), "key", None) != part.key
            or not isinstance(claimant, Entity)
            or claimant.key in (held, _sovereigns().get(part.key))
        ):
            continue
        if whole.key == claimant.key:
            return True
        owner = c.gz.holder.get(whole.key)
        if held is None:
            continue  # "Honduras counts Bobel Cay as part of its Gracias a Dios department": a unit
        if whole.kind != "State" and owner in (None, claimant.key):
            return True
    return False


def _breakaway(c: Collector, held: str, part: Entity) -> bool:
    """Whether the land is held by its own would-be state ("Tbilisi considers Abkhazia part of its
    territory"): in law still part of the state it broke from, so the claimant's view is the
    outlet's partOf too."""
    return c.gz.lands.get(held) == part.key


@cache
def _sovereigns() -> dict[str, str]:
    """Land whose holder's annexation the world does not recognise -> the state it counts it part
    of (data/gazetteer/unrecognised_holds.yaml: "Kyiv insists Crimea is part of Ukraine")."""
    data = read_yaml(GAZETTEER_DIR / "unrecognised_holds.yaml") or {}
    return {entity_key("Territory", k): entity_key("State", v) for k, v in data.items()}


@cache
def _part_rules() -> frozenset[str]:
    """The rule names of the partOf triggers that read "part of" ("X is part of Y", "regards X as
    part of Y"): not the verbs of place ("lies in"), whose whole the claim does not give, nor the
    deeds ("administers X as part of its Y")."""
    return frozenset(
        f"{t.rule}:{lemma}"
        for r in load()
        if r.name == "partOf"
        for t in r.triggers
        if not t.deed and ("part" in t.lemmas or "part" in dict(t.requires_prep).get("as", ()))
        for lemma in t.lemmas
    )
