"""A second office that a verb gives a person the article titles already.

A wire story titles a person once ("Zimbabwean President Emmerson Mnangagwa", "Louisiana Governor
Jeff Landry") and gives another office by a verb of the ``office`` class of
data/lexicon/relations.yaml: "the regional bloc's security organ, chaired by Zimbabwean President
Emmerson Mnangagwa", "Landry was named special envoy to Greenland by President Donald Trump". The
title is the person's office (kg.ingest.nlp.rules.people); the verb's is a second holding, of the
body the verb hangs the name on, or of the state of the one who named the person (an envoy has
no "of" phrase: "special envoy to Greenland" is the United States' envoy). A plural title in
apposition after coordinated names the article titles already ("National Security Adviser Ajit
Doval and Foreign Minister Wang Yi, the special representatives on the boundary question") is each
one's second office, of the state the title names in the name's place, else of the state each one's
first office serves.
"""

from __future__ import annotations

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.grammar.mood import possible
from kg.ingest.nlp.office_phrase import STAND_INS, VAGUE_OFFICES
from kg.ingest.nlp.office_verbs import led_by, predicate, predicate_of
from kg.ingest.nlp.rules.common import Collector, government_of, person_state
from kg.ingest.nlp.rules.people import role_args
from kg.ingest.nlp.titles_after import shared_apposition
from kg.model import Entity


def read(c: Collector, sentences: list[Sentence]) -> None:
    """One more holdsRole for each titled person a verb of office gives another office."""
    for s in sentences:
        if s.doc is None:
            continue
        p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
        for m in s.masked.mentions:
            info = c.disc.people.by_key.get(m.entity.key) if m.entity is not None else None
            if m.tag != "P" or info is None or info.office is None:
                continue
            name = p.within(m.start, m.end)
            head = g.head_token(name)
            if head is None:
                continue
            for title, verb in (*_appointed(p, c, head), (led_by(p, c.gz, head), head.head.head)):
                if title is None or title.office in (None, info.office, *VAGUE_OFFICES):
                    continue
                if g.modal(verb) or possible(verb):
                    continue  # "could be named envoy", "is expected to be named": not yet
                of = title.of or _appointer_state(c, p, verb)
                if of is None or of == info.of:
                    continue
                role = role_args(title)
                args = {"person": m.entity, **role, "of": government_of(of)}
                c.add("holdsRole", args, s, "title-verb", 0.7)
            _shared(c, p, s, info.entity, head, info.office)


def _shared(c: Collector, p: Parsed, s: Sentence, person: Entity, head, office: str) -> None:
    """ "A and B, the special representatives on the boundary question": the plural title after
    the titled names, a second office of each, whose state the title or the first office gives."""
    title = shared_apposition(p, c.gz, head)
    if title is None or title.office in (None, office, *VAGUE_OFFICES, *STAND_INS):
        return  # "their deputies", "his counterparts": the other's office, told already
    of = title.of or _first_state(c, person)
    if of is None:
        return
    role = role_args(title)
    c.add("holdsRole", {"person": person, **role, "of": government_of(of)}, s, "title-shared", 0.7)


def _first_state(c: Collector, person: Entity) -> Entity | None:
    """The state of the person's office as read so far: the title's, else the one the holding
    the article already gave the person is of."""
    state = person_state(c, person)
    if state is not None:
        return state
    held = (
        f.args.get("of") for f in c.facts if f.rel == "holdsRole" and f.args.get("person") == person
    )
    return next((o for o in held if isinstance(o, Entity) and o.kind == "State"), None)


def _appointed(p: Parsed, c: Collector, head):
    """The office a verb gives the name as its subject ("X was named special envoy"), or as the
    subject of a relative clause on it ("X, who was named special envoy by ..."), with the verb."""
    yield predicate(p, c.gz, head), head.head
    for verb in (k for k in head.children if k.dep_ == "relcl"):
        who = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if who is not None and who.lower_ in ("who", "that"):
            yield predicate_of(p, c.gz, verb, who.dep_), verb


def _appointer_state(c: Collector, p: Parsed, verb) -> Entity | None:
    """ "X was named special envoy by President Donald Trump": the state the agent of the
    appointing verb serves, as the article's offices say."""
    if not any(k.dep_ == "nsubjpass" for k in verb.children) and verb.dep_ != "relcl":
        return None
    for by in verb.children:
        if by.dep_ != "agent":
            continue
        for o in by.children:
            m = p.mention(o)
            if m is None or m.entity is None or m.tag != "P" or g.negated(verb):
                continue
            return person_state(c, m.entity)
    return None
