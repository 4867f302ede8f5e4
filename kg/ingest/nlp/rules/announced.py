"""Who made a protest told in the passive with no doer, by the one who announces it: "A demarche
was delivered to the Turkish ambassador on Tuesday, the Greek Foreign Ministry said", "the
protest had been handed to the Spanish ambassador, his ministry said".

A government reports its own protests so: the note was handed over by no one named, and the
ministry (or minister) that tells of it speaks for the state that made it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.triggers import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger
    from kg.model import Entity


def announcer_state(c: Collector, p: g.Parsed, tok: Token, trig: Trigger) -> Entity | None:
    """The state of whoever's speech tag reports the protest noun ``tok`` made in the passive with
    no doer ("was delivered ..., the ministry said"); None if it is not so told."""
    verb = tok.head
    if (
        tok.dep_ != "nsubjpass"
        or verb.lemma_.lower() not in trig.light
        or any(ch.dep_ == "agent" for ch in verb.children)
    ):
        return None
    tags = [ch for ch in verb.children if ch.dep_ == "parataxis"]  # "..., the ministry said"
    said = next(
        (v for v in (verb.head, *tags) if v != verb and v.lemma_.lower() in speech_verbs()), None
    )
    if said is None or said is verb.head and verb.dep_ not in ("ccomp", "parataxis"):
        return None
    for subj in g.subjects(said):
        m = p.mention(subj)
        e = m.entity if m is not None else None
        if e is None:
            continue
        state = bodies.owner(c.gz, e) if e.kind == "Organization" else person_state(c, e)
        if state is not None and state.kind == "State":
            return state
    return None
