"""Whose protest a rejection turns down, once the article is read.

"Moscow dismissed the protest" with the protester known but no subject told: "the protest" alone
says nothing a reader can tell from any other rejection; "Japan's protest" names it, as
protest_rejected.over names it where the protest's subject is told. Only a protest, complaint or
accusation is one side's own; "the demand", "that view", "the treaty" keep their words (a view or
demand told before is read back to its words by rejection_referents). Settled at the article's
end: the claimant of "dismissed the letter" may be found only then (rejected_things.said_settled,
stateless_doers).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from kg.ingest.nlp.rules import protest_rejected
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

#: Charges one side makes, owned as its protests are ("the accusations" -> "Estonia's accusations").
_CHARGES = frozenset({"accusation", "allegation"})


@functools.cache
def _bare() -> re.Pattern[str]:
    """A bare reference back to a protest or a charge ("the protest", "that complaint", "the protest
    note"), with the words read back to it after it in brackets ("the accusations (...)"); the
    protest nouns are the `protests` class's (protest_rejected.protest_nouns)."""
    nouns = "|".join(sorted(protest_rejected.protest_nouns() | _CHARGES))
    return re.compile(
        rf"(?:the|this|that|these|those)\s+((?:protest\s+)?(?:{nouns})s?)(\s+\(.*\))?", re.I | re.S
    )


def settle(c: Collector) -> None:
    """Name each rejected bare protest as its claimant's ("the protest" -> "Japan's protest",
    "the accusations (...)" -> "Estonia's accusations (...)")."""
    for f in c.of("rejectsClaim"):
        claimant, words = f.args.get("claimant"), f.args.get("what")
        if not isinstance(claimant, Entity) or not isinstance(words, str):
            continue
        if claimant == f.args.get("state") or (m := _bare().fullmatch(words)) is None:
            continue
        owned = f"{protest_rejected.possessive(claimant.label)} {m.group(1)}{m.group(2) or ''}"
        c.replace(f, replace(f, args={**f.args, "what": owned}))
