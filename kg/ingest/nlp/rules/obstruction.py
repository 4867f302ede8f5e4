"""Obstruction: a territorial dispute that keeps a document (a peace treaty) from being made.

News tells it three ways, each read from the parse (the ``obstructs`` trigger classes of
data/lexicon/relations.yaml, ``reader: obstruction``):

- the dispute does it: "the row has prevented them from concluding a treaty", "a treaty held up by
  a quarrel over X", "what has kept them from a deal is a disagreement over X";
- the document is not made and the dispute is given as the reason: "because of the row, they have
  yet to conclude a treaty", "a treaty has never been signed because of the quarrel";
- the dispute is called the reason: "the quarrel is the reason (why) they never concluded a treaty".

The dispute must be one (the trigger's ``subject_nouns``); its territory is the one its phrase
names ("a quarrel over the Kurils"), else the one the article is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.slots import TERRITORY_KINDS, fill
from kg.ingest.nlp.triggers import Relation, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns that name a clause as the reason of what it says: "the reason (why) they never ...".
_REASON = frozenset({"reason", "cause"})
#: Words that ask for the thing a pseudo-cleft names after "is": "What has kept them ... is X".
_CLEFT = frozenset({"what"})
#: Clauses that give a verb's host the clause above it (control, coordination, "has yet to").
_UP = frozenset({"xcomp", "conj", "advcl"})


def obstruction(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``obstructs`` fact for each document the trigger's clause keeps from being made."""
    if g.modal(tok) and not g.negated(tok):
        return  # "could delay a treaty": a fear, not a fact
    # a trigger that counts only negated ("never concluded") is the document not made: its reason
    causes = _reasons(tok) if trig.negated == "opposite" else _doers(tok)
    causes = [x for x in causes if x.lemma_.lower() in trig.subject_nouns]
    if not causes:
        return
    filled = fill(c, s, p, tok, rel, trig, frozenset({"document"}))
    if filled is None:
        return
    terrs = _territories(c, s, p, causes)
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    for doc in filled["document"]:
        for terr in terrs:
            c.add("obstructs", {"territory": terr, "document": doc}, s, rule, trig.confidence)


def _doers(verb: Token) -> list[Token]:
    """Who obstructs: the subject (a passive's by-agent), or the noun a pseudo-cleft names."""
    subj = g.subjects(verb)
    if (
        verb.dep_ == "csubj" and any(x.lower_ in _CLEFT for x in subj) and verb.head.lemma_ == "be"
    ):  # "What has kept them from a deal is a disagreement over X"
        return [x for x in verb.head.children if x.dep_ in ("attr", "acomp")]
    return subj


def _reasons(verb: Token) -> list[Token]:
    """What a clause that does not make a document gives as the reason: "because of X" on it or on
    the clauses above it ("have yet to conclude"), or the noun it says is the reason ("X is the
    reason they never concluded", "the reason ... is X", "X is why they never concluded")."""
    out: list[Token] = []
    host = verb
    for _ in range(4):
        out += [
            x
            for h in (host, *g.subjects(host))  # "A and B, because of X, never ...", misparsed
            for x in g.reasons(h)
            if x.pos_ in ("NOUN", "PROPN")
        ]
        head = host.head
        if host.dep_ == "relcl" and head.lemma_.lower() in _REASON:  # "the reason they never ..."
            out += _said_of(head)
        if host.dep_ in ("ccomp", "advcl") and any(
            ch.lower_ == "why" for ch in host.children
        ):  # "The quarrel is why they never ..."
            out += [x for x in g.subjects(head) if head.lemma_ == "be"]
        if host.dep_ not in _UP or head == host:
            break
        host = head
    return out


def _said_of(reason: Token) -> list[Token]:
    """ "X is the reason ...": X; "The reason ... is X": X."""
    be = reason.head
    if be.lemma_ != "be":
        return []
    if reason.dep_ == "attr":
        return g.subjects(be)
    if reason.dep_ == "nsubj":
        return [x for x in be.children if x.dep_ == "attr"]
    return []


def _territories(c: Collector, s: Sentence, p: g.Parsed, causes: list[Token]) -> list:
    """The territories the dispute's phrase names, else the one the article is about."""
    found = [
        e
        for m in g.fillers(p, causes, {"T"}, deep=True)
        for e in m.entities
        if e.kind in TERRITORY_KINDS
    ]
    if found:
        return list(dict.fromkeys(found))
    here = [
        m.entity
        for m in s.masked.mentions
        if m.tag == "T" and m.entity is not None and m.entity.kind in TERRITORY_KINDS
    ]
    terr = here[0] if here else c.disc._territory(plural=False)
    return [terr] if terr is not None else []
