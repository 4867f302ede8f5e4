"""A condition read twice: as a promised handover's own and as a document's condition on "what" it
says. "The arrangement provides that Israel will withdraw from the posts and hand them back to
Syria once U.N. observers confirm ...": the stipulation reader took the clause as "what" is
conditioned where the handover reader found the land (or took it where it found none), so the one
promise came out twice. FORMAT.md: a document that itself promises a handover on a condition is
one ``promisesHandover`` with its condition; the ``conditionedOn`` of the same sentence, document
and condition words is dropped once every sentence is read.
"""

from __future__ import annotations

from kg.ingest.nlp.rules.common import Collector
from kg.model import Fact


def _key(f: Fact) -> tuple[int, int, object, object]:
    """Where a condition was told and what it is: the sentence, the document, the words."""
    return (f.evidence.start, f.evidence.end, f.args.get("document"), f.args.get("condition"))


def drop_restated(c: Collector) -> None:
    """Drop each ``conditionedOn`` a promise of the same sentence already carries, with the
    tellings of it again."""
    promised = {
        _key(f) for f in c.of("promisesHandover") if not f.negated and "condition" in f.args
    }
    if not promised:
        return
    for f in c.of("conditionedOn"):
        if f.negated or not f.args.get("condition") or _key(f) not in promised:
            continue
        c.facts.remove(f)
        c.again[:] = [a for a in c.again if (a.rel, a.args) != (f.rel, f.args)]
