"""The facts of a relation whose trigger's roles are filled: one for each combination of the
single-valued roles, dated, with bodies read as their states, and again for whoever "did so" too.

Split from kg.ingest.nlp.rules.relations, which finds the triggers and decides whether their roles
are stated at all; dating and recording what they state is this module's.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import (
    checks,
    day_documents,
    did_so,
    findings,
    occasions,
    told_things,
    under_documents,
    wording,
)
from kg.ingest.nlp.rules.at_the_time import at_the_time
from kg.ingest.nlp.rules.common import (
    Collector,
    last_participants,
    members,
    span_text,
)
from kg.ingest.nlp.rules.content_dates import past_content_date
from kg.ingest.nlp.rules.other_events import named_years
from kg.ingest.nlp.rules.rejected_what import what_rejected
from kg.ingest.nlp.rules.reported_day import reported_day
from kg.ingest.nlp.rules.succession import then_state
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import LIST_ROLES, Trigger
from kg.model import Arg

if TYPE_CHECKING:
    from spacy.tokens import Token


def emit(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    rel: str,
    trig: Trigger,
    filled: dict[str, list],
    neg: bool,
    ellipsis: bool = True,
) -> None:
    """One fact of ``rel`` for each combination of the roles ``filled``; with ``ellipsis``, the
    same facts again for those who "did so" too (rules/did_so.py)."""
    own = p.offset + tok.idx  # "reached an agreement on Wednesday": the noun's own date is its
    inside = [
        v for vs in filled.values() for v in vs if isinstance(v, tuple) and not v[0] <= own < v[1]
    ]
    if rel in ("rejectsClaim", "protests"):  # "rejects the 1899 award": not in 1899
        inside += named_years(p, tok)
    date = event_date(c, s, p, tok, inside)
    if rel == "agreedTo":  # "first agreed to set up the commission in 2002": the agreeing's
        date = past_content_date(c, s, p, tok) or date
    if date is None and rel == "agreedTo":
        date = under_documents.date(c, s, p, tok)  # "had agreed in the 1956 declaration to ..."
    if trig.dated:  # "rejected on Tuesday the 2019 accord between A and B": signed in 2019
        date = dated_self(p, tok)
    singles = {r: v for r, v in filled.items() if r not in LIST_ROLES}
    names = list(singles)
    for combo in itertools.product(*(singles[r] for r in names)):
        args: dict[str, Arg] = {}
        spans: dict[str, tuple[int, int]] = {}
        for role, value in zip(names, combo, strict=True):
            args[role] = span_text(c, value) if isinstance(value, tuple) else value
            if rel == "recognizes" and role in ("what", "as") and isinstance(value, tuple):
                args[role] = wording.lands_named(p, c.source.text, value, str(args[role]))
            if isinstance(value, tuple):
                spans[role] = value
        args = bodies.acting_state(c.gz, args)  # "the Foreign Ministry rejected": its state
        for role in LIST_ROLES & set(filled):  # "the Kremlin and Tokyo agreed": Russia and Japan
            args[role] = tuple(
                dict.fromkeys(
                    then_state(c, e, date) if e.kind == "State" else e
                    for e in (bodies.seat_state(c.gz, x) or x for x in filled[role])
                )
            )
        if rel == "rejectsClaim" and "what" in spans:
            resolved = what_rejected(c, s, p, tok, spans, args)
            if resolved is None:
                continue
            args = resolved
        if rel == "protests" and "subject" in spans:  # "a protest over the motion": which
            args = told_things.referred(c, s, p, spans["subject"], args, "subject")
            c.subject_lands[spans["subject"]] = [
                *told_things.lands_in(p, spans["subject"]),
                *told_things.lands_after(p, spans["subject"]),
            ]
        if not checks.sane(rel, args, trig.alone) or checks.holding_unfit(c, args, trig):
            continue
        if findings.court_finding(c, s, rel, args):  # the ruling's, not the outlet's fact
            continue
        met = last_participants(c)
        if date is None and met and checks.among_met(c, members(args.get("parties")), met):
            when = c.of("meeting")[-1].args.get("date")  # "The ministers agreed": when they met
            date = when if isinstance(when, str) else None
        date = date or occasions.also_date(c, rel, tok, args) or reported_day(c, s, tok, rel)
        date = date or at_the_time(c, s, p, tok, rel)  # "protested at the time"
        # "put their signatures to the accord": when signed; "dated ...": that day (checks.once_date)
        date = checks.once_date(c, rel, args, date)
        if rel == "issued" and date is None:
            date = day_documents.day_of(c, s, p, tok, args)  # "a statement issued by X"
        if (
            rel
            in (
                "signed",
                "issued",
                "agreedTo",
                "suspends",
                "protests",
                "rejectsClaim",
                "recognizes",
                "incorporates",
            )
            and date
        ):
            args["date"] = date
        c.add(rel, args, s, f"{trig.rule}:{tok.lemma_.lower()}", trig.confidence, negated=neg)
    if ellipsis:
        for role, doers, did in did_so.done_so(p, tok, trig, filled):
            again = {**filled, role: doers}
            emit(c, s, p, tok, rel, trig, again, g.negated(did), ellipsis=False)


def dated_self(p: g.Parsed, tok: Token) -> str | None:
    """The date of the document the trigger noun itself names, where the text or the gazetteer
    dates it: a document between two states that exists, not one still sought."""
    m = p.mention(tok)
    if m is None or m.tag != "D" or m.entity is None:
        return None
    return m.entity.date or None
