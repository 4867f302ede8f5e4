"""Claims, control, sovereignty, handovers, part-of and disputes over territory."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    Collector,
    entities,
    one,
    ph,
)
from kg.model import Entity, Fact

#: The rules' patterns, compiled once: most are f-strings handed to ``finditer`` per sentence, and
#: going through ``re``'s own cache each time cost more than some of the searches.
_compiled = lru_cache(maxsize=None)(re.compile)


def _finditer(pattern: str, text: str) -> Iterator[re.Match[str]]:
    return _compiled(pattern).finditer(text)


_S, _T = ph("S"), ph("T")


def _wholes(c: Collector, terrs: tuple[Entity, ...]) -> list[Entity]:
    """ "The four islands, Kunashir, Iturup, Shikotan and Habomai": the group, not its listed parts."""
    keys = {t.key for t in terrs}
    return [t for t in terrs if not any(t.key in c.gz.parts.get(w, ()) for w in keys)]


def part_of(c: Collector, s: Sentence) -> None:
    """Appositive lists ("The four islands, Kunashir, Iturup, Shikotan and the Habomai islets, ...")
    ("X is part of Y" is read from grammar); else what the gazetteer knows, for a part and a whole in one sentence."""
    t = s.masked.text
    t = (
        t if "«T" in t else ""
    )  # every pattern below names a territory: nothing to search without one
    for m in _finditer(
        rf"(?P<w>{_T}),\s+(?P<parts>{_T}(?:\s*,\s*{_T})*\s*,?\s+and\s+(?:the\s+)?{_T}),", t
    ):
        whole = one(s, m.group("w"))
        for part in entities(s, m.group("parts")):
            if whole and part != whole:
                c.add("partOf", {"part": part, "whole": whole}, s, "apposition-list", 0.8)
    for m in _finditer(rf"(?P<w>{_T}),\s+(?P<p>{_T})\s+among\s+them", t):
        c.add(
            "partOf",
            {"part": one(s, m.group("p")), "whole": one(s, m.group("w"))},
            s,
            "among-them",
            0.8,
        )
    for m in _finditer(rf"(?P<p>{_T}),\s+one\s+of\s+(?:the\s+)?(?P<w>{_T})", t):
        c.add(
            "partOf",
            {"part": one(s, m.group("p")), "whole": one(s, m.group("w"))},
            s,
            "one-of",
            0.8,
        )
    for m in _finditer(rf"(?=(?P<p>{_T})\s+(?:in|of)\s+(?P<w>{_T}))", t):
        inner, outer = one(s, m.group("p")), one(s, m.group("w"))
        if inner and outer and inner != outer and outer.kind in ("IslandGroup", "Territory"):
            c.add("partOf", {"part": inner, "whole": outer}, s, "in-the", 0.6)
    for m in _finditer(
        rf"(?P<w>{_S})['’]s\s+(?P<p>{_T})(?:\s+(?:region|province|oblast|prefecture|island|islands))?\b",
        t,
    ):
        region, state = one(s, m.group("p")), one(s, m.group("w"))
        if region and state and state.kind == "State":  # "Ukraine's Donbas region"
            c.add("partOf", {"part": region, "whole": state}, s, "possessive-region", 0.6)
    for ment in s.masked.mentions:  # "sovereign Ukrainian territory" is Ukraine's
        if ment.how == "state-territory" and ment.entity and ment.office_of:
            c.add(
                "partOf",
                {"part": ment.entity, "whole": ment.office_of},
                s,
                "sovereign-territory",
                0.7,
            )
    named = [
        m.entity for m in s.masked.mentions if m.tag == "T" and m.entity and m.how != "anaphor"
    ]
    for whole in named:
        for part in named:
            if part.key in c.gz.parts.get(whole.key, ()):
                c.add("partOf", {"part": part, "whole": whole}, s, "gazetteer-part", 0.6)


_ISSUE = re.compile(
    r"(?P<t>«T\d+»)\s+(?:issue|dispute|row|question|problem|standoff|conflict)\b|"
    r"\b(?:dispute[sd]?|row|conflict|standoff|feud|quarrel)\s+over\s+(?:the\s+)?(?P<t2>«T\d+»)|"
    r"\bdisputed\s+(?P<t3>«T\d+»)",
    re.I,
)


def disputes(c: Collector, s: Sentence) -> None:
    """A territory named as an issue or dispute: its parties are the states that claim, hold or
    assert sovereignty over it in this article, else the gazetteer's claimants named in it."""
    if "«" not in s.masked.text:  # every branch of _ISSUE names a territory
        return
    for m in _ISSUE.finditer(s.masked.text):
        terr = one(s, m.group("t") or m.group("t2") or m.group("t3"))
        if terr is None:
            continue
        related = _related(c, terr)
        parties = _parties(c, related)
        named = {e.key for e in c.disc.state_order}
        if len(parties) < 2:
            for key in (c.gz.holder.get(terr.key), *c.gz.claimants.get(terr.key, ())):
                ent = c.gz.get(key) if key else None
                if ent is not None and ent.key in named and ent not in parties:
                    parties.append(ent)
        if len(parties) >= 2:
            c.add(
                "disputes",
                {"parties": tuple(parties), "territory": terr},
                s,
                "dispute-over",
                0.75,
                derived=True,
            )


