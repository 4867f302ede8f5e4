"""Meetings, documents a possessive names the issuer of, and court rulings (agreements, signings,
issuing by a verb and negotiation roles are read from grammar: rules/relations.py)."""

from __future__ import annotations

import re

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    Collector,
    entities,
    members,
    one,
    original,
    ph,
    sentence_date,
    then_state,
)
from kg.iris import slugify
from kg.model import Entity

_MEET = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|summit|summoned|summons|held\s+a\s+call|"
    r"phone\s+call|spoke\s+by\s+phone|gathered|hosted|received)\b",
    re.I,
)


def meetings(c: Collector, s: Sentence) -> None:
    t = s.masked.text
    people = tuple(e for e in entities(s, t) if e.kind == "Person")
    if len(people) < 2:  # (tested first: cheaper than the trigger search, and fails more often)
        return
    trigger = _MEET.search(t)
    if trigger is None:
        return
    place = None
    for m in re.finditer(rf"(?:\bin\s+|\bat\s+(?:the\s+)?|\bthe\s+)?(?P<c>{ph('C')})", t):
        place = one(s, m.group("c"))
        break
    date = sentence_date(c, s, trigger.start())
    if date is None and re.search(
        r"\btoday\b|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", t
    ):
        date = c.ref.isoformat() if c.ref else None
    for f in c.of("meeting"):  # one meeting, however many sentences tell of it
        same = set(members(f.args.get("participants"))) == set(people)
        if same and (f.args.get("date") in (None, date) or date is None):
            return
    c.add("meeting", {"participants": people, "place": place, "date": date}, s, "meeting", 0.8)


def issued(c: Collector, s: Sentence) -> None:
    for m in s.masked.mentions:
        if m.tag == "D" and m.issuer is not None and m.entity is not None:
            issuer = then_state(c, m.issuer, m.entity.date)
            c.add(
                "issued",
                {"issuer": issuer, "document": m.entity, "date": m.entity.date},
                s,
                "issuer-possessive",
                0.85,
            )


_RULES = re.compile(
    r"(?P<o>«O\d+»)\s+(?:rules|ruled|decides|decided|declares|declared|finds|found|orders|ordered)\b"
)
_MUST = re.compile(
    r"\bthat\s+(?P<p>«S\d+»)\s+(?:must|should|shall|is\s+obliged\s+to|has\s+to)\s+(?P<action>(?:not\s+)?[^.;]+)"
)
_DISPUTE_WITH = re.compile(
    r"(?P<a>«S\d+»)[^.;]*?\b(?:territorial\s+|border\s+|maritime\s+)?(?:dispute|conflict|row)\s+with\s+(?P<b>«S\d+»)"
)


def rulings(c: Collector, s: Sentence) -> None:
    """ "The International Court of Justice rules that ...": the court issued a ruling; "in a territorial
    dispute with Gabon": the two states dispute the territory the sentence names."""
    t = s.masked.text
    for m in _RULES.finditer(t):
        court = one(s, m.group("o"))
        date = sentence_date(c, s) or (c.ref.isoformat() if c.ref else None)
        if court is None:
            continue
        label = f"{court.label} ruling" + (f" of {date}" if date else "")
        doc = Entity(
            "Document",
            "document/" + slugify(label),
            label,
            ("ruling", f"{court.label} judgment"),
            "Ruling",
            date,
        )
        c.add("issued", {"issuer": court, "document": doc, "date": date}, s, "court-rules", 0.8)
        order = _MUST.search(
            t, m.end()
        )  # "... ruled that Venezuela must refrain from ...": an order
        if order:
            party = one(s, order.group("p"))
            action = original(c, s, order.start("action"), order.end("action"))
            if party is not None:
                c.add(
                    "obliges",
                    {"document": doc, "party": party, "action": action},
                    s,
                    "court-orders",
                    0.75,
                )
    for m in _DISPUTE_WITH.finditer(t):
        a, b = one(s, m.group("a")), one(s, m.group("b"))
        kinds = (
            "Island",
            "IslandGroup",
            "Territory",
        )  # "a dispute with Russia concerning the Kurils": that one
        terr = next((e for e in entities(s, t[m.end() :]) if e.kind in kinds), None) or next(
            (e for e in entities(s, t[: m.end()]) if e.kind in kinds), None
        )
        if a and b and terr and a != b:
            c.add("disputes", {"parties": (a, b), "territory": terr}, s, "dispute-with", 0.75)
