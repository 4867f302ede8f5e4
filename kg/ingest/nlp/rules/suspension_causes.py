"""Why a party suspends, told by its protest: "Kenya has lodged a formal protest with Uganda after
Ugandan marine police hoisted their country's flag on Remba Island ... Nairobi is now suspending the
meetings of the joint committee until the flag is lowered"; "DR Congo lodged a protest over a post
that gendarmes have set up on a sandbank ... the DRC was suspending joint river patrols 'until the
post is removed'".

A report of a protest that goes on to tell a suspension by the protesting state tells one row: the
suspension answers what the protest is over, and its "until" clause says only what must happen
before it ends (the flag lowered, the post removed, the troops pulled back: the thing protested,
undone). So the reason of such a suspension is the subject of the protest the party made before
it, where the sentence gave no reason or gave only how long the suspension lasts; a reason told
with "after" or "over" is the suspension's own. A suspension of another year than the protest
(a row of long ago told as background) keeps what it had.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity, Fact

#: How many days apart a protest and the suspension that answers it may be told.
_DAYS = 7
#: The words that open a suspension's end condition ("until the post is removed").
_UNTIL = re.compile(r"\b(?:until|till|pending)\W+$", re.IGNORECASE)


def answered_protests(c: Collector) -> None:
    """Give each suspension with no reason but its end condition the subject of the protest its
    party lodged before it, in the same days."""
    protests = [
        f
        for f in c.facts
        if f.rel == "protests" and not f.negated and isinstance(f.args.get("subject"), str)
    ]
    if not protests:
        return
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "suspends" or f.negated or not _lasting_only(f):
                continue
            party = f.args.get("party")
            if not isinstance(party, Entity):
                continue
            lodged = [
                p
                for p in protests
                if p.evidence.start <= f.evidence.start and _key(p.args.get("party")) == party.key
            ]
            if lodged and _same_days(lodged[-1], f):
                found[i] = replace(f, args={**f.args, "reason": lodged[-1].args["subject"]})


def _key(value: object) -> str | None:
    return value.key if isinstance(value, Entity) else None


def _lasting_only(f: Fact) -> bool:
    """No reason, or one its sentence tells after "until" or "pending": how long, not why."""
    reason = f.args.get("reason")
    if reason is None:
        return True
    if not isinstance(reason, str) or not reason:
        return False
    text = f.evidence.text
    at = text.find(reason[:40])
    return at > 0 and _UNTIL.search(text[max(0, at - 12) : at].replace('"', " ")) is not None


def _same_days(protest: Fact, suspension: Fact) -> bool:
    """Whether the two are told of the same days: both dated within a week, or one undated."""
    a, b = protest.args.get("date"), suspension.args.get("date")
    if not isinstance(a, str) or not isinstance(b, str):
        return True
    if len(a) < 10 or len(b) < 10:
        return a[:4] == b[:4]
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) <= _DAYS
