"""Meetings, agreements, negotiation roles, signings and issued documents."""

from __future__ import annotations

import re

from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    GROUP_SUBJECT,
    NEG,
    Collector,
    entities,
    last_participants,
    one,
    original,
    ph,
    plist,
    sentence_date,
    then_state,
)
from kg.iris import slugify
from kg.model import Entity

_MEET = re.compile(r"\b(?:met|meet|meets|meeting|meetings|talks|summit|summoned|summons|held\s+a\s+call|"
                   r"phone\s+call|spoke\s+by\s+phone|gathered|hosted|received)\b", re.I)


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
    if date is None and re.search(r"\btoday\b|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", t):
        date = c.ref.isoformat() if c.ref else None
    for f in c.of("meeting"):  # one meeting, however many sentences tell of it
        same = set(f.args["participants"]) == set(people)
        if same and (f.args.get("date") in (None, date) or date is None):
            return
    c.add("meeting", {"participants": people, "place": place, "date": date}, s, "meeting", 0.8)


def agreements(c: Collector, s: Sentence) -> None:
    t = s.masked.text
    m = re.search(r"\b(?:have\s+|has\s+|had\s+)?agreed\s+(?:that\s+|on\s+|(?=(?:not\s+)?to\s))(?P<what>[^;]+)$", t)
    if m is None or NEG.search(t[max(0, m.start() - 12) : m.start()]):
        return
    head = t[: m.start()]
    parties: tuple[Entity, ...] = ()
    if re.search(r"\b[Ww]e\s+(?:have\s+|had\s+)?$", head) and s.quote is not None:
        parties = tuple(c.disc.main_states())
    elif re.search(rf"^\s*{GROUP_SUBJECT}\s+(?:also\s+)?(?:have\s+|had\s+)?$", head):
        parties = last_participants(c)
        meetings = c.of("meeting")
        if meetings and meetings[-1].args.get("date") and not _head_date(c, s, m.start()):
            what = original(c, s, m.start("what"), len(t))  # agreed at that meeting
            c.add("agreedTo", {"parties": parties, "what": what, "date": meetings[-1].args["date"]}, s,
                  "agreed-that", 0.75)
            return
    else:
        lists = list(re.finditer(rf"(?:{plist('P')}|{plist('S')})", head))
        if lists:
            parties = entities(s, lists[0].group())
    if len(parties) < 1:
        return
    what = original(c, s, m.start("what"), len(t))
    date = _head_date(c, s, m.start()) or (c.ref.isoformat() if c.ref and re.search(r"\bha(?:ve|s)\s+agreed", t) else None)
    parties = tuple(dict.fromkeys(then_state(c, p, date) if p.kind == "State" else p for p in parties))
    c.add("agreedTo", {"parties": parties, "what": what, "date": date}, s, "agreed-that", 0.8)


def negotiation_roles(c: Collector, s: Sentence) -> None:
    t = s.masked.text
    for m in re.finditer(rf"(?P<who>{plist('P')}),?\s+(?:\w+\s+)?(?:oversee|oversees|oversaw|supervise|supervises|"
                         rf"supervised|lead|leads|led|head|heads|headed)\s+(?P<x>{ph('X')})", t):
        for person in entities(s, m.group("who")):
            c.add("oversees", {"person": person, "what": one(s, m.group("x"))}, s, "oversees", 0.85)
    for m in re.finditer(rf"(?P<x>{ph('X')}),?\s+(?:which\s+(?:is|are)\s+)?(?:conducted|led|held|handled|run)\s+by\s+"
                         rf"(?:\w+\s+){{0,2}}?,?\s*(?P<who>{plist('P')})", t):
        for person in entities(s, m.group("who")):
            c.add("conducts", {"person": person, "what": one(s, m.group("x"))}, s, "conducted-by", 0.85)
    for m in re.finditer(rf"(?P<who>{plist('P')}),?\s+(?:conduct|conducts|conducted|negotiate|negotiates)\s+(?P<x>{ph('X')})", t):
        for person in entities(s, m.group("who")):
            c.add("conducts", {"person": person, "what": one(s, m.group("x"))}, s, "conducts", 0.85)


_IRREALIS = re.compile(r"\b(?:propos|suggest|urg|call(?:s|ed)?\s+for|want|hope|plan|aim|would|will|could|should|"
                       r"to\s+sign|agree(?:s|d)?\s+to)\w*\b[^.;]*$", re.I)


