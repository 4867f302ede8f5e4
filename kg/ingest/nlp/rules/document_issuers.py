"""Documents whose issuer their naming tells: a possessive ("Japan's white paper"), a body's name
before or opening the document's ("UN Security Council Resolution 1701"), "its" own in a clause
its doer opens ("In its 2008 judgment, the court ..."); with the verbs of issuing and acting in a
document (rules/issued_by.py, rules/acted_in.py), read once a sentence. Split from
rules/events.py, which reads disputes named as such."""

from __future__ import annotations

import re

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.document_makers import enacted
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules.acted_in import acted_in
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.delivered_notes import sent_on
from kg.ingest.nlp.rules.issued_by import issued_by
from kg.ingest.nlp.rules.succession import then_state
from kg.model import Entity


def issued(c: Collector, s: Sentence) -> None:
    for m in s.masked.mentions:
        if m.tag == "D" and m.issuer is not None and m.entity is not None:
            issuer = then_state(c, m.issuer, m.entity.date)
            sent = sent_on(c, s.parsed, m) if s.parsed is not None else None
            c.add(
                "issued",
                {"issuer": issuer, "document": m.entity, "date": sent or m.entity.date},
                s,
                "issuer-possessive",
                0.85,
            )
    _named_by_body(c, s)
    if s.parsed is not None:
        _issued_in_own(c, s, s.parsed)
        issued_by(c, s, s.parsed)
        acted_in(c, s, s.parsed)


#: A body's name right before a document's own name: "UN Security Council Resolution 1701"
_BODY_THEN_DOCUMENT = re.compile(r"«O(\d+)»(?:['’]s)?\s+«D(\d+)»")
#: Documents made by their parties together, which a body named before them does not issue
_JOINT = frozenset({"Treaty", "Agreement", "JointDeclaration"})


def _named_by_body(c: Collector, s: Sentence) -> None:
    """ "Security Council Resolution 242 of November 1967", "UN Security Council Resolution 1701":
    a dated document named after the body that made it (the body's name before the document's,
    or opening it) was issued by that body; not one its parties make together, nor a law."""
    pairs = [
        (s.masked.mentions[int(f.group(1))].entity, s.masked.mentions[int(f.group(2))])
        for f in _BODY_THEN_DOCUMENT.finditer(s.masked.text)
    ]
    pairs += [(_body_opening(c, m.text), m) for m in s.masked.mentions if m.tag == "D"]
    for body, doc in pairs:
        if body is None or doc.entity is None or doc.issuer is not None or not doc.entity.date:
            continue  # undated, one cited in passing ("goes against resolution 2259") or to come
        if doc.entity.subtype in _JOINT or any(map(enacted, doc.entity.aliases)):
            continue
        c.add(
            "issued",
            {"issuer": body, "document": doc.entity, "date": doc.entity.date},
            s,
            "issuer-named",
            0.8,
        )


def _body_opening(c: Collector, name: str) -> Entity | None:
    """The organisation whose name opens a document's name ("UN Security Council Resolution
    1701"), the longest one the gazetteer knows; None where the name is the body's alone."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        for x in c.gz.lookup(" ".join(words[:n])):
            if x.entity.kind == "Organization":
                return x.entity
    return None


def _issued_in_own(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """ "In its 2008 judgment, the court awarded ...": a document of "its" own that a clause opens
    with was issued by the clause's one doer, named next. (Told after the doer, "its" may be
    another's: "summoned a diplomat to protest Tokyo's claim in its white paper".)"""
    for tok in p.tokens:
        m = p.mention(tok)
        if m is None or m.tag != "D" or m.entity is None or m.issuer is not None:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        if not any(ch.dep_ == "poss" and ch.lower_ == "its" for ch in tok.children):
            continue
        subjects = g.subjects(clause_of(tok))
        if not subjects or any(x.i < tok.i for x in subjects):
            continue
        doers = [e for f in g.fillers(p, subjects, {"S", "O"}) for e in f.entities]
        if len(doers) != 1:
            continue
        date = m.entity.date
        issuer = then_state(c, doers[0], date) if doers[0].kind == "State" else doers[0]
        c.add(
            "issued", {"issuer": issuer, "document": m.entity, "date": date}, s, "issuer-own", 0.75
        )
