"""The date of a deed told as of a time the text gave before: "The area was the scene of a clash
in 1965. Chile protested the shooting at the time", "rejected it at the time and sent protest
notes", "protested to both governments when the pact was signed".

"At the time" points back to the time last told; a "when" clause of a document's making ("when
the pact was signed") to the day the article said that document was made, or its own date.
Neither holds a date of its own, so the deed was read with none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.reported_day import EVENTS
from kg.ingest.nlp.rules.terms_date import MADE, made_on

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of a document's making, whose "when" clause dates what was done then.
_MAKING = frozenset({"sign", "conclude", "adopt", "issue", "publish", "announce", "pass"})
#: What names the time itself ("at the time of the vote", "at the same time", "the time it took").
_WHICH_TIME = frozenset({"relcl", "acl", "amod", "compound", "poss", "nummod"})
_LOOK_BACK = 1500  # characters: "at the time" points a paragraph or two back


def at_the_time(c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: str) -> str | None:
    """The time a deed ``tok`` tells "at the time" (or "when <document> was signed") points
    back to; None where it has no such phrase."""
    if rel not in EVENTS:
        return None
    verb = g.governor(tok) or tok if tok.pos_ in ("NOUN", "PROPN") else tok
    for v in _clause_verbs(verb):
        for ch in v.children:
            if _the_time(ch):
                return _last_date(c, s)
            if (made := _making_clause(c, p, ch)) is not None:
                return made
    return None


def _clause_verbs(verb: Token) -> list[Token]:
    """The verb and the verbs it is coordinated after ("rejected it at the time and sent protest
    notes": the time is the first verb's, and the second's)."""
    out = [verb]
    while out[-1].dep_ == "conj" and out[-1].head.pos_ in ("VERB", "AUX"):
        out.append(out[-1].head)
    return out


def _the_time(prep: Token) -> bool:
    """ "at the time" (or "at that time"), with nothing that tells which time ("at the time of
    the vote" names its own; "at the same time" is no time told before)."""
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return False
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].lower_ != "time":
        return False
    kids = list(objs[0].children)
    return [k.lower_ for k in kids if k.dep_ == "det"] in (["the"], ["that"]) and not any(
        k.dep_ in _WHICH_TIME or k.lower_ == "of" for k in kids
    )


def _last_date(c: Collector, s: Sentence) -> str | None:
    """The last date the text told before the sentence."""
    start = s.span.start
    dates = find_dates(c.source.text, max(0, start - _LOOK_BACK), start, c.ref)
    return dates[-1].iso if dates else None


def _making_clause(c: Collector, p: g.Parsed, clause: Token) -> str | None:
    """The date of the document a "when" clause tells the making of ("when the pact was
    signed"): the day the article said it was signed or issued, else the document's own, else
    (a mention not linked to the document it names) the last making the article told."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() not in _MAKING:
        return None
    if not any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in clause.children):
        return None
    for subj in (ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")):
        m = p.mention(subj)
        if m is None or m.tag != "D" or m.entity is None:
            continue
        if (day := made_on(c, m.entity) or m.entity.date) is not None:
            return day
        # "the pact" read as a document of its own: the making the article told last
        made = [f for rel in MADE for f in c.of(rel) if isinstance(f.args.get("date"), str)]
        return str(made[-1].args["date"]) if made else None
    return None
