"""The day of a deed a lead tells as news of the day and a sentence after it tells again with its
own day: "Japan has protested to China over the survey, the government said Tuesday. ... The
protest was lodged through diplomatic channels on Monday"; "Russia has handed over the launch pad
to Kazakhstan, the agency said on Tuesday. The complex was transferred on Monday"; "X has
suspended the talks ... They were suspended on Sunday".

A wire lead reports the deed as of the day it was announced (the speech tag's day, or the
report's); the detail that follows, in the passive with no doer, tells when the deed itself was
done. Where it falls in the week before the report, it is the deed's day. Protests, handovers and
suspensions (events): signings and agreements have their own (rules/signing_day.py).

Read after every sentence: the retelling comes after the lead it dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import lemmas_of, load

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many days before the report the retold deed may fall (a news week).
_WEEK = 7
#: How many sentences after the lead the retelling may come.
_AFTER = 2
#: How many sentences after the lead a protest told again in the active, by the same two states
#: and with its day, may come: a report tells the protest's course after the deed protested
#: ("China rejected a protest lodged by Japan over a patrol ... [the patrol, in two paragraphs] ...
#: Tokyo lodged a protest with the Chinese side late on Sunday").
_RETOLD = 6
#: The relation of each fact class dated so, and its trigger class in relations.yaml.
_EVENTS = {"protests": "protests", "handedOverTo": "handover", "suspends": "suspends"}


@lru_cache(maxsize=1)
def _protest_acts() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a protest made ("protest", "demarche", "note") and the light verbs that make
    it ("lodge", "deliver", "hand"): the noun triggers that take no one who turns the protest down."""
    made = [
        t
        for r in load()
        if r.name == "protests"
        for t in r.triggers
        if t.noun and not any(role == "against" and slot == "receiver" for slot, role in t.slots)
    ]
    return frozenset(w for t in made for w in t.lemmas), frozenset(w for t in made for w in t.light)


@lru_cache(maxsize=1)
def _summonses() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of calling an envoy in as a protest ("summon", "call") and the envoys they take
    ("ambassador", "commissioner"): the protest verbs of the class that name whom they take."""
    calls = [
        t
        for r in load()
        if r.name == "protests"
        for t in r.triggers
        if not t.noun and t.object_lemmas
    ]
    return frozenset(w for t in calls for w in t.lemmas), frozenset(
        w for t in calls for w in t.object_lemmas
    )


def deeds_retold(c: Collector, read: list[Sentence]) -> None:
    """Date each deed a lead dated to the report's day by the day a passive retelling, in one of
    the next sentences, gives it in the week before the report; a few paragraphs on, only by a
    protest told again as the lead's ("lodged the protest by telephone late Wednesday", "Tokyo
    lodged a protest on Tuesday" after "a protest from Japan")."""
    if c.ref is None:
        return
    today = c.ref.isoformat()
    for s in read:
        leads = [
            i
            for i, f in enumerate(c.facts)
            if f.rel in _EVENTS
            and not f.negated
            and f.args.get("date") == today
            and s.span.start <= f.evidence.start < s.span.end
        ]
        if not leads:
            continue
        for k, later in enumerate(read[s.index + 1 : s.index + 1 + _RETOLD]):
            parties: set[object] | None = None
            if k >= _AFTER:  # further on: only the leads' own protest, told again
                parties = {c.facts[i].args.get("party") for i in leads}
            to: set[object] = {
                a for i in leads if (a := c.facts[i].args.get("against")) is not None
            }
            days = _retold_days(c, later, parties, to)
            for i in leads:
                day = days.get(c.facts[i].rel)
                if day is not None:
                    _redate(c, i, day)
            # the active retelling is one protest with the lead's, whichever reading dated it
            retold = _protest_retold(c, leads, later)
            if days or retold:
                break


def _redate(c: Collector, i: int, day: str) -> None:
    """Date fact ``i`` to ``day``, and every telling of it kept as more evidence ("dismissed
    Tokyo's protest", folded into the lead's protest as it was read) with it: a telling left
    with the lead's first date would be a fact of its own."""
    old = c.facts[i]
    c.facts[i] = replace(old, args={**old.args, "date": day})
    c.again[:] = [
        replace(a, args=c.facts[i].args)
        if a.rel == old.rel and a.negated == old.negated and a.args == old.args
        else a
        for a in c.again
    ]


def _protest_retold(c: Collector, leads: list[int], s: Sentence) -> bool:
    """Date a lead's protest by the same protest told again in the active with its day and no
    subject ("Spain rejected a protest by Morocco over the works ... Rabat's Foreign Ministry
    summoned the ambassador on Monday and handed him a note"): the protest the lead tells was
    made that day, in the week before the report; the retelling is more evidence for it."""
    assert c.ref is not None
    for i in leads:
        lead = c.facts[i]
        if lead.rel != "protests" or not lead.args.get("subject"):
            continue
        for f in c.of("protests"):
            day = f.args.get("date")
            if (
                f is lead
                or f.negated
                or "subject" in f.args
                or not s.span.start <= f.evidence.start < s.span.end
                or f.args.get("party") != lead.args.get("party")
                or f.args.get("against") not in (None, lead.args.get("against"))
                or not isinstance(day, str)
                or len(day) != 10
                or not 0 < (c.ref - dt.date.fromisoformat(day)).days <= _WEEK
            ):
                continue
            _redate(c, i, day)
            c.facts.remove(f)
            c.again.append(replace(f, args=c.facts[i].args))
            return True
    return False


