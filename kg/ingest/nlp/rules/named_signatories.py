"""Settling the signings rules/named_parties.py reads from a document's name ("the 1940
Soviet-Finnish agreement") against the article's other tellings, once every sentence is read: a
signing whose signatories a sentence names stands, the name's is dropped, and officials who signed
join the name's parties. Split from rules/named_parties.py, which reads each sentence; this runs
after them all (rules/__init__.py)."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.model import Entity, Fact

#: The rule name of a signing read from the document's name (rules/named_parties.py).
RULE = "signed-named-parties"


def settle(c: Collector) -> None:
    """Drop a signing told by the name alone where the article says who signed the document
    (a later sentence perhaps): one signing, told by its signatories. Signatories are told where
    each official among them serves a state the article or the gazetteer names (read after the
    offices); else the name's parties stand, and a signing by officials of no known state goes,
    unless people alone are its parties ("signed by Foreign Ministers A and B"): their own."""
    served = {
        person.key
        for f in c.of("holdsRole")
        if isinstance(person := f.args.get("person"), Entity)
        and isinstance(f.args.get("of"), Entity)
    }

    def told_by_signers(f: Fact) -> bool:
        return stated(c, f, served)

    signings = [f for f in (*c.facts, *c.again) if f.rel == "signed"]
    told = {
        _doc_key(f)
        for f in signings
        if f.evidence.rule != RULE
        and len(members(f.args.get("parties"))) >= 2
        and told_by_signers(f)
    }
    named = {_doc_key(f) for f in signings if f.evidence.rule == RULE} - told
    _join_signers(c, [f for f in signings if _signers(f) and _doc_key(f) in named])
    for found in (c.facts, c.again):
        found[:] = [
            f
            for f in found
            if not (
                f.rel == "signed"
                and (
                    f.evidence.rule == RULE
                    and _doc_key(f) in told
                    or f.evidence.rule != RULE
                    and len(members(f.args.get("parties"))) >= 2  # not a law one head signs
                    and not told_by_signers(f)
                    and (_doc_key(f) in named or _states_in(c, f, served) < 2 and not _own_names(f))
                )
            )
        ]


def stated(c: Collector, f: Fact, served: set[str]) -> bool:
    """Whether each official among a signing's parties serves a known state (``served``: the
    people whose office the article gives a state)."""
    return all(
        e.kind != "Person" or e.key in served or person_state(c, e) is not None
        for e in members(f.args.get("parties"))
    )


def _states_in(c: Collector, f: Fact, served: set[str]) -> int:
    """How many of a signing's parties are states or officials of a known state."""
    return sum(
        e.kind != "Person" or e.key in served or person_state(c, e) is not None
        for e in members(f.args.get("parties"))
    )


def _own_names(f: Fact) -> bool:
    """Whether a signing's parties are two or more people and nothing else ("signed by Foreign
    Ministers Gentiloni and Fabius", neither state told; "by Toroama and Prime Minister Marape", a
    region's head beside a state's): they sign in their own names, the only signatories given."""
    return _signers(f) and all(e.kind == "Person" for e in members(f.args.get("parties")))


def _signers(f: Fact) -> bool:
    """Whether a signing's parties are two or more people ("signed by foreign ministers A and B",
    their states untold; "by Ugandan President X and Y", Y's state untold)."""
    return sum(e.kind == "Person" for e in members(f.args.get("parties"))) > 1


def _join_signers(c: Collector, people: list[Fact]) -> None:
    """The people who signed a document whose name (or the two states in play) gives its parties
    ("A second treaty, signed ... by foreign ministers A and B"): the states' signing names them
    too, one signing told by its states and by its signers."""
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel != "signed" or f.evidence.rule != RULE:
                continue
            signers = [
                e for n in people if _doc_key(n) == _doc_key(f) for e in members(n.args["parties"])
            ]
            if signers:
                parties = tuple(dict.fromkeys((*members(f.args.get("parties")), *signers)))
                found[i] = replace(f, args={**f.args, "parties": parties})


def _doc_key(f: Fact) -> str | None:
    return getattr(f.args.get("document"), "key", None)
