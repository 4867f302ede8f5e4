"""Whether a trigger tells a plan rather than a deed, from its own mood or its light verb's (split
from rules/relations.py, which applies the triggers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules import stances

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger


def planned(tok: Token, trig: Trigger) -> bool:
    """A plan, not a deed. A noun its light verb carries takes that verb's mood: "declared the
    region part of Russia" is a deed, though "declare" governs a plan elsewhere ("declared the
    handover of"), and "would declare it part of" is a plan."""
    gov = g.governor(tok) if trig.noun else None
    if (
        gov is not None
        and gov.lemma_.lower() in trig.light
        and gov.lemma_.lower() in mood_words().irrealis
    ):
        return g.modal(gov)
    if gov is not None and gov.lemma_.lower() in trig.light and g.modal(gov):
        return True  # "Ukraine's efforts to regain control of": the light verb's infinitive
    if trig.noun and tok.dep_ == "attr" and tok.head.lemma_ in stances.COPULAS:
        return g.modal(tok.head)  # "says Kalapani could be part of its territory": the copula's
    return g.modal(tok)
