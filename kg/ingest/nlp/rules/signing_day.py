"""The day an agreement told in the present perfect was made: "Lebanon and Syria have agreed to
demarcate their border, Saudi Arabia said Friday ... The agreement was signed in Jeddah on
Thursday", "A and B have agreed to start talks, officials said on Thursday. The Ankara Declaration,
which was signed late on Wednesday by ...", "A and B have reached a deal to ... The agreement was
inked on Monday", "A and B have signed an accord ... The accord, signed on Thursday by ...". The
perfect tells an act done before the words that report it; the only day its sentence gives is the
report's. When the very next sentence tells a document signed on an earlier day of that week, that
signing is the agreement's (and the perfect signing's) day.

Read after every sentence: the signing comes after the agreement it dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.after_talks import deals
from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.ingest.nlp.rules.named_parties import signing_verbs
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import lemmas_of
from kg.model import Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many days before the report a signing may be the reported agreement's (a news week).
_WEEK = 7


def agreed_when_signed(c: Collector, read: list[Sentence]) -> None:
    """Date each present-perfect agreement dated to the report's day by the signing the next
    sentence tells, where that signing fell in the week before."""
    if c.ref is None:
        return
    today = c.ref.isoformat()
    for s in read[1:]:
        before = read[s.index - 1]
        if s.parsed is None or before.parsed is None or not _perfect_agreement(before.parsed):
            continue
        passive = _signing_day(c, s)
        for i, f in enumerate(c.facts):
            if (
                f.rel in ("agreedTo", "signed")
                and not f.negated
                and f.args.get("date") == today
                and before.span.start <= f.evidence.start < before.span.end
                and (day := passive or _occasion_day(c, s, f) or _document_day(c, s, f)) is not None
            ):
                c.facts[i] = replace(f, args={**f.args, "date": day})
    agreed_at_meeting(c, read)


def agreed_at_meeting(c: Collector, read: list[Sentence]) -> None:
    """ "Manalo met his Vietnamese counterpart Son in Hanoi on Tuesday ... The two countries agreed
    to set up a hotline, officials said", "The protocol was signed on Monday at a session of the
    working group ... The working group agreed to meet again in Kunduz": an agreement whose
    sentence tells no day of its own (undated, or given the report's) was made at the one meeting
    or signing of its sides the article tells in the week before the report. Read again once every
    office and recorded meeting is read ("the agreed minutes of Monday's meeting", an official's
    state told later): the meeting may be known only then."""
    if c.ref is None:
        return
    today = c.ref.isoformat()
    for i, f in enumerate(c.facts):
        if f.rel != "agreedTo" or f.negated or f.args.get("date") not in (today, None):
            continue
        own = next((s for s in read if s.span.start <= f.evidence.start < s.span.end), None)
        if own is None or any(  # a day inside what was agreed is a plan's ("meet in November")
            d.text not in str(f.args.get("what", ""))
            for d in find_dates(c.source.text, own.span.start, own.span.end, c.ref)
        ):
            continue
        days = {day for m in c.facts if (day := _met_day(c, m, f)) is not None}
        if len(days) == 1:
            c.facts[i] = replace(f, args={**f.args, "date": days.pop()})


def _met_day(c: Collector, m: Fact, agreed: Fact) -> str | None:
    """The day of meeting (or signing) ``m`` if it fell in the week before the report and its
    participants (parties) serve every state party of ``agreed``, or every participant whose state
    is known serves one of them and some serve no state known ("Hong Liang, director-general of the
    Chinese foreign ministry's department, met his Japanese counterpart Kanai": one side unread)."""
    assert c.ref is not None
    day = m.args.get("date")
    if (
        m.rel not in ("meeting", "signed")
        or m.negated
        or not isinstance(day, str)
        or len(day) != 10
        or not 0 < (c.ref - dt.date.fromisoformat(day)).days <= _WEEK
    ):
        return None
    states = {e.key for e in members(agreed.args.get("parties")) if e.kind == "State"}
    held = members(m.args.get("participants") or m.args.get("parties"))
    served = [
        x if x is not None and x.kind == "State" else None
        for e in held
        for x in [person_state(c, e)]
    ]
    sides = {x.key for x in served if x is not None}
    unread = None in served and sides and sides <= states
    return day if states and (states <= sides or unread) else None


def _occasion_day(c: Collector, s: Sentence, agreed: Fact) -> str | None:
    """ "Namibia and Angola have agreed to ..., officials said on Wednesday. Their ministers met in
    Windhoek on Tuesday and signed a memorandum": the day of a signing or a meeting the next
    sentence tells, in the week before the report, of the sides that agreed (the states its
    parties are or serve take in every state party of the agreement)."""
    assert c.ref is not None
    states = {e.key for e in members(agreed.args.get("parties")) if e.kind == "State"}
    for f in c.facts:
        day = f.args.get("date")
        if (
            f.rel not in ("signed", "meeting")
            or f.negated
            or not s.span.start <= f.evidence.start < s.span.end
            or not isinstance(day, str)
            or len(day) != 10
            or not 0 < (c.ref - dt.date.fromisoformat(day)).days <= _WEEK
        ):
            continue
        held = members(f.args.get("parties") or f.args.get("participants"))
        sides = {x.key for e in held if (x := person_state(c, e)) is not None}
        if states and states <= sides:
            return day
    return None


def _document_day(c: Collector, s: Sentence, agreed: Fact) -> str | None:
    """ "India and China have agreed that ..., officials said on Tuesday. The understanding is
    contained in a record of discussions signed in Beijing on Monday", "... According to the agreed
    minutes of Monday's meeting ...": the one day of the report's week before it that a sentence
    telling a document or a meeting gives, however the parse hangs that day; a sentence that names
    a state the agreement does not tells of others ("Kenya and Uganda signed ... on Monday")."""
    p = s.parsed
    assert p is not None and c.ref is not None
    states = {e.key for e in members(agreed.args.get("parties")) if e.kind == "State"}
    if any(
        e.kind == "State" and e.key not in states for m in s.masked.mentions for e in m.entities
    ):
        return None
    if not any(
        ((m := p.mention(t)) is not None and m.tag == "D") or t.lemma_.lower() in _SESSIONS
        for t in p.tokens
    ):
        return None
    days = {
        d.iso
        for d in find_dates(c.source.text, s.span.start, s.span.end, c.ref)
        if len(d.iso) == 10 and 0 < (c.ref - dt.date.fromisoformat(d.iso)).days <= _WEEK
    }
    return days.pop() if len(days) == 1 else None


#: Nouns of a sitting whose day is its agreement's ("the minutes of Monday's meeting"), and the
#: minutes that record one, which the parser may leave no document ("set out in minutes that ...").
_SESSIONS = frozenset(
    {"meeting", "session", "talks", "consultation", "consultations", "round", "minutes", "minute"}
)


def _perfect_agreement(p: g.Parsed) -> bool:
    """A verb of agreeing or signing in the present perfect ("have agreed", "has consented", "have
    signed an accord"), or a light verb that makes a deal ("have reached a deal", "has struck")."""
    verbs = lemmas_of("agreedTo", lambda t: not t.noun) | signing_verbs()
    nouns, lights = deals()
    return any(  # (the lemma first: the tense is read off the children of the few verbs alone)
        (lemma := t.lemma_.lower()) in verbs
        and g.perfect(t)
        or lemma in lights
        and g.perfect(t)
        and any(o.lemma_.lower() in nouns for o in g.objects(t))
        for t in p.tokens
    )


def _signing_day(c: Collector, s: Sentence) -> str | None:
    """The day of a document's signing the sentence tells, in the passive ("The agreement was
    signed on Thursday", "The declaration, which was signed late on Wednesday"), if in the week
    before the report."""
    p = s.parsed
    assert p is not None and c.ref is not None
    for tok in p.tokens:
        if not _signs_a_document(p, tok):
            continue
        day = event_date(c, s, p, tok)
        if day is None or len(day) != 10:
            continue
        gap = (c.ref - dt.date.fromisoformat(day)).days
        if 0 < gap <= _WEEK:
            return day
    return None


def _signs_a_document(p: g.Parsed, tok: Token) -> bool:
    """A passive verb of signing whose subject (or the noun its relative clause describes) is a
    document."""
    if tok.lemma_.lower() not in signing_verbs() or tok.tag_ != "VBN":
        return False
    if g.negated(tok) or g.modal(tok):
        return False
    subjects = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
    if tok.dep_ == "relcl":
        subjects.append(tok.head)  # "The declaration, which was signed ...": the noun it describes
    if tok.dep_ == "acl":
        subjects.append(tok.head)  # "The accord, signed on Thursday ..."
    return any((m := p.mention(x)) is not None and m.tag == "D" for x in subjects)
