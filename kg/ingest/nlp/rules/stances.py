"""Stances between states: rejecting a claim, act or ruling; lodging a protest."""

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
from kg.model import Entity

_S = ph("S")
_SUBJECT = (rf"(?P<s>{_S}(?:['’]s)?(?:\s+(?i:foreign\s+ministry|government|ministry\s+of\s+foreign\s+affairs|authorities|"
            rf"leadership|president|prime\s+minister|foreign\s+minister))?|\b[Ww]e\b)")
#: Where the rejected thing ends: at the next coordinated verb ("reject X and call on Y").
_PROTEST = re.compile(
    rf"(?P<s>{_S})\s+(?:on\s+\w+\s+|\w+ly\s+)?(?:has\s+|had\s+)?(?:lodged|filed|made|registered|lodges|files)\s+(?:a\s+)?(?:formal\s+|strong\s+|diplomatic\s+|stern\s+)?"
    rf"protest\s+(?:with|to|against)\s+(?P<o>{_S})(?P<rest>[^.;]*)"
)


def _we(c: Collector, s: Sentence, token: str) -> Entity | None:
    if token.lower() != "we":
        return one(s, token)
    return c.speaker_state


_VOID = re.compile(
    rf"(?P<who>{GROUP_SUBJECT}|«[SP]\d+»)(?:\s+[^,.;\"“]{{0,60}}?)?\s+(?:concluded|declared|said|stated|deemed|called|"
    r"insisted|considers|considered|regards|regarded)\s+(?:that\s+)?(?P<what>[^;.]*?(?:null\s+and\s+void|illegal|"
    r"illegitimate|invalid|unlawful|ha(?:s|ve)\s+no\s+legitimacy|no\s+legal\s+(?:effect|basis|consequences?))[^;.]*)"
)


def void(c: Collector, s: Sentence) -> None:
    """"They concluded that the agreement is null and void": each of them rejects it."""
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
            c.add("rejectsClaim", {"state": state, "claimant": claimants[0] if claimants else None, "what": what,
                                   "date": sentence_date(c, s)}, s, "null-and-void", 0.7)


_PROTESTED = re.compile(
    rf"(?P<s>{_S})\s+(?:on\s+\w+\s+)?(?:formally\s+|strongly\s+)?protested\s+(?:to|against|with)\s+(?P<o>{_S})(?P<rest>[^.;]*)"
)
_CALL_ON = re.compile(
    rf"(?P<s>{_S})(?:\s+[^.;]{{0,60}}?)?\s+call(?:s|ed|ing)?\s+on\s+(?P<c>{_S})\s+to\s+(?:immediately\s+)?"
    r"(?:end|stop|halt|cease|reverse|abandon|withdraw|refrain\s+from)\s+(?P<what>[^.;]+)"
)
_SUMMONED = re.compile(
    rf"(?P<o>{_S})\s+(?:ambassador|envoy)\s+(?:to\s+{_S}\s+)?(?:was|had\s+been|has\s+been|were)\s+summoned"
    rf"[^.;]*?(?P<s>{_S})['’]s\s+(?:formal\s+|strong\s+|diplomatic\s+)?protest"
)


def calls_to_end(c: Collector, s: Sentence) -> None:
    """"X calls on Y to end its provocative actions": X rejects what Y does."""
    for m in _CALL_ON.finditer(s.masked.text):
        state, claimant = one(s, m.group("s")), one(s, m.group("c"))
        if state is None or claimant is None or state == claimant:
            continue
        terr = next((e for e in entities(s, s.masked.text) if e.kind in ("Island", "IslandGroup", "Territory")), None)
        c.add("rejectsClaim", {"state": state, "claimant": claimant, "territory": terr,
                               "what": original(c, s, m.start("what"), m.end("what"))}, s, "calls-to-end", 0.7)


def protests(c: Collector, s: Sentence) -> None:
    for m in _SUMMONED.finditer(s.masked.text):  # "the Japanese ambassador was summoned to hear China's protest"
        c.add("protests", {"party": one(s, m.group("s")), "against": one(s, m.group("o")),
                           "date": sentence_date(c, s)}, s, "summoned-to-protest", 0.8)
    for m in [*_PROTEST.finditer(s.masked.text), *_PROTESTED.finditer(s.masked.text)]:
        rest = re.search(r"\b(?:after|over|about|against|regarding)\s+(?P<x>.+)$", m.group("rest"))
        subject = original(c, s, m.start("rest") + rest.start("x"), m.end("rest")) if rest else None
        c.add("protests", {"party": one(s, m.group("s")), "against": one(s, m.group("o")), "subject": subject,
                           "date": sentence_date(c, s)}, s, "lodged-protest", 0.85)
