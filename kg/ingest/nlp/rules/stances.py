"""Stances between states: declaring an act or a vote "null and void" rejects it."""

from __future__ import annotations

import re

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    GROUP_SUBJECT,
    Collector,
    entities,
    last_participants,
    one,
    original,
    person_state,
    ph,
    sentence_date,
)

_S = ph("S")
#: Where the rejected thing ends: at the next coordinated verb ("reject X and call on Y").
_VOID = re.compile(
    rf"(?P<who>{GROUP_SUBJECT}|«[SP]\d+»)(?:\s+[^,.;\"“]{{0,60}}?)?\s+(?:concluded|declared|said|stated|deemed|called|"
    r"insisted|considers|considered|regards|regarded)\s+(?:that\s+)?(?P<what>[^;.]*?(?:null\s+and\s+void|illegal|"
    r"illegitimate|invalid|unlawful|ha(?:s|ve)\s+no\s+legitimacy|no\s+legal\s+(?:effect|basis|consequences?))[^;.]*)"
)


def void(c: Collector, s: Sentence) -> None:
    """ "They concluded that the agreement is null and void": each of them rejects it."""
    for m in _VOID.finditer(s.masked.text):
        who = m.group("who")
        if who.startswith("«"):
            actors: tuple = (one(s, who),)
        else:
            actors = last_participants(c)
        what_ph = m.group("what")
        claimants = [e for e in entities(s, what_ph) if e.kind == "State"][:1]
        what = original(c, s, m.start("what"), m.end("what"))
        for actor in actors:
            state = person_state(c, actor)
            if state is None or (claimants and claimants[0] == state):
                continue
            c.add(
                "rejectsClaim",
                {
                    "state": state,
                    "claimant": claimants[0] if claimants else None,
                    "what": what,
                    "date": sentence_date(c, s),
                },
                s,
                "null-and-void",
                0.7,
            )
