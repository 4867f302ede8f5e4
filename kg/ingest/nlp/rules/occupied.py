"""Land called occupied: "Aksai Chin, which India calls Chinese-occupied", "India calls Aksai Chin
Chinese-occupied territory", "Georgia considers Abkhazia occupied territory".

Whoever calls land occupied says it is held by another and is rightly theirs: the subject of the
verb of calling (a trigger's ``declared_by``) claims the land the predicate describes. The occupier,
where a demonym names it ("Chinese-occupied"), is the one the land is claimed from, never the
claimant; what it holds is read by the ``controls`` triggers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.triggers import Relation, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where the predicate stands to the verb of calling ("calls it occupied", "considers it occupied").
_PREDICATES = ("oprd", "ccomp", "xcomp", "acomp", "dobj", "attr")


def called_occupied(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "which India calls Chinese-occupied": India claims the land the relative stands for."""
    found = _calling(tok, trig.declared_by)
    if found is None:
        return
    verb, lands = found
    if g.negated(verb):
        return  # "does not consider it occupied"
    occupiers = {e for m in g.fillers(p, _occupier(tok), {"S"}) for e in m.entities}
    claimants = [
        state
        for m in g.fillers(p, g.subjects(verb), {"S", "P"})
        for e in m.entities
        if (state := person_state(c, e)) is not None and state not in occupiers
    ]
    territories = [e for m in g.fillers(p, lands, {"T"}) for e in m.entities]
    for claimant in dict.fromkeys(claimants):
        for land in dict.fromkeys(territories):
            c.add(
                rel.name,
                {"claimant": claimant, "territory": land},
                s,
                f"{trig.rule}:called-occupied",
                trig.confidence,
            )


def _calling(tok: Token, verbs: frozenset[str]) -> tuple[Token, list[Token]] | None:
    """The verb of calling and the land called occupied, for the participle ``tok``."""
    amod = tok.dep_ == "amod" and tok.head.pos_ == "NOUN"
    pred = tok.head if amod else tok  # "occupied territory": the noun is the predicate
    verb = pred.head
    if pred.dep_ == "pobj" and verb.lower_ == "as":  # "regards Abkhazia as occupied territory"
        verb = verb.head
    elif pred.dep_ not in _PREDICATES:
        return None
    if verb.lemma_.lower() not in verbs or verb == pred:
        return None
    lands = [ch for ch in pred.children if ch.dep_ in ("nsubj", "nsubjpass")]  # a small clause
    lands += [relative_noun(o) for o in g.objects(verb) if o != pred]  # "which India calls ..."
    if pred != tok:  # "calls [Aksai Chin Chinese-occupied territory]": the name folded into it
        lands += [ch for ch in pred.children if ch.dep_ in ("compound", "nmod") and ch.i < tok.i]
    return (verb, lands) if lands else None


def _occupier(tok: Token) -> list[Token]:
    """The demonym or name before "-occupied" ("Chinese-occupied", "Israeli-occupied")."""
    return [ch for ch in tok.children if ch.dep_ in ("npadvmod", "compound", "amod", "nmod")]
