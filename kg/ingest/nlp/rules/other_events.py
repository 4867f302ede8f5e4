"""The spans of an event's sentence whose dates are of other events than the trigger's own.

A relative clause that does not hold the trigger ("ceded Heligoland, which it had seized in 1807"),
what a speech verb says, a year naming another thing ("a violation of the 1992 ruling"), a clause
with a subject of its own below the trigger, what a noun trigger is for ("an agreement to demarcate
the border by 2027") and what a verb joined to it plans. kg.ingest.nlp.rules.when sets their dates
aside before taking the one nearest the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import a_time
from kg.ingest.nlp.triggers import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token


def other_events(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """The spans around the trigger ``tok`` whose dates are of other events: other relative
    clauses, a noun trigger's purposes and the years naming other things, what a speech verb says,
    events nested in a verb's phrases and what a verb beside it plans."""
    apart = [*_other_relative_clauses(p, tok), *_purposes(p, tok), *_others_years(p, tok)]
    apart += _said_content(p, tok) + _nested_events(p, tok) + _plans_beside(p, tok)
    return apart + _others_since(p, tok)


#: Prepositions of a time that bounds a lasting state or sets a deadline, never a point event.
_SPANS = frozenset({"since", "until", "till", "by"})


def _others_since(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """A "since" phrase of another word below the trigger: when a lasting state began, not the
    trigger's event ("agreed to reopen the crossing at Leimus, closed since 2023, by August", "to
    monitor the basin, where villagers have reported dead fish since last year"). The trigger's own
    ("talks frozen since March 2022") dates it."""
    return [
        p.span([t, t.right_edge])
        for t in tok.subtree
        if t.dep_ == "prep" and t.lower_ in _SPANS and t.head != tok
    ]


def other_clauses(p: g.Parsed, verb: Token) -> list[tuple[int, int]]:
    """Clauses below a verb with subjects of their own ("Spain has held Ceuta since the 17th
    century; Portugal ceded the enclave to Spain in 1668", the first read as the second's
    complement): their dates are of their own events. A predicate said of the verb's object
    ("declared the protocol void in 1960") is no clause of its own."""
    return [
        p.span([ch.left_edge, ch.right_edge])
        for ch in verb.children
        if ch.dep_ in ("ccomp", "conj", "parataxis")
        and ch.pos_ in ("VERB", "AUX")  # not "declared the protocol void in 1960": its object
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in ch.children)
    ]


