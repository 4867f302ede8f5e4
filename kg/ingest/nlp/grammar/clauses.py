"""What an agreement or pledge is about: its complement clause, or the object of on/to/that, read
through the parser's misplaced infinitives (split from kg.ingest.nlp.grammar.roles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.dates import MONTHS, WEEKDAYS
from kg.ingest.nlp.grammar.adjuncts import preps
from kg.ingest.nlp.grammar.words import COMPLEMENTS


def _that_clause(t: Token) -> bool:
    """A complement clause, or one the parser took for an adverbial though only "that" opens it."""
    if t.dep_ == "ccomp":
        return True
    marks = [m.lower_ for m in t.children if m.dep_ == "mark"]
    return t.dep_ == "advcl" and marks == ["that"] and t.doc[t.left_edge.i].lower_ == "that"


def clause(t: Token) -> list[Token]:
    """What an agreement or pledge is about: its complement clause, or the object of on/to/that."""
    for c in t.children:
        if c.dep_ == "xcomp" and not any(x.dep_ in COMPLEMENTS for x in c.children):
            later = [x for x in t.children if x.i > c.i and _that_clause(x)]
            if later:  # "pledged to guarantee, in the treaty, that ...": the parser hangs the
                return [c, later[0]]  # infinitive's that-clause on the outer verb
        if c.dep_ in ("xcomp", "ccomp"):
            return [c]
    for (
        c
    ) in t.children:  # "agreed in 1989 to restore ...": the parser may call the infinitive an advcl
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return [c]
    if (hung := _infinitive_on_adjunct(t)) is not None:
        return [hung]
    for word in ("on", "to", "upon"):
        found = [o for o in preps(t, word) if not _day(o)]  # "agreed on Tuesday on a timetable"
        if found:
            return found
    return [c for c in t.children if c.dep_ in ("dobj", "obj")]


def _infinitive_on_adjunct(t: Token) -> Token | None:
    """ "agreed at the time to ask officials ...", "agreed at a meeting in Suva to set up ...": the
    parser may hang the verb's infinitive on the noun of a when- or where-phrase before it, as that
    noun's relative clause; not a topic's own infinitive ("agreed on a plan to ...")."""
    for prep in (c for c in t.children if c.dep_ == "prep" and c.i > t.i):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ in ("on", "to", "upon") and not _day(noun):
                continue
            for x in noun.children:
                if (
                    x.dep_ in ("relcl", "acl")
                    and x.pos_ in ("VERB", "AUX")
                    and x.left_edge.lower_ == "to"
                    and x.right_edge.i == noun.right_edge.i
                ):
                    return x
    return None


def _day(t: Token) -> bool:
    """A weekday or a month, the head of a when-phrase ("on Tuesday", "on May 5"), not a topic."""
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAYS or t.lower_ in MONTHS
