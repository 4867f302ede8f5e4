"""What documents provide: promised handovers with their conditions, conditional provisions, and
obligations a state later withdrew."""

from __future__ import annotations

import re

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    Collector,
    entities,
    one,
    original,
    ph,
    sentence_date,
    then_state,
)
from kg.model import Entity

_S, _D = ph("S"), ph("D")


def withdrawals(c: Collector, s: Sentence) -> None:
    t = s.masked.text
    m = re.search(
        rf"(?P<s>{_S})\s+(?:\w+\s+)?(?:withdrew|withdraws|renounced|renounces|revoked|revokes|abandoned|abandons|"
        r"repudiated|repudiates|annulled|annuls|cancelled|canceled|scrapped|scraps|reneged\s+on)\s+"
        r"(?:its\s+|their\s+|the\s+)?(?P<what>(?:obligations?|commitments?|pledge|promise|undertaking)(?:\s+to\s+[^,.;]+)?)",
        t,
    )
    if m is None:
        return
    state = one(s, m.group("s"))
    reason_doc, date = None, None
    after = re.search(
        r"\b(?:after|following|in response to|because of|over)\b(?P<r>[^;]*?)(?:,|$)", t
    )
    if after:
        docs = [e for e in entities(s, after.group("r")) if e.kind == "Document"]
        reason_doc = docs[0] if docs else None
        date = sentence_date(c, s, after.start())
    promise = next((f for f in reversed(c.of("promisesHandover"))), None)
    obligation = original(c, s, m.start("what"), m.end("what"))
    document = None
    if promise is not None and re.search(r"\bhand|\btransfer|\breturn|\bcede", obligation):
        document = promise.args.get("document")
        to = promise.args.get("to")
        terr_words = re.sub(
            r"^(?:obligations?|commitments?|pledge|promise)\s+to\s+\w+(?:\s+over)?\s+",
            "",
            obligation,
        )
        obligation = (
            f"handover of {terr_words} to {to.label}" if isinstance(to, Entity) else obligation
        )
    state = then_state(c, state, date) if state else None
    c.add(
        "withdrewObligation",
        {
            "state": state,
            "obligation": obligation,
            "document": document,
            "reason": reason_doc
            or (original(c, s, after.start("r"), after.end("r")) if after else None),
            "date": date,
        },
        s,
        "withdrew-obligation",
        0.85,
    )
