"""A meeting told by the minutes that record it: "According to the agreed minutes of Monday's
meeting of the Working Mechanism ... on India-China Border Affairs in Beijing, ...".

Minutes (or a record of discussions) are written at a meeting held, so the meeting noun they are
"of" tells a meeting that took place; where the name of the body that met pairs states (the
India-China mechanism, the Honduras-Nicaragua commission) those states met, on the day the meeting
noun's own phrase gives ("Monday's meeting") and in the city it names. Minutes of a meeting of a
body that names no state ("the minutes of the committee's last meeting") tell no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.meetings import add_meeting
from kg.ingest.nlp.rules.signing_meetings import body_states, meeting_nouns
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp import grammar as g
    from kg.ingest.nlp.discourse import Sentence

_RULE = "meeting-minutes"
#: The nouns of a document that records a meeting ("the minutes of the meeting").
_RECORDS = frozenset({"minutes", "minute", "record"})


def recorded(c: Collector, read: list[Sentence]) -> None:
    """Add the meeting of two or more states that minutes told in the sentence record."""
    for s in read:
        p = s.parsed
        if p is None:
            continue
        for t in p.tokens:
            if t.lemma_.lower() not in meeting_nouns() or t.dep_ != "pobj":
                continue
            if t.head.lower_ != "of" or t.head.head.lower_ not in _RECORDS:
                continue
            states = body_states(c, p, t)
            start, end = p.span([t.left_edge, t.right_edge])
            dates = find_dates(c.source.text, start, end, c.ref)
            if len(states) < 2 or not dates:
                continue
            place = _city(p, t) or _city_after(p, t)
            add_meeting(c, s, states, dates[0].iso, place, _RULE, 0.7)


def _city(p: g.Parsed, noun: Token) -> Entity | None:
    """The city named in the meeting noun's phrase ("... Border Affairs (WMCC) in Beijing")."""
    for t in noun.subtree:
        m = p.mention(t)
        if m is not None and m.tag == "C" and m.entity is not None:
            return m.entity
    return None


def _city_after(p: g.Parsed, noun: Token) -> Entity | None:
    """The city named after the meeting noun before the phrase's comma, which the parser hung
    elsewhere ("of the Working Mechanism ... (WMCC) in Beijing, the Chinese side will ...")."""
    for t in noun.doc[noun.i :]:
        if t.lower_ in (",", ";", ".") or t.dep_ == "ROOT":
            return None
        m = p.mention(t)
        if m is not None and m.tag == "C" and m.entity is not None:
            return m.entity
    return None
