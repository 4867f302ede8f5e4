"""A stance or a holding told of a group a named land is said to be one of: "Kunashiri, one of
the four Russian-held islands that Tokyo claims" tells Japan's claim to Kunashiri and Russia's
hold on it, as it tells them of the four islands. The sentence's partitive ("one of", read as
partOf) joins the member to the group the claim's or the holding's clause describes."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

#: The partOf readings that say a named land is one of a group told in the same phrase.
_PARTITIVES = frozenset({"one-of"})

#: The relations whose territory the group's phrase tells of each of its members (not "controls":
#: "Kunashir, one of four Russian-held islands" is no holding of Kunashir the dev gold reads).
_TOLD = frozenset({"claims"})


def members(c: Collector, read: list[Sentence]) -> None:
    """Each claim or holding of a group, read in the sentence that names one of its members by
    a partitive, told of that member too."""
    by_start = {s.span.start: s for s in read}
    for part_of in [f for f in c.facts if f.rel == "partOf" and not f.negated]:
        if part_of.evidence.rule not in _PARTITIVES:
            continue
        part, whole = part_of.args.get("part"), part_of.args.get("whole")
        s = by_start.get(part_of.evidence.start)
        if not isinstance(part, Entity) or not isinstance(whole, Entity) or s is None:
            continue
        for f in list(c.facts):
            if f.rel not in _TOLD or f.negated or f.evidence.start != s.span.start:
                continue
            if f.args.get("territory") != whole or f.evidence.rule.startswith("member"):
                continue
            args = {**f.args, "territory": part}
            c.add(f.rel, args, s, f"member:{f.evidence.rule}", f.confidence, derived=True)
