"""When an event happened: the date nearest its trigger, within its own clause where one is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.common import Collector, sentence_date

if TYPE_CHECKING:
    from spacy.tokens import Token


def event_date(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    inside: list[tuple[int, int]] | tuple[()] = (),
) -> str | None:
    """The date of the event: the one nearest the trigger, not one inside what was agreed or said
    ("agreed to speed up talks based on the 1956 declaration" is no event of 1956); where the
    sentence gives none and the verb is in the present perfect ("has struck a deal"), the article's."""
    if g.presupposed(tok):  # "protested on Friday against the 2008 recognition": its own date only
        start, end = p.span([tok.left_edge, tok.right_edge])
        own = find_dates(c.source.text, start, end, c.ref)
        return own[0].iso if own else None
    told = find_dates(c.source.text, s.span.start, s.span.end, c.ref)
    apart = [*inside, *_other_relative_clauses(p, tok)]
    dates = [d for d in told if not any(a <= d.start < b for a, b in apart)]
    if not dates and s.reporter is not None and s.reporter.key in c.said_on:
        return c.said_on[
            s.reporter.key
        ]  # "The ministry added that it would ...": when it spoke before
    if not dates:
        same_day = None if told else sentence_date(c, s)  # "earlier the same day": the last date
        if same_day is not None:
            return same_day
        verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
        perfect = any(
            x.dep_ == "aux" and x.lemma_ == "have" and x.tag_ in ("VBZ", "VBP")
            for x in verb.children
        )
        return c.ref.isoformat() if c.ref and (perfect or _present(verb)) else None
    pos = p.offset + tok.idx
    verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
    start, end = p.span([verb.left_edge, verb.right_edge])
    own = [d for d in dates if start <= d.start < end]  # "signed in 1945, and X was proclaimed ..."
    if not own and _since(verb):
        return None  # "marked on Tuesday 15 years since it became a department": not on Tuesday
    return min(own or dates, key=lambda d: abs(d.start - pos)).iso


def _since(verb: Token) -> bool:
    """A verb in a clause of "since" or "ago", which tells an earlier event than the sentence's."""
    for t in (verb, *verb.ancestors):
        if any(ch.dep_ == "mark" and ch.lower_ == "since" for ch in t.children):
            return True
        if t.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _other_relative_clauses(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """Relative clauses that do not hold the trigger: their dates are of another event ("ceded
    Heligoland, which it had seized in 1807, to Germany" is no handover of 1807). A noun trigger's
    own clause tells its event ("the accord Iran and Iraq reached in 1975")."""
    out = []
    for t in p.doc:
        if t.dep_ == "relcl" and not (t.left_edge.i <= tok.i <= t.right_edge.i or t.head == tok):
            out.append(p.span([t.left_edge, t.right_edge]))
    return out


def _present(verb: Token) -> bool:
    """A verb in the present tense ("signs", "is signed"): also a bare form with a subject and no
    auxiliary, which the tagger takes for an infinitive in a headline-style report ("A and B sign
    an agreement"); not a verb of a standing state ("Turkey recognises the TRNC")."""
    if verb.lemma_.lower() in mood_words().standing:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBN" and any(
        ch.dep_ == "auxpass" and ch.tag_ in ("VBZ", "VBP") for ch in verb.children
    ):
        return True
    return (
        verb.tag_ == "VB"
        and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)
        and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    )
