"""Who made a protest, or sent a note, told in the passive with no doer, by the one who announces
it: "A demarche was delivered to the Turkish ambassador on Tuesday, the Greek Foreign Ministry
said", "the protest had been handed to the Spanish ambassador, his ministry said", "The ministry
said a note handed to the Argentine embassy on Tuesday objected to ...".

A government reports its own protests and notes so: the note was handed over by no one named, and
the ministry (or minister) that tells of it speaks for the state that made it. It reports its own
rejections so too ("Japan's demarche was rejected as interference, the ministry said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.rules.office_sides import stateless_body
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
    return _teller_state(c, p, said)


def sender_state(c: Collector, p: g.Parsed, verb: Token) -> Entity | None:
    """The state of whoever's speech tag tells of a document delivered to another in the passive
    with no doer: "A diplomatic note was handed to the Croatian ambassador on Tuesday, the
    Slovenian foreign ministry said", or the participle on the noun of what is said ("Hill said the
    protest note, delivered to Guatemala's ambassador, objected to ..."); None if not so told (not
    "a decree was published", delivered to no one)."""
    if not g.is_passive(verb) or not g.preps(verb, "to") or _by_someone(verb):
        return None
    clause = verb
    if verb.dep_ == "acl":  # the participle on the noun: the clause that noun is the subject of
        noun = verb.head
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in speech_verbs():
            return _teller_state(c, p, noun.head)  # "said the note, ..., objected": misparsed
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = noun.head
    tags = [ch for ch in clause.children if ch.dep_ == "parataxis"]  # "..., the ministry said"
    up = [clause.head] if clause.dep_ in ("ccomp", "parataxis") else []
    said = next((v for v in (*up, *tags) if v.lemma_.lower() in speech_verbs()), None)
    return None if said is None else _teller_state(c, p, said)


def _by_someone(verb: Token) -> bool:
    """Whether a doer is named: the verb's agent, or a "by" phrase the parser hung inside its
    other phrases ("handed to the ambassador by the embassy")."""
    return any(
        ch.dep_ == "agent" or ch.dep_ == "prep" and any(t.lower_ == "by" for t in ch.subtree)
        for ch in verb.children
    )


def _teller_state(c: Collector, p: g.Parsed, said: Token) -> Entity | None:
    """The state the subject of a speech verb speaks for (a ministry's owner, a minister's)."""
    for subj in g.subjects(said):
        m = p.mention(subj)
        e = m.entity if m is not None else None
        if e is None:
            continue
        state = bodies.owner(c.gz, e) if e.kind == "Organization" else person_state(c, e)
        if state is not None and state.kind == "Organization":  # a ministry's spokeswoman
            state = bodies.owner(c.gz, state)
        if state is not None and state.kind == "State":
            return state
    return None


def rejecter_state(c: Collector, p: g.Parsed, verb: Token) -> Entity | None:
    """The state of whoever's speech tag tells of a rejection in the passive with no doer:
    "Japan's demarche was rejected as interference in Russia's affairs, the ministry said", "the
    ministry said the claim had been rejected". A government reports its own rejections so, as it
    does its protests; None if the rejection is not so told."""
    if not g.is_passive(verb) or _by_someone(verb):
        return None
    tags = [ch for ch in verb.children if ch.dep_ == "parataxis"]
    up = [verb.head] if verb.dep_ in ("ccomp", "parataxis") and verb.head != verb else []
    said = next((v for v in (*up, *tags) if v.lemma_.lower() in speech_verbs()), None)
    return None if said is None else _teller_state(c, p, said)


def official_teller_state(c: Collector, p: g.Parsed, tok: Token, trig: Trigger) -> Entity | None:
    """The state of whoever's speech tag tells of a stance its doer, an official whose state no
    title gives as the sentence is read, took: "Vice Foreign Minister X summoned the ambassador and
    lodged a protest, the Foreign Ministry said", "X had lodged a protest, a Japanese foreign
    ministry official said". A government tells its own officials' acts so; None where the doer is
    no such official or no teller tells it."""
    verb = g.governor(tok) if trig.noun else tok
    if verb is None:
        return None
    doers = g.subjects(verb)
    while verb.dep_ == "conj" and verb.head != verb:  # "summoned X and lodged a protest"
        verb = verb.head
        doers = doers or g.subjects(verb)
    people = [m for d in doers if (m := p.mention(d)) is not None and m.tag == "P"]
    if not people or any(m.entity is None or person_state(c, m.entity) for m in people):
        return None
    if len(doers) != len(people) or g.is_passive(verb):
        return None
    tags = [ch for ch in verb.children if ch.dep_ == "parataxis"]
    up = [verb.head] if verb.dep_ in ("ccomp", "parataxis") and verb.head != verb else []
    said = next((v for v in (*up, *tags) if v.lemma_.lower() in speech_verbs()), None)
    if said is None:
        return None
    return _teller_state(c, p, said) or next(  # "the Foreign Ministry said": whose, the article
        (  # settles at its end, by the official's office (rules/stateless_doers.py)
            m.entity
            for subj in g.subjects(said)
            if (m := p.mention(subj)) is not None
            and m.entity is not None
            and stateless_body(c, m.entity)
        ),
        None,
    )