def signings(c: Collector, s: Sentence) -> None:
    t = s.masked.text
    found = []
    for m in re.finditer(rf"(?P<p>{plist('S')})\s+(?:had\s+|have\s+|has\s+)?(?:signed|concluded|inked|sign|signs|conclude|concludes)\s+(?P<d>{ph('D')})", t):
        found.append((m.group("p"), m.group("d"), m.start("d")))
    for m in re.finditer(rf"(?P<d>{ph('D')}),?\s+(?:which\s+was\s+|was\s+|were\s+)?signed\s+by\s+(?P<p>{plist('S')})", t):
        found.append((m.group("p"), m.group("d"), m.start("d")))
    for parties_ph, doc_ph, pos in found:
        doc = one(s, doc_ph)
        if doc is None or NEG.search(t[:pos][-30:]) or _IRREALIS.search(t[:pos]):
            continue  # "proposed that Russia and Japan sign a peace treaty": not (yet) signed
        date = _doc_date(c, s, doc, pos)
        parties = tuple(dict.fromkeys(then_state(c, p, date) for p in entities(s, parties_ph) if p.kind == "State"))
        if len(parties) >= 2:
            c.add("signed", {"parties": parties, "document": doc, "date": date}, s, "signed", 0.9)


def issued(c: Collector, s: Sentence) -> None:
    for m in s.masked.mentions:
        if m.tag == "D" and m.issuer is not None and m.entity is not None:
            issuer = then_state(c, m.issuer, m.entity.date)
            c.add("issued", {"issuer": issuer, "document": m.entity, "date": m.entity.date}, s, "issuer-possessive", 0.85)
    t = s.masked.text
    for m in re.finditer(rf"(?P<who>{ph('S')}|{ph('O')})\s+(?:issued|released|published|sent|adopted)\s+(?:a\s+|an\s+|the\s+)?(?P<d>{ph('D')})", t):
        doc = one(s, m.group("d"))
        who = one(s, m.group("who"))
        if doc and who:
            c.add("issued", {"issuer": who, "document": doc, "date": doc.date or sentence_date(c, s)}, s, "issued", 0.85)


_RULES = re.compile(r"(?P<o>«O\d+»)\s+(?:rules|ruled|decides|decided|declares|declared|finds|found|orders|ordered)\b")
_MUST = re.compile(r"\bthat\s+(?P<p>«S\d+»)\s+(?:must|should|shall|is\s+obliged\s+to|has\s+to)\s+(?P<action>(?:not\s+)?[^.;]+)")
_DISPUTE_WITH = re.compile(r"(?P<a>«S\d+»)[^.;]*?\b(?:territorial\s+|border\s+|maritime\s+)?(?:dispute|conflict|row)\s+with\s+(?P<b>«S\d+»)")


def rulings(c: Collector, s: Sentence) -> None:
    """"The International Court of Justice rules that ...": the court issued a ruling; "in a territorial
    dispute with Gabon": the two states dispute the territory the sentence names."""
    t = s.masked.text
    for m in _RULES.finditer(t):
        court = one(s, m.group("o"))
        date = sentence_date(c, s) or (c.ref.isoformat() if c.ref else None)
        if court is None:
            continue
        label = f"{court.label} ruling" + (f" of {date}" if date else "")
        doc = Entity("Document", "document/" + slugify(label), label, ("ruling", f"{court.label} judgment"),
                     "Ruling", date)
        c.add("issued", {"issuer": court, "document": doc, "date": date}, s, "court-rules", 0.8)
        order = _MUST.search(t, m.end())  # "... ruled that Venezuela must refrain from ...": an order
        if order:
            party = one(s, order.group("p"))
            action = original(c, s, order.start("action"), order.end("action"))
            if party is not None:
                c.add("obliges", {"document": doc, "party": party, "action": action}, s, "court-orders", 0.75)
    for m in _DISPUTE_WITH.finditer(t):
        a, b = one(s, m.group("a")), one(s, m.group("b"))
        terr = next((e for e in entities(s, t[: m.end()]) if e.kind in ("Island", "IslandGroup", "Territory")), None)
        if a and b and terr and a != b:
            c.add("disputes", {"parties": (a, b), "territory": terr}, s, "dispute-with", 0.75)


def _head_date(c: Collector, s: Sentence, before: int) -> str | None:
    """A date stated before the verb ("On November 14, 2018, X and Y agreed ..."); one inside what
    was agreed ("to meet in June") is not the agreement's."""
    date = sentence_date(c, s)
    if date is None:
        return None
    cut = s.masked.offset(before)
    dates = [d for d in find_dates(c.source.text, s.span.start, cut, c.ref)]
    return dates[-1].iso if dates else None


def _doc_date(c: Collector, s: Sentence, doc: Entity, pos: int) -> str | None:
    present = re.search(r"\b(?:sign|signs|conclude|concludes)\s", s.masked.text)
    today = c.ref.isoformat() if c.ref and present else None
    return sentence_date(c, s, pos) or doc.date or today