def _retold_days(
    c: Collector, s: Sentence, parties: set[object] | None = None, to: set[object] | None = None
) -> dict[str, str]:
    """The relations whose deed the sentence tells again in the passive with no doer ("The protest
    was lodged on Monday"), each with the day it gives, if in the week before the report; with
    the leads' ``parties`` (further on), only a protest the sentence names as the one told before
    ("X lodged the protest by telephone late Wednesday") or tells as made by a lead's protester
    ("Tokyo lodged a protest on Tuesday")."""
    p = s.parsed
    if p is None or c.ref is None:
        return {}
    out: dict[str, str] = {}
    for tok in p.tokens:
        rel = _retold(tok)
        if rel is None or rel in out:
            continue
        if parties is not None and not (
            rel == "protests"
            and (_the_protest(tok) or _made_by(p, tok, parties) or _envoy_of(p, tok, to or set()))
        ):
            continue
        day = event_date(c, s, p, tok, _earlier_events(p, tok))
        if day is None or len(day) != 10:
            continue
        if 0 < (c.ref - dt.date.fromisoformat(day)).days <= _WEEK:
            out[rel] = day
    return out


def _earlier_events(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """The clauses of another doer's deed told as before the retold one ("The protest was conveyed
    to Moscow, Kihara told a press conference, after Funakoshi had summoned the ambassador on
    Wednesday evening"): their day is that deed's, not the retold one's."""
    return [
        p.span([t.left_edge, t.right_edge])
        for t in p.tokens
        if t.dep_ == "advcl"
        and not t.left_edge.i <= tok.i <= t.right_edge.i
        and any(ch.dep_ == "mark" and ch.lower_ in _EARLIER for ch in t.children)
        and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in t.children)
    ]


#: The marks of a clause told as done before another ("after X had summoned ...").
_EARLIER = frozenset({"after", "since"})


def _retold(tok: Token) -> str | None:
    """The relation a passive verb with no doer tells again: a protest made ("the protest was
    lodged"), a handover or a suspension ("was transferred", "were suspended")."""
    if g.negated(tok) or g.modal(tok):
        return None
    lemma = tok.lemma_.lower()
    nouns, lights = _protest_acts()
    if lemma in lights and _note_made(tok, nouns):
        return "protests"
    if tok.tag_ != "VBN" or not any(ch.dep_ == "auxpass" for ch in tok.children):
        return None
    if any(ch.dep_ == "agent" for ch in tok.children):
        return None
    if lemma in lights and any(
        ch.dep_ == "nsubjpass" and ch.lemma_.lower() in nouns for ch in tok.children
    ):
        return "protests"
    if _envoy_called(tok):
        return "protests"
    for rel, words in _EVENTS.items():
        if rel != "protests" and lemma in lemmas_of(words, lambda t: not t.noun):
            return rel
    return None


def _envoy_called(tok: Token) -> bool:
    """An envoy told as called in with no doer ("the ambassador was summoned on Tuesday", "was
    called in to the ministry"): the protest made to the envoy's state, told again."""
    calls, envoys = _summonses()
    return tok.lemma_.lower() in calls and any(
        ch.dep_ == "nsubjpass" and ch.lemma_.lower() in envoys for ch in tok.children
    )


def _envoy_of(p: g.Parsed, tok: Token, to: set[object]) -> bool:
    """Whether ``tok`` calls in an envoy of a state the leads protest to ("Botswana's high
    commissioner was called in"): the leads' protest, though its doer goes unnamed."""
    if not _envoy_called(tok):
        return False
    return any(
        e in to
        for envoy in tok.children
        if envoy.dep_ == "nsubjpass"
        for t in envoy.subtree
        if t.i <= envoy.i  # "Botswana's high commissioner", "the Japanese ambassador"; not "in X"
        and (m := p.mention(t)) is not None
        for e in (*m.entities, m.office_of)  # a titled envoy: whose office ("Botswana's")
    )


def _the_protest(tok: Token) -> bool:
    """Whether the protest a light verb tells is named as one told before: "the protest", "the
    note" (not "a note", a new one)."""
    nouns = _protest_acts()[0]
    told = [tok.head] if tok.dep_ == "acl" else []
    told += [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(
        n.lemma_.lower() in nouns and any(d.dep_ == "det" and d.lower_ == "the" for d in n.children)
        for n in told
    )


def _made_by(p: g.Parsed, tok: Token, parties: set[object]) -> bool:
    """Whether the subject of the active light verb ``tok`` is a state of ``parties``."""
    return any(e in parties for m in g.fillers(p, g.subjects(tok), {"S"}) for e in m.entities)


def _note_made(tok: Token, nouns: frozenset[str]) -> bool:
    """A protest's note told as handed over, not as the deed's news: a participle of a light verb
    on the note ("a note handed to the embassy on Tuesday") or the note as its object ("delivered
    a note of protest to the envoy on Monday")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _note_noun(tok.head, nouns):
        return not any(ch.dep_ == "agent" for ch in tok.children)
    return tok.tag_ == "VBD" and any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in nouns for ch in tok.children
    )


def _note_noun(noun: Token, nouns: frozenset[str]) -> bool:
    """Whether a noun names a protest's note: a noun of the class, or one such noun compounds
    ("the note verbale", the parser heading the phrase on the French adjective)."""
    return noun.lemma_.lower() in nouns or any(
        ch.dep_ == "compound" and ch.lemma_.lower() in nouns and ch.i == noun.i - 1
        for ch in noun.children
    )
