"""The one document a state says settles its dispute, it holds valid: "Venezuela says only the 1966
Geneva Agreement can settle the controversy", "Castaneda told reporters that only the Geneva
Agreement provided a valid framework for a settlement". News tells a side's adherence by naming
the document it would settle by, marked "only" (or "alone"), as the subject of a verb of settling
or of giving a basis, in a clause a verb of declaring reports; the declarer adheres to it (as
rules/upheld.py reads "the only valid basis for a settlement" in the predicate). A document not
so marked ("the treaty settled the border"), a clause no one declares, a denied one ("says only
the accord cannot ...", "does not say ...") bind nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.upheld import adhere
from kg.ingest.nlp.triggers import Relation, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that make a subject the one thing that does what its verb says ("only the accord",
#: "the accord alone").
_SOLE = frozenset({"only", "alone", "solely"})


def sole_document(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    subjects = [
        x
        for x in tok.children
        if x.dep_ == "nsubj" and any(m.lower_ in _SOLE for m in x.children if m.dep_ != "det")
    ]
    if not subjects or g.negated(tok):
        return
    if trig.object_lemmas and not any(
        o.lemma_.lower() in trig.object_lemmas for o in g.objects(tok)
    ):
        return  # "only the treaty provided a framework", not "provided the maps"
    verb = tok.head
    if tok.dep_ != "ccomp" or verb.lemma_.lower() not in trig.declared_by:
        return
    if g.negated(verb) or g.modal(verb):
        return
    docs = [m.entity for m in g.fillers(p, subjects, {"D"}) if m.entity is not None]
    if not docs:
        return
    adhere(c, s, p, verb, tok, docs[0], rel, trig, f"sole-{tok.lemma_.lower()}")
