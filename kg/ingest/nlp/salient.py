"""The person a sentence is about, for a later "he" or "she": the subject of its main verb where
a person is ("In a message to Murillo, Gonzalez said ..."; "X was invited ..., Mayta said"), not
merely the first person it names, who may stand in a phrase set before the subject or in the
clause a speech tag reports. A reader takes the main clause's subject as the one talked of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.parsed import tokens_within

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.ingest.nlp.mentions import Mention
    from kg.model import Entity


def main_subject(
    doc: Doc | None, offset: int, found: list[Mention], tag: str = "P"
) -> Entity | None:
    """The person (or, with ``tag`` "S", the state) named as the subject of the sentence's root
    verb, if one is."""
    if doc is None:
        return None
    for m in found:
        if m.tag != tag or m.entity is None or m.how == "first-person":
            continue
        toks = tokens_within(doc, offset, m.start, m.end)
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in toks):
            return m.entity
    return None
