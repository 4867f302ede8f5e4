"""A meeting a signing closed: "The protocol was signed on Monday in Dushanbe at the close of a
two-day session of the bilateral working group", "signed a memorandum ... at the end of a meeting
of the bilateral mechanism".

News tells the meeting by the signing that ended it: the meeting noun (a trigger noun of
``meeting``, or a session or round) is the of-object of a word for its end ("close", "end",
"conclusion", "sidelines", ``_ENDS``) on the signing verb. Those who signed met (the signing's
parties, states and their signers alike: a commission's session is its states' meeting), on the
signing's day and in the city its in-phrase names, else the dateline's city on the report's day.
A signing planned or denied has no fact and so tells no meeting.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.meetings import add_meeting
from kg.ingest.nlp.rules.venues import dateline_venue
from kg.ingest.nlp.triggers import lemmas_of
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence

_RULE = "meeting-signing"
#: The words for a meeting's end at which a document is signed ("at the close of the session").
_ENDS = frozenset({"close", "end", "conclusion", "sidelines", "margins", "closing"})


@lru_cache(maxsize=1)
def _meeting_nouns() -> frozenset[str]:
    return lemmas_of("meeting", lambda t: t.noun) | {"session", "round"}


@lru_cache(maxsize=1)
def _signing_verbs() -> frozenset[str]:
    return lemmas_of("signed", lambda t: not t.noun and not t.object_lemmas)


def met_at_signings(c: Collector, read: list[Sentence]) -> None:
    """Add the meeting each signing closed, where a sentence tells one: the signing of that
    sentence, else the one of the document its verb names, told before ("The document was
    signed on Monday in Dushanbe at the close of ...", after the lead told the signing)."""
    signings = [f for f in (*c.facts, *c.again) if f.rel == "signed" and not f.negated]
    for s in read:
        closing = _closing_signing(s.parsed) if s.parsed is not None else None
        if closing is None or s.parsed is None:
            continue
        verb, noun = closing
        f = next((f for f in signings if s.span.start <= f.evidence.start < s.span.end), None)
        docs = {m.entity for t in verb.children for m in [s.parsed.mention(t)] if m is not None}
        f = f or next(
            (
                f
                for f in reversed(signings)
                if f.evidence.start < s.span.start and f.args.get("document") in docs
            ),
            None,
        )
        parties = members(f.args.get("parties")) if f is not None else ()
        if f is None or len(parties) < 2:
            continue
        date = f.args.get("date")
        date = date if isinstance(date, str) else None
        place = _city_in(s.parsed, verb) or _city_in(s.parsed, noun)
        place = place or _told_city(read, f, s) or dateline_venue(c, s, date)
        add_meeting(c, s, tuple(parties), date, place, _RULE, 0.7)


def _closing_signing(p: g.Parsed) -> tuple[Token, Token] | None:
    """The signing verb whose phrase holds "at the close of <a meeting>", and the meeting noun."""
    for t in p.tokens:
        if t.lemma_.lower() not in _meeting_nouns() or t.dep_ != "pobj" or t.head.lower_ != "of":
            continue
        end = t.head.head
        if end.lemma_.lower() not in _ENDS or end.dep_ != "pobj":
            continue
        verb = end.head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _signing_verbs():
            return verb, t
    return None


def _city_in(p: g.Parsed, verb: Token) -> Entity | None:
    """The city of a word's in-phrase ("signed on Monday in Dushanbe", "a meeting in Quito")."""
    held = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "a memorandum in Quito"
    for ch in (x for h in held for x in h.children):
        if ch.dep_ == "prep" and ch.lower_ == "in":
            for m in g.fillers(p, [o for o in ch.children if o.dep_ == "pobj"], {"C"}):
                if m.entity is not None:
                    return m.entity
    return None


def _told_city(read: list[Sentence], f: Fact, s: Sentence) -> Entity | None:
    """The city an earlier telling of the same signing names (a signing verb on its document):
    "according to minutes signed in Beijing on Wednesday. The minutes were signed at the close of
    the 26th round of boundary talks by ..." met in Beijing, not in the dateline's city."""
    doc = f.args.get("document")
    for t in read:
        if t.span.start >= s.span.start or t.parsed is None or doc is None:
            continue
        for verb in t.parsed.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _signing_verbs():
                continue
            near = [verb.head, *verb.children] if verb.dep_ == "acl" else [*verb.children]
            if any(getattr(t.parsed.mention(x), "entity", None) == doc for x in near):
                city = _city_in(t.parsed, verb)
                if city is not None:
                    return city
    return None
