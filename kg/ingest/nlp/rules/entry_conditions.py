"""A document's entry into force on a condition ("The treaty will enter into force only once both
parliaments have ratified it", read by rules/stipulations.py) where the article's document
promises a handover: a document that promises a handover on a condition is one
``promisesHandover`` with its condition, no ``conditionedOn`` (../shared/eval/FORMAT.md), so the
condition goes to the promises once every sentence is read."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector

#: The trigger words of an entry into force ("enter into force", "come into force", "take effect").
_ENTRY = frozenset({"enter", "come", "take"})


def onto_promises(c: Collector) -> None:
    """Move each entry-into-force condition onto the article's promises of a handover: those of
    its document, or of the one document that promises any."""
    promises = c.of("promisesHandover")
    if not promises:
        return
    for f in c.of("conditionedOn"):
        if f.evidence.rule.rsplit(":", 1)[-1] not in _ENTRY:
            continue
        doc = f.args.get("document")
        mine = [p for p in promises if p.args.get("document") == doc]
        if not mine and len({p.args.get("document") for p in promises}) == 1:
            mine = promises
        for p in mine:
            if not p.args.get("condition"):
                c.replace(p, replace(p, args={**p.args, "condition": f.args["condition"]}))
        c.facts.remove(f)
        c.again[:] = [a for a in c.again if not (a.rel == f.rel and a.args == f.args)]
