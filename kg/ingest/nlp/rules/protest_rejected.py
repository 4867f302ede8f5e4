"""What a rejected protest was over: "Solomon Islands protested to Papua New Guinea over the
detention of nine fishermen ... Port Moresby rejected the protest". A bare "the protest" (or "the
note", a noun of the protest's group) tells nothing of what was rejected; the protest its claimant
lodged last against the rejecter does, so its subject is added to the rejected words, as a bare
"the charge" takes the words said (stances.said_referred), and the land that subject names (one
only) is the land the rejection is about ("removed buoys on the Narva River")."""

from __future__ import annotations

import re

from kg.gazetteer import TERRITORY_KINDS
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.rules.claim_words import nouns_of
from kg.ingest.nlp.rules.common import Collector
from kg.model import Arg, Entity, Fact


def over(c: Collector, args: dict[str, Arg], p: g.Parsed, what: tuple[int, int]) -> dict[str, Arg]:
    """The rejection's roles with the rejected protest's subject and land, where ``what`` is a
    bare reference to a protest and the protest its claimant lodged is told with a subject."""
    claimant, words = args.get("claimant"), args.get("what")
    if not isinstance(claimant, Entity) or not isinstance(words, str) or not _bare(p, what):
        return args
    protest = _protest_of(c, claimant, args.get("state"))
    subject = None if protest is None else protest.args.get("subject")
    if not isinstance(subject, str):
        return args
    found = {**args, "what": f"{words} ({subject})"}
    land = _land_named(c, subject)
    if land is not None and "territory" not in args:
        found["territory"] = land
    return found


def _bare(p: g.Parsed, what: tuple[int, int]) -> bool:
    """Whether ``what`` is only a protest noun and a determiner pointing back ("the protest")."""
    group = frozenset(phrases.nouns().same_things.get("protest", ()))
    return phrases.bare_reference(p, what, nouns_of("protests") | group)


def _protest_of(c: Collector, party: Entity, rejecter: object) -> Fact | None:
    """The latest protest by ``party`` lodged against the rejecter (or against no one named)."""
    for f in reversed(c.of("protests")):
        if f.negated or f.args.get("party") != party:
            continue
        if f.args.get("against") in (None, rejecter):
            return f
    return None


def _land_named(c: Collector, words: str) -> Entity | None:
    """The one land the article named whose name the words carry; None for none or several."""
    found = {
        land.key: land
        for _, land in c.disc.named_lands
        if land.kind in TERRITORY_KINDS
        and any(re.search(rf"\b{re.escape(n)}\b", words) for n in (land.label, *land.aliases) if n)
    }
    return next(iter(found.values())) if len(found) == 1 else None
