"""A meeting's date and place as its sentence tells them.

The date is the clause's own for a when-clause or an earlier meeting ("their last meeting in
Kingstown"), else the event's date less any "since" phrase, else the article's latest day when it
is of the news; a call by phone or video has no place. kg.ingest.nlp.rules.meetings asks here once
it knows who met.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.meeting_places import place_of, place_told_beside
from kg.ingest.nlp.rules.meeting_venues import venue_of
from kg.ingest.nlp.rules.venues import dateline_venue
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Trigger
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token


def when_where(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    trig: Trigger,
    said: list[tuple[int, int]] | None = None,
) -> tuple[str | None, Entity | None]:
    """The meeting's date and place, as its sentence tells them."""
    if trig.noun and _earlier(tok):  # "a year after their last meeting in Kingstown": its own
        date = _clause_date(c, p, tok)
    else:
        date = (
            _clause_date(c, p, tok)
            if _when_clause(tok)
            else event_date(c, s, p, tok, _since_phrases(p, tok) + (said or []))
        ) or _recent(c, _reached_on(c, s, tok) or c.last_date)
    if _remote(tok, trig):
        return date, None
    place = place_of(p, tok, trig) or place_told_beside(p) or venue_of(c, tok, trig)
    return date, place or dateline_venue(c, s, date)


#: Words of a meeting held at a distance: a call has no place (not the dateline's city).
_REMOTE = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "virtual"})


def _remote(tok: Token, trig: Trigger) -> bool:
    """ "spoke by phone with X", "held a video call with X", "a telephone conversation" (not
    "called in the ambassador": a summons)."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "call":
        return True
    words = [
        tok,
        *tok.children,
        *(x for ch in tok.children if ch.dep_ == "prep" for x in ch.children),
    ]
    return any(w.lemma_.lower() in _REMOTE for w in words)


def told_remote(f: Fact) -> bool:
    """Whether a meeting fact was told as held at a distance ("discussed it by phone"): no place
    it lacks, so a meeting held somewhere later is another."""
    return any(w.lower().strip(".,") in _REMOTE for w in f.evidence.text.split())


#: Words that make a meeting noun an earlier one than the news's: "their last meeting".
_EARLIER = frozenset({"last", "previous", "earlier", "prior", "preceding"})


def _earlier(tok: Token) -> bool:
    """ "a year after their last meeting in Kingstown": a meeting before the one the sentence tells,
    whose date is only what its own phrase says."""
    return any(ch.dep_ == "amod" and ch.lower_ in _EARLIER for ch in tok.children)


#: Nouns that take up an agreement the report told before ("The agreement was reached ...").
_DEALS = frozenset({"agreement", "deal", "accord", "understanding", "compromise", "consensus"})
#: Verbs that tell an agreement reached, whose at-phrase names the talks that reached it.
_REACHED = frozenset({"reach", "strike", "conclude", "clinch", "seal", "hammer", "broker", "make"})


def _reached_on(c: Collector, s: Sentence, tok: Token) -> str | None:
    """The day of the agreement told before, where a sentence names the talks that reached it:
    "agreed Thursday to ..., officials said Friday. The agreement was reached in Moscow at talks
    between A and B": the talks were on Thursday, not on the day the report last told."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "during", "in"):
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in _REACHED:
        return None
    told = [
        x
        for x in verb.children
        if x.dep_ in ("nsubj", "nsubjpass", "dobj")
        and x.lemma_.lower() in _DEALS
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in x.children)
    ]
    before = [
        f
        for f in (*c.facts, *c.again)
        if f.rel == "agreedTo"
        and f.evidence.start < s.span.start
        and isinstance(f.args.get("date"), str)
    ]
    return str(before[-1].args["date"]) if told and before else None


def _since_phrases(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """ "their first meeting since December", "the meeting was the first since 2023": the time
    after "since" is of the meeting before, wherever the parser hangs the phrase."""
    if tok.tag_ == "VBG" and any(a.lower_ == "been" for a in tok.children if a.dep_ == "aux"):
        return []  # "had been meeting since October 5": the meeting's own first day
    return [
        p.span([ch.left_edge, ch.right_edge])
        for ch in tok.doc
        if ch.dep_ == "prep" and ch.lower_ == "since"
    ]


def _when_clause(tok: Token) -> bool:
    """ "(said on Tuesday he raised it with Xi) when they met in Lima": a meeting told in a
    when-clause has the clause's own time, not the main clause's."""
    return tok.dep_ == "advcl" and any(
        ch.dep_ in ("advmod", "mark") and ch.lower_ in ("when", "while") for ch in tok.children
    )


def _clause_date(c: Collector, p: g.Parsed, tok: Token) -> str | None:
    start, end = p.span([tok.left_edge, tok.right_edge])
    own = find_dates(c.source.text, start, end, c.ref)
    return own[0].iso if own else None


def _recent(c: Collector, date: str | None) -> str | None:
    """The latest day the article told, for a meeting told without one, when it is of the news
    (weeks before the report), not of its history ("the declaration was signed on October 19,
    1956. Kono met Lavrov in Moscow": not in 1956). An undated report's news is of the latest
    year it tells (its ``published``), not a treaty's day of 1900 told in its history."""
    if date is None:
        return None
    if c.ref is None:
        year = c.source.published or ""
        return date if len(year) == 4 and date.startswith(year) else None
    return date if abs((c.ref - dt.date.fromisoformat(date)).days) <= _NEWS_DAYS else None


#: How far before or after its report a day may be to be the news's own.
_NEWS_DAYS = 45