def _other_relative_clauses(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """Relative clauses that do not hold the trigger: their dates are of another event ("ceded
    Heligoland, which it had seized in 1807, to Germany" is no handover of 1807). A noun trigger's
    own clause tells its event ("the accord Iran and Iraq reached in 1975")."""
    out = []
    for t in p.tokens:
        if _describes(t) and not (t.left_edge.i <= tok.i <= t.right_edge.i or t.head == tok):
            out.append(p.span([t.left_edge, t.right_edge]))
    return out


def _said_content(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """What a speech verb says ("said in a note that the 1899 award settled the border"): its
    content clause's dates are of what was said, not of the saying."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in speech_verbs():
        return []
    said = [  # a clause with its own verb ("declared the protocol void in 1960": no content)
        ch for ch in tok.children if ch.dep_ == "ccomp" and ch.pos_ in ("VERB", "AUX")
    ]
    said += [  # "stated in a memorandum that ...", the clause hung on the noun
        cl
        for pr in tok.children
        if pr.dep_ == "prep"
        for o in pr.children
        if o.dep_ == "pobj"
        for cl in o.children
        if cl.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)
    ]
    return [p.span([ch.left_edge, ch.right_edge]) for ch in said]


def _others_years(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """A year that names another thing than a noun trigger's event ("sent protest notes as a
    violation of the 1992 ruling", "dismissed the protest and said the decree applied the 2012
    judgment"): the year of that ruling, not of the protest. A year on the trigger, on the noun the
    trigger's clause describes, or on one of its verb's own arguments ("the 1969 treaty, under
    which both sides pledged", "protested in a 2021 note") may still be its. A verb trigger's
    clause is read by the rules above."""
    if tok.pos_ != "NOUN":
        return []
    verb = g.governor(tok) or tok
    own = {tok, verb, tok.head}
    if verb.dep_ in ("acl", "relcl"):  # "the 1969 treaty, under which both sides pledged"
        own.add(verb.head)
    out = []
    for t in p.doc:
        if not names_noun(t):
            continue
        noun = t.head
        if noun in own or noun.head in own:
            continue
        if noun.head.dep_ in ("prep", "agent") and noun.head.head in own:
            continue
        out.append(p.span([t]))
    return out


def _nested_events(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """What a verb trigger's phrases tell of other events: a clause with a subject of its own below
    them ("recognised X, making it the first to do so since the region declared independence in
    1991": the declaration's year) and a year naming a noun that is no argument of the verb
    ("recognised the border as drawn in the 1972 treaty": the treaty's year, not the recognition's)."""
    if tok.pos_ != "VERB":
        return []
    out = []
    for t in tok.subtree:
        if t.left_edge.i <= tok.i <= t.right_edge.i or t.head == tok and not _since_clause(t):
            continue  # the verb's own phrases (read by the rules above), but a "since" clause
        if t.dep_ in ("advcl", "ccomp", "relcl", "acl") and any(
            x.dep_ in ("nsubj", "nsubjpass") and x.tag_ not in ("WDT", "WP") for x in t.children
        ):
            out.append(p.span([t.left_edge, t.right_edge]))
        elif (
            names_noun(t)
            and t.head.dep_ == "pobj"
            and not a_time(t.head)  # "as a state on Aug. 26, 2008": the date itself
            and t.head.head.head not in (tok, tok.head)
        ):
            out.append(p.span([t]))
    return out


def _since_clause(t: Token) -> bool:
    """A clause of "since" ("since the region declared independence in 1991"): an earlier event."""
    return t.dep_ == "advcl" and any(
        ch.dep_ == "mark" and ch.lower_ == "since" for ch in t.children
    )


def names_noun(t: Token) -> bool:
    """A year that is part of a noun's name ("the 1992 ruling", "its 1856 act"), not a misparse
    ("in 2008 angered X")."""
    return (
        t.dep_ in ("nummod", "compound", "amod")
        and _a_year(t.text)
        and any(d.dep_ in ("det", "poss") and d.i < t.i for d in t.head.children)
    )


def named_years(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """The years that name a noun other than the trigger ("rejected that order, as it rejects the
    1899 award", "adding that the 1951 treaty had not listed the islets"): the date of that
    thing, never of a rejection or a protest of it, which comes later."""
    return [p.span([t]) for t in p.doc if names_noun(t) and t.head != tok]


def _a_year(word: str) -> bool:
    """A bare year of the kind news dates things with ("1992", not "12" or "480")."""
    return len(word) == 4 and word.isdigit() and 1500 <= int(word) <= 2100


def _describes(t: Token) -> bool:
    """A relative clause, or a present participle that tells what a noun does ("a note ending the
    2017 memorandum was delivered on Thursday": 2017 is the memorandum's, not the delivery's)."""
    return t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBG"


def _purposes(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """A noun trigger's own infinitive ("an agreement to demarcate the border by 2027", "a deal to
    hold a vote in 2026"): what the deal is for, a later event whose dates are not the deal's."""
    if tok.pos_ != "NOUN":
        return []
    return [
        p.span([ch.left_edge, ch.right_edge])
        for ch in tok.children
        if ch.dep_ in ("acl", "relcl")
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in ch.children)
    ]


def _plans_beside(p: g.Parsed, tok: Token) -> list[tuple[int, int]]:
    """What a verb joined to the trigger plans ("They signed a memorandum and agreed to hold a
    meeting in September"): its infinitive tells a later event, whose dates are not the signing's."""
    if tok.pos_ != "VERB":
        return []
    return [
        p.span([x.left_edge, x.right_edge])
        for v in tok.children
        if v.dep_ == "conj" and v.pos_ == "VERB"
        for x in v.children
        if x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in x.children)
    ]
