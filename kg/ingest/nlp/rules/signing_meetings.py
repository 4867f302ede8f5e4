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
from kg.ingest.nlp.mentions import Mention, gazetteer_mentions
from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.meetings import add_meeting
from kg.ingest.nlp.rules.venues import dateline_venue
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import lemmas_of
from kg.model import Arg, Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence

_RULE = "meeting-signing"
_SIGN_RULE = "signed-at-session"
#: The words for a meeting's end at which a document is signed ("at the close of the session").
_ENDS = frozenset({"close", "end", "conclusion", "sidelines", "margins", "closing"})


@lru_cache(maxsize=1)
def meeting_nouns() -> frozenset[str]:
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
        near = [verb.head, *verb.children] if verb.dep_ == "acl" else [*verb.children]
        near += [t.head.head for t in near if t.dep_ == "pobj" and t.head.lower_ == "of"]
        docs = {m.entity for t in near for m in [s.parsed.mention(t)] if m is not None}
        f = f or next(
            (
                f
                for f in reversed(signings)
                if f.evidence.start < s.span.start and f.args.get("document") in docs
            ),
            None,
        )
        f = f or _signers_next(signings, read, s, docs)
        if f is None:
            told = _signed_by_body(c, s, verb, noun, docs)
            if told is None:
                continue
            parties, date = told
        else:
            parties = members(f.args.get("parties"))
            # (a signing told by its signers after it names no day: the closing's own)
            day = f.args.get("date") or event_date(c, s, s.parsed, verb)
            date = day if isinstance(day, str) else None
        if len(parties) < 2:
            continue
        place = _city_in(s.parsed, verb) or _city_in(s.parsed, noun)
        told_city = _told_city(read, f, s) if f is not None else None
        place = place or told_city or dateline_venue(c, s, date)
        add_meeting(c, s, tuple(parties), date, place, _RULE, 0.7)


def _signed_by_body(
    c: Collector, s: Sentence, verb: Token, noun: Token, docs: set[Entity | None]
) -> tuple[tuple[Entity, ...], str | None] | None:
    """A signing at a session that names no signer, read as the signing of the states the body's
    name pairs (``body_states``): the fact is added, and its parties and day returned."""
    assert s.parsed is not None
    parties, date = body_states(c, s.parsed, noun), event_date(c, s, s.parsed, verb)
    doc = next((d for d in docs if d is not None and d.kind == "Document"), None)
    if doc is None or len(parties) < 2:
        return None
    given: dict[str, Arg | None] = {"parties": parties, "document": doc, "date": date}
    return (parties, date) if c.add("signed", given, s, _SIGN_RULE, 0.7) else None


def _signers_next(
    signings: list[Fact], read: list[Sentence], s: Sentence, docs: set[Entity | None]
) -> Fact | None:
    """The signing of the same document the next sentence tells, naming who signed: "minutes
    signed on Tuesday in Managua at the close of a session of the commission. The document was
    signed by A and B" (the first telling names no signer, so it has no fact of its own)."""
    later = [t for t in read if t.span.start >= s.span.end]
    if not later:
        return None
    nxt = min(later, key=lambda t: t.span.start)
    return next(
        (
            f
            for f in signings
            if nxt.span.start <= f.evidence.start < nxt.span.end and f.args.get("document") in docs
        ),
        None,
    )


def body_states(c: Collector, p: g.Parsed, noun: Token) -> tuple[Entity, ...]:
    """The states the name of the body whose session closed names, where no signer is told: "a
    record of discussions signed at the end of the 36th meeting of the Working Mechanism ... on
    India-China Border Affairs" was signed by the two states its name pairs; "the Thailand-Laos
    Joint Boundary Commission", a name the gazetteer reads whole, by those its words name."""
    found: list[Entity] = []
    seen: list[Mention] = []
    for t in noun.subtree:
        m = p.mention(t)
        if m is None or m in seen:
            continue
        seen.append(m)
        inner = gazetteer_mentions(c.gz, m.text, 0, len(m.text)) if m.tag == "O" else [m]
        for e in (e for x in inner for e in x.entities):
            if e.kind == "State" and e not in found:
                found.append(e)
    return tuple(found)


def _closing_signing(p: g.Parsed) -> tuple[Token, Token] | None:
    """The signing verb whose phrase holds "at the close of <a meeting>", and the meeting noun."""
    for t in p.tokens:
        if t.lemma_.lower() in ("session", "round") and t.dep_ == "pobj" and t.head.lower_ == "at":
            verb = t.head.head  # "signed by A and B at a session of the commission": its own
            if verb.pos_ == "VERB" and verb.lemma_.lower() in _signing_verbs():
                return verb, t
        if t.lemma_.lower() not in meeting_nouns() or t.dep_ != "pobj" or t.head.lower_ != "of":
            continue
        end = t.head.head
        if end.lemma_.lower() not in _ENDS or end.dep_ != "pobj":
            continue
        verb = end.head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _signing_verbs():
            return verb, t
        before = _participle_before(p, end.head)
        if before is not None:
            return before, t
    return None


def _participle_before(p: g.Parsed, prep: Token) -> Token | None:
    """A signing participle whose phrase ends right before "at the close of ..." that the parser
    hung on the main verb: "is contained in a record of discussions signed in Beijing on Monday
    at the end of the 36th meeting of ..." (the record was signed at the end of the meeting)."""
    for v in p.tokens:
        if (
            v.dep_ == "acl"
            and v.pos_ == "VERB"
            and v.lemma_.lower() in _signing_verbs()
            and v.right_edge.i == prep.i - 1
            and prep.head.i < v.i
        ):
            return v
    return None


def _city_in(p: g.Parsed, verb: Token) -> Entity | None:
    """The city of a word's in-phrase ("signed on Monday in Dushanbe", "a meeting in Quito")."""
    held = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "a memorandum in Quito"
    # "signed by the two foreign ministers in Tashkent": the parser hangs it on the signers
    held += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
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
