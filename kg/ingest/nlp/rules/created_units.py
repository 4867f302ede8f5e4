"""Incorporation told as a new unit of a state made out of land: "a law creating a new Venezuelan
state called Guayana Esequiba out of the territory", "a decree creating a Moroccan province of
Sahara Atlantique covering the area" (the ``incorporates`` trigger with ``reader: created_unit``
in data/lexicon/relations.yaml).

A document that creates a province (state, region ...) of a state out of a land makes that land
part of the state, as "declared the region a province of X" does. The state is the unit's own
(its demonym, "of X"); the land is the one the unit is made "out of" or "covers", else the name
it is given ("called X", "of X") when that name is a land's. Only where a document creates it:
"Russia created a new district" alone is the state's administration, no act of incorporation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import land_aliases
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.checks import told_date
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles of a land the new unit takes in ("covering the area", "comprising the region").
_COVERING = frozenset({"cover", "comprise", "encompass", "include", "span"})


def created_unit(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``incorporates`` for the land a document makes a new unit of a state out of."""
    verb = g.governor(tok)
    if verb is None or verb.lemma_.lower() not in trig.light or tok.dep_ not in ("dobj", "obj"):
        return
    if g.negated(verb) or _not_made(verb):
        return
    doc = _document(p, verb)
    if doc is None:
        return
    into = _state(p, tok)
    lands = _lands(p, tok, verb)
    if into is None or not lands:
        return
    date = told_date(c, "incorporates", {"document": doc}) or event_date(c, s, p, verb) or doc.date
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    for terr in lands:
        if terr == into or terr.kind == "State":
            continue
        args: dict[str, Arg | None] = {"document": doc, "territory": terr, "into": into}
        if date:
            args["date"] = date
        c.add("incorporates", args, s, rule, trig.confidence)


def _document(p: g.Parsed, verb: Token) -> Entity | None:
    """The document that creates the unit: the noun the participle hangs on ("a law creating"),
    or the verb's subject ("the decree creates")."""
    heads = [verb.head] if verb.dep_ in ("acl", "relcl") else []
    heads += g.subjects(verb)
    for h in heads:
        m = p.mention(h)
        if m is not None and m.tag == "D" and m.entity is not None:
            return m.entity
    return None


def _not_made(verb: Token) -> bool:
    """Whether the document a participle describes was not (or not yet) made: "did not pass a
    law creating ...", "would pass a law creating ..."."""
    if verb.dep_ != "acl":
        return False
    gov = g.governor(verb.head)
    return gov is not None and (g.negated(gov) or g.modal(gov))


def _state(p: g.Parsed, unit: Token) -> Entity | None:
    """The state whose unit it is: its demonym ("a new Venezuelan state") or "of X"."""
    toks = [ch for ch in unit.children if ch.dep_ in ("amod", "compound", "poss")]
    toks += g.preps(unit, "of")
    for m in g.fillers(p, toks, {"S"}):
        if m.entity is not None and m.entity.kind == "State":
            return m.entity
    return None


def _lands(p: g.Parsed, unit: Token, verb: Token) -> list[Entity]:
    """The land the unit is made of: "out of X" (on the unit or on the verb that creates it),
    "covering X"; else its name, where a land's."""
    out = [t for t in verb.children if t.lower_ == "out" and t.i > unit.i for t in t.subtree]
    out = [t for t in out if t.dep_ == "pobj" and t.head.lower_ == "of"]
    named = land_aliases.called(unit)  # "a new state called Guayana Esequiba"
    given: list[Token] = [named] if named is not None else []
    for t in unit.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "out":
            out.append(t)
        elif t.tag_ == "VBG" and t.lemma_.lower() in _COVERING and t.head.i >= unit.i:
            out += g.objects(t)
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == unit:
            given.append(t)
    for toks in (out, given):
        found = [m.entity for m in g.fillers(p, toks, {"T"}) if m.entity is not None]
        if found:
            return found
    return []
