"""A document a state holds valid binds it: "Caracas insists the Geneva Agreement is still valid",
"The treaty remains binding on both countries, Pretoria said", "Venezuela says the accord remains
in force". The counterpart of the invalidity predicates (rules/stances.py ``void``): the same verbs
of declaring and the same reported copula; the holder adheres to the document the predicate
describes. A view denied ("no longer considers it valid", "does not believe it is in force") or
only possible ("could consider it binding") binds nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.document_refs import only_document_it
from kg.ingest.nlp.rules.stances import declaration, declarers
from kg.ingest.nlp.triggers import Relation, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity


def held_valid(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    pred = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok  # "in force"
    found = declaration(pred, trig.declared_by)
    if found is None:
        return
    verb, thing = found
    if any(g.negated(v) or g.modal(v) for v in (verb, pred.head, pred)):
        return
    docs = [m.entity for m in g.fillers(p, [thing], {"D"}) if m.entity is not None]
    docs = docs or only_document_it(c, s, p, thing)  # "Both governments say it remains in force"
    if not docs:
        return
    adhere(c, s, p, verb, pred, docs[0], rel, trig, f"held-{tok.lemma_.lower()}")


def adhere(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    verb: Token,
    said: Token,
    doc: Entity,
    rel: Relation,
    trig: Trigger,
    how: str,
) -> None:
    """Each state that declares ``said`` (with ``verb``) adheres to ``doc``: the one step of every
    reading of a document declared binding (here, and rules/sole_documents.py)."""
    for state in dict.fromkeys(declarers(c, p, verb, said)):
        if state.kind == "State":
            c.add(
                rel.name,
                {"party": state, "document": doc},
                s,
                f"{trig.rule}:{how}",
                trig.confidence,
            )
