"""The date of an agreement told only inside what was agreed: "The two countries first agreed to
set up the commission in 2002", "agreed to develop the zone together in a 2007 agreement". The
parser hangs a trailing time phrase on the infinitive; an act agreed to cannot come before the
agreeing, so a time already past when the article was written is the agreement's own (one still
ahead, "agreed on Friday to hold a vote in 2027", is what was agreed, and stays its)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates, names_year
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The prepositions of a point in time (not "since", "until", "by": spans and deadlines).
_AT = ("in", "on")


def past_content_date(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> str | None:
    """The past date an "in"/"on" phrase of ``tok``'s infinitive gives, where the sentence gives
    no other date and ``tok`` tells a past agreement ("agreed", "had agreed")."""
    if c.ref is None or not (tok.tag_ == "VBD" or g.perfect(tok, past=True) and not g.perfect(tok)):
        return None  # "agreed", "had agreed"; not "have agreed", "will agree"
    acts = [ch for ch in tok.children if ch.dep_ == "xcomp" and _infinitive(ch)]
    if len(acts) != 1:
        return None
    act = acts[0]
    phrases = [pr for v in (act, *act.conjuncts) for pr in v.children if pr.lower_ in _AT]
    dated = [
        d
        for pr in phrases
        if pr.dep_ == "prep"
        for d in find_dates(c.source.text, *p.span([pr, pr.right_edge]), c.ref)
    ]
    told = find_dates(c.source.text, s.span.start, s.span.end, c.ref)
    if len(dated) != 1 or len(told) != 1:
        return None  # the sentence dates something else too ("agreed on Friday to ...")
    when = dated[0].iso
    if not names_year(dated[0]):
        return None  # "in June", "on Sept. 12" take their year from the report: not known past
    return when if when[:4] < str(c.ref.year) else None


def _infinitive(verb: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in verb.children)