def contested(c: Collector, sentences: list[Sentence]) -> None:
    """A state claims what another controls, or two states claim one territory no one is said to
    hold: they dispute it."""
    for claim in c.of("claims"):
        terr, claimant = claim.args.get("territory"), claim.args.get("claimant")
        if claim.negated or not isinstance(terr, Entity):
            continue
        related = _related(c, terr)
        for ctl in c.of("controls"):
            holder, held = _now(c, ctl.args.get("state")), ctl.args.get("territory")
            if not (isinstance(holder, Entity) and isinstance(claimant, Entity)):
                continue
            if (
                isinstance(held, Entity)
                and held.key in related
                and holder != claimant
                and not ctl.negated
            ):
                if not _told_of(c, related, "disputes"):
                    _derive(c, sentences, claim, (holder, claimant), terr, "claim-vs-control")
    _rival_claims(c, sentences)


def _rival_claims(c: Collector, sentences: list[Sentence]) -> None:
    """ "Both countries had claimed the island": two claimants of one territory dispute it."""
    by_territory: dict[str, list[Fact]] = {}
    for claim in c.of("claims"):
        terr = claim.args.get("territory")
        if not claim.negated and isinstance(terr, Entity):
            by_territory.setdefault(terr.key, []).append(claim)
    for claims in by_territory.values():
        claimants = list(
            dict.fromkeys(
                x
                for f in claims
                if isinstance(x := f.args.get("claimant"), Entity) and x.kind == "State"
            )
        )
        terr = claims[0].args["territory"]
        assert isinstance(terr, Entity)  # grouped by it above
        if len(claimants) < 2 or _told_of(c, _related(c, terr), "disputes", "controls"):
            continue
        _derive(c, sentences, claims[-1], tuple(claimants), terr, "rival-claims")


def _told_of(c: Collector, related: set[str], *rels: str) -> bool:
    """Whether a fact of ``rels`` is already on one of the ``related`` territories."""
    return any(
        isinstance(t := f.args.get("territory"), Entity) and t.key in related
        for rel in rels
        for f in c.of(rel)
    )


def _derive(
    c: Collector,
    sentences: list[Sentence],
    claim: Fact,
    parties: tuple[Entity, ...],
    terr: Entity,
    rule: str,
) -> None:
    """A dispute derived from a claim, with the claim's sentence as its evidence."""
    start = claim.evidence.start
    s = next(x for x in sentences if x.span.start <= start < x.span.end + 1)
    c.add("disputes", {"parties": parties, "territory": terr}, s, rule, 0.65, derived=True)


def _now(c: Collector, state: object) -> object:
    """A former state's territory is held today by its successor (Soviet Union -> Russia)."""
    if not isinstance(state, Entity) or state.key not in c.gz.until:
        return state
    for successor, preds in c.gz.successor_of.items():
        if state.key in preds and successor not in c.gz.until:
            return c.gz.get(successor) or state
    return state


def _related(c: Collector, terr: Entity) -> set[str]:
    keys = {terr.key}
    keys.update(c.gz.parts.get(terr.key, ()))
    for part in list(keys):
        keys.update(c.gz.parts.get(part, ()))
    return keys


def _parties(c: Collector, related: set[str]) -> list[Entity]:
    out: list[Entity] = []
    for f in c.facts:
        if f.rel in ("claims", "controls", "assertsSovereignty") and not f.negated:
            terr = f.args.get("territory")
            state = f.args.get("claimant") or f.args.get("state")
            if (
                isinstance(terr, Entity)
                and terr.key in related
                and isinstance(state, Entity)
                and state not in out
            ):
                out.append(state)
    return out
