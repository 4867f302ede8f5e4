"""When an event happened: the date nearest its trigger, within its own clause where one is."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.addressed import addressed_sender
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.counted_from import counted_back, counted_from
from kg.ingest.nlp.rules.days_apart import days_apart, shifted
from kg.ingest.nlp.rules.other_events import names_noun, other_clauses, other_events
from kg.ingest.nlp.rules.terms_date import terms_date
from kg.ingest.nlp.rules.told_day import told_day
from kg.ingest.nlp.rules.years_back import years_back

if TYPE_CHECKING:
    from spacy.tokens import Token


def event_date(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    inside: list[tuple[int, int]] | tuple[()] = (),
) -> str | None:
    """The date of the event (:func:`_event_date`); for an act a verb of turning down takes as its
    object, a day before the report's only from the act's own phrase ("late on Wednesday Botswana
    rejected the Namibian protest": Namibia protested before). The report's own day stays: the
    day's news of a rejected protest, which a later retelling of the protest dates
    (rules/deed_day.py)."""
    date = _event_date(c, s, p, tok, inside)
    if date is None or not _answered(tok) or (c.ref is not None and date == c.ref.isoformat()):
        return date
    start, end = p.span([tok.left_edge, tok.right_edge])
    own = find_dates(c.source.text, start, end, c.ref)
    return own[0].iso if own else None


def _event_date(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    inside: list[tuple[int, int]] | tuple[()] = (),
) -> str | None:
    """The date of the event: the one nearest the trigger, not one inside what was agreed or said
    ("agreed to speed up talks based on the 1956 declaration" is no event of 1956); where the
    sentence gives none and the verb is in the present perfect ("has struck a deal"), the article's."""
    tok = addressed_sender(tok) or tok  # "has sent a note to X protesting ...": the sending's
    verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
    if (back := years_back(c.ref, c.source.text, tok, verb)) is not None:
        return back  # "marking 42 years since Israel handed back ...": the report's day, back
    if (days := days_apart(verb)) is not None:  # "..., a day after New Delhi suspended it"
        clause = p.span([verb.left_edge, verb.right_edge])
        named = [p.span([t]) for t in p.doc if names_noun(t)]  # "the 1972 Simla Agreement"
        base = _event_date(c, s, p, verb.head, [*inside, clause, *named])
        return shifted(base, days) if base else None
    if g.presupposed(tok) or _reacted_to(tok):  # "protested on Friday against the 2008 recognition"
        # (or "condemned on Saturday Israel's decision to recognise"): its own date only
        start, end = p.span([tok.left_edge, tok.right_edge])
        own = find_dates(c.source.text, start, end, c.ref)
        return own[0].iso if own else None
    told = find_dates(c.source.text, s.span.start, s.span.end, c.ref)
    apart = [*inside, *other_events(p, tok)]
    dates = [d for d in told if not any(a <= d.start < b for a, b in apart)]
    if not dates and s.reporter is not None and s.reporter.key in c.said_on:
        return c.said_on[
            s.reporter.key
        ]  # "The ministry added that it would ...": when it spoke before
    if not dates and (counted := counted_from(c, s, p, verb)) is not None:
        return counted  # "Hours after the drill started, Japan lodged a protest": that day's
    if not dates:
        same_day = None if told else sentence_date(c, s)  # "earlier the same day": the last date
        if same_day is not None:
            return same_day
        verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
        if (terms := terms_date(c, p, verb)) is not None:
            return terms  # "Under the treaty, Saudi Arabia recognised ...": the treaty's date
        return c.ref.isoformat() if c.ref and (g.perfect(verb) or _present(verb)) else None
    pos = p.offset + tok.idx
    verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
    if (back := counted_back(c, p, verb, dates)) is not None:
        return back  # "said on Wednesday it had protested two days earlier": that Monday
    start, end = p.span([verb.left_edge, verb.right_edge])
    own = [d for d in dates if start <= d.start < end]  # "signed in 1945, and X was proclaimed ..."
    others = other_clauses(p, verb)
    if tok.pos_ == "VERB" and any(not any(a <= d.start < b for a, b in others) for d in own):
        own = [d for d in own if not any(a <= d.start < b for a, b in others)]
    if not own and _since(verb):
        return None  # "marked on Tuesday 15 years since it became a department": not on Tuesday
    if not own and _modifies_noun(tok):
        own = _dates_of_noun(c, p, tok, dates)
        if not own:
            return None
    return min(own or dates, key=lambda d: abs(d.start - pos)).iso


def date_or_today(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    inside: list[tuple[int, int]] | tuple[()] = (),
) -> str | None:
    """The event's date, else the report's day ("The court ruled that ..." is news of the day),
    unless the verb tells an earlier event ("marked ten years since a tribunal ruled") or one of a
    noun it describes, whose sentence's dates are of another event. ``inside``: spans whose dates
    are of what the event says, not its own (event_date)."""
    date = event_date(c, s, p, tok, inside)
    verb = g.governor(tok) or tok if tok.pos_ == "NOUN" else tok
    if date or c.ref is None or _since(verb) or _modifies_noun(tok):
        return date
    if not find_dates(c.source.text, s.span.start, s.span.end, c.ref):
        date = told_day(c, s)  # "agreed on Monday ... In a statement issued after the meeting"
    return date or c.ref.isoformat()


def _since(verb: Token) -> bool:
    """A verb in a clause of "since" or "ago", which tells an earlier event than the sentence's."""
    for t in (verb, *verb.ancestors):
        if any(ch.dep_ == "mark" and ch.lower_ == "since" for ch in t.children):
            return True
        if t.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _modifies_noun(tok: Token) -> bool:
    """A verb trigger in a clause that describes a noun ("rejected on Tuesday a map published by
    Argentina", "the treaty they signed in Murmansk is respected, he said on Monday"): the other
    dates of its sentence are of the clause it sits in, not of its own event. An infinitive ("a
    diplomat to protest") tells the purpose of that clause's event, and shares its date; so does
    what the noun itself does ("passed a law in 1981 that applied Israeli law to", "signed on
    Tuesday a treaty by which Crimea becomes part of Russia")."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.dep_ in ("acl", "relcl")
        and not any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in tok.children)
        and not any(
            ch.dep_ == "nsubj"
            and ch.tag_ == "WDT"  # "a law that applied ..."
            or ch.dep_ == "prep"
            and any(o.tag_ == "WDT" for o in ch.children)  # "by which"
            for ch in tok.children
        )
    )


def _dates_of_noun(c: Collector, p: g.Parsed, tok: Token, dates: list) -> list:
    """The dates a clause describing a noun still owns: the noun's own ("the 1855 Treaty of
    Shimoda, signed by ...", "in 2007, when a tribunal issued an award") and one right after the
    clause, which the parser often hangs on the verb it sits in ("a declaration signed by Moscow
    and Tokyo in 1956 restored ties")."""
    head = tok.head
    start, end = p.span([head.left_edge, head])
    last = p.span([tok.right_edge])[1]
    text = c.source.text
    return [
        d
        for d in dates
        if start <= d.start < end
        or (d.start >= last and text[last : d.start].strip().lower() in ("", "in", "on", ","))
    ]


def _reacted_to(tok: Token) -> bool:
    """A noun's infinitive that a verb of reaction reacts to: "condemned Israel's decision to
    recognise X" (the recognition was made before, not on the day of the condemnation)."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.lemma_ in mood_words().presupposing
    )


def _answered(tok: Token) -> bool:
    """A noun of an act that a verb of turning down takes as its object ("rejected the Namibian
    protest on Wednesday", "the note was dismissed"): the act was made before the answer."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in mood_words().answering
    )


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


#: Days before the date last read: "a day earlier", "two days before", "the previous day".
_DAYS_BEFORE = re.compile(
    r"\b(?:(?:a|one|(two|three|four|five|six))\s+days?\s+(?:earlier|before)|the previous day"
    r"|the day before)\b(?!\s+(?:the|a|an|his|her|its|their)\b)",
    re.IGNORECASE,
)
#: Days after the date last read: "a day later", "two days later".
_DAYS_LATER = re.compile(r"\b(?:a|one|(two|three|four|five|six))\s+days?\s+later\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: A time of the report's own day, told without a date: "later in the day", "earlier in the day".
_NEWS_DAY = re.compile(r"\b(?:later|earlier) in the (?:day|morning|afternoon|evening)\b", re.I)


def sentence_date(c: Collector, s: Sentence, near: int | None = None) -> str | None:
    """The date the sentence gives (nearest to ``near`` in the masked text, if given)."""
    dates = find_dates(c.source.text, s.span.start, s.span.end, c.ref)
    if not dates:
        same = re.search(
            r"\b(?:the same day|that day|that date|the same date|later that day|that evening|the following day|the next day)\b",
            s.masked.text,
            re.IGNORECASE,
        )
        if same and c.last_date:
            if re.search(r"following|next", same.group(), re.IGNORECASE):
                return (dt.date.fromisoformat(c.last_date) + dt.timedelta(days=1)).isoformat()
            return c.last_date
        if _NEWS_DAY.search(s.masked.text) and c.ref:  # "later in the day": the news's own day,
            return told_day(c, s) or c.ref.isoformat()  # the day the lede told where it told one
        later = _DAYS_LATER.search(s.masked.text)
        if later and c.last_date:  # "A day later, Seoul lodged a protest": the day after the last
            days = _NUMBER_WORDS.get(later.group(1).lower(), 1) if later.group(1) else 1
            return (dt.date.fromisoformat(c.last_date) + dt.timedelta(days=days)).isoformat()
        before = _DAYS_BEFORE.search(s.masked.text)
        if (
            before and c.last_date
        ):  # "A day earlier he had signed a decree": the day before the last
            days = _NUMBER_WORDS.get(before.group(1).lower(), 1) if before.group(1) else 1
            return (dt.date.fromisoformat(c.last_date) - dt.timedelta(days=days)).isoformat()
        return None
    if near is None:
        return dates[0].iso
    pos = s.masked.offset(near)
    return min(dates, key=lambda d: abs(d.start - pos)).iso
