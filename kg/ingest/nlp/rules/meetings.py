"""Meetings: who met (people), where and when, however many sentences tell of one; a meeting that
was cancelled, postponed or only planned is none ("a planned summit was cancelled": grammar/held.py).

The triggers are the ``meeting`` class of ``data/lexicon/relations.yaml`` (``reader: meeting``);
rules/relations.py finds them in the parse and hands them here, where their roles are read by
grammatical role and completed from the sentence and the discourse where news writing leaves them
implicit ("after talks with X": the speaker met X; "the two leaders met": the people last named).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.held import unheld
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules.common import Collector, members
from kg.ingest.nlp.rules.events import ADVERBIAL, clause_doers
from kg.ingest.nlp.rules.grammar_slots import slot_tokens
from kg.ingest.nlp.rules.groups import told_group
from kg.ingest.nlp.rules.meeting_chairs import chairs
from kg.ingest.nlp.rules.meeting_places import JOURNEYS
from kg.ingest.nlp.rules.meeting_venues import VENUE
from kg.ingest.nlp.rules.meeting_when_where import told_remote, when_where
from kg.ingest.nlp.rules.met_together import of_a_body, subject_people
from kg.ingest.nlp.rules.pronouns import group
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.rules.state_bodies import MARK, met_as_body
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token


#: The kinds of entity that meet (states hold talks too, but a meeting of FORMAT.md is of people).
_PEOPLE = frozenset({"Person"})


def remember_people(c: Collector, s: Sentence) -> None:
    """The people a sentence names together: whom "the two leaders" means before any meeting."""
    named = {
        e.key: e for m in s.masked.mentions if m.tag == "P" for e in m.entities if e.kind in _PEOPLE
    }
    if len(named) >= 2:
        c.named_together = c.named_in[s.index] = tuple(named.values())


def meeting(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "Kono met Lavrov in Moscow on Friday", "held talks with", "the meeting between A and B", "spoke
    by phone with", "summoned X", "the two leaders met": one meeting, however many sentences tell it;
    none where the noun's meeting was cancelled or only planned."""
    if trig.noun and unheld(tok, trig.light):
        return  # "a planned summit was cancelled", "called off their meeting": none held
    if any(of_a_body(x) for x in _slot_tokens(p, tok, trig, "participants")):
        return  # "the SCO defence ministers' meeting": its members, not the pair last named
    filled = fill(c, s, p, tok, rel, trig) or {}
    # "A raised it with B when the two leaders met": the two this sentence named, not a pair of
    # an earlier sentence that the group word would otherwise stand for
    people: list[Entity] = _named_before(s, p, tok, trig)
    here = {e for m in s.masked.mentions for e in m.entities} if people else None
    for e in (
        *filled.get("participants", ()),
        *clause_doers(p, tok, trig, {"P"}),
        *_traveller(p, tok, trig),
        *_first_person(s, p, tok, trig),
        *_leaders(p, tok, trig),
        *(chairs(p, tok) if trig.noun else ()),  # "a meeting ..., co-chaired by A and B"
    ):
        if here is not None and e not in here:
            continue  # (the earlier pair the group word stood for)
        if e.kind in _PEOPLE and e not in people:  # "we have met": the people, not their states
            people.append(e)
    if len(people) == 1 and not trig.noun:  # "A and her counterpart B met", misparsed
        people += [e for e in subject_people(p, tok) if e not in people]
    if not trig.noun:  # "received Tshisekedi's letter", "hosted his envoy": no meeting of theirs
        people = [e for e in people if e not in _owners_of_things(p, tok)]
    clause = (g.governor(tok) if trig.noun else None) or tok  # "who held talks": the light verb
    if len(people) == 1 and clause.dep_ == "relcl":  # "A and his counterpart B, who met in Niamey"
        people += [e for e in _antecedents(p, clause, tok) if e not in people]
    if len(people) < 2:  # "raised the shoal with Xi when they met": the two the sentence named
        people += [e for e in _named_before(s, p, tok, trig) if e not in people]
    states, said = met_as_body(c, p, tok, _slot_tokens(p, tok, trig, "participants"))
    if states and not people:  # "the two countries' joint commission met in X": the states
        date, place = when_where(c, s, p, tok, trig, said)
        add_meeting(c, s, states, date, place, f"{trig.rule}:{tok.lemma_.lower()}{MARK}", 0.7)
        return
    if not people:  # "the two leaders met", before any meeting: the people last named together
        people += [
            e
            for x in _slot_tokens(p, tok, trig, "participants")
            for e in group(c, x)
            if e not in people
        ]
    if len(people) == 1 and trig.noun and tok.head.lower_ in ADVERBIAL:
        # "(Kono said) following talks with Lavrov", the tag misparsed: the one
        others = {  # other person the sentence names, if it names only one
            e for m in s.masked.mentions if m.tag == "P" for e in m.entities if e.kind in _PEOPLE
        } - set(people)
        if len(others) == 1:
            people += others
    if len(people) < 2:
        if not people and _group_words(p, tok, trig):  # "the two leaders said after talks
            date, place = when_where(c, s, p, tok, trig)  # in X", named in the next sentence
            c.meetings_ahead.append(
                (s, c.disc.pair_in_play(), date, place, f"{trig.rule}:{tok.lemma_.lower()}")
            )  # (the later meeting's confidence: rules/named_after.py)
        return
    date, place = when_where(c, s, p, tok, trig)
    add_meeting(
        c, s, tuple(people), date, place, f"{trig.rule}:{tok.lemma_.lower()}", trig.confidence
    )


def add_meeting(
    c: Collector,
    s: Sentence,
    people: tuple[Entity, ...],
    date: str | None,
    place: Entity | None,
    rule: str,
    confidence: float,
) -> None:
    """One meeting, however many sentences tell of it."""
    for f in c.of("meeting"):
        if (
            set(members(f.args.get("participants"))) == set(people)
            and (date is None or f.args.get("date") in (None, date))
            and (place is None or f.args.get("place") in (None, place) or _venue(place, f))
            # ("met again in Munich": another meeting; "held talks at the guest house": the same)
            and not (place is not None and told_remote(f))  # a call, then "later met in X"
            and not (place is not None and f.args.get("place") is None and _same(f, s))
        ):  # (the sentence's richer telling replaces its poorer one: Collector.add)
            return
    c.add("meeting", {"participants": people, "place": place, "date": date}, s, rule, confidence)


def _venue(place: Entity, f: Fact) -> bool:
    """Whether a meeting's place or the place ``f`` has is a building ("the presidential palace"):
    a building and a city are one meeting's two tellings, not two meetings."""
    had = f.args.get("place")
    return place.kind == VENUE or (isinstance(had, Entity) and had.kind == VENUE)


def _group_words(p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """Whether a group word of people holds the participants' place: "the two leaders met",
    "the leaders of the two countries said after talks"."""
    words = _slot_tokens(p, tok, trig, "participants")
    if trig.noun and tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in ADVERBIAL:
        words += g.subjects(clause_of(tok.head))
    return any(told_group(x) for x in words)


#: Participles whose agents head the group a meeting's participant names ("delegations led by A
#: and B met"): the people who met.
_LEADING = frozenset({"lead", "head", "chair"})


def _leaders(p: g.Parsed, tok: Token, trig: Trigger) -> list[Entity]:
    """ "Delegations led by A and B met in X", "the two teams, headed by A and B, held talks": the
    people at the head of the groups that met."""
    heads = list(_slot_tokens(p, tok, trig, "participants"))
    if trig.noun:
        heads += [x for ch in tok.children if ch.dep_ == "acl" for x in g.subjects(ch)]
        gov = g.governor(tok)
        heads += g.subjects(gov) if gov is not None else []
    agents = [
        o
        for x in heads
        for ch in x.children
        if ch.dep_ == "acl" and ch.lemma_.lower() in _LEADING
        for a in ch.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    return [e for m in g.fillers(p, agents, {"P"}) for e in m.entities]


_FIRST_PERSON = frozenset({"i", "me", "we", "us"})


def _same(f: Fact, s: Sentence) -> bool:
    return f.evidence.start == s.span.start


def _owners_of_things(p: g.Parsed, verb: Token) -> list[Entity]:
    """The people named only as the possessor of what a meeting verb takes ("received
    Tshisekedi's letter", "Tshisekedi's envoy was hosted by"): the thing or the envoy was met."""
    taken = [o for o in verb.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
    taken += g.preps(verb, "with")  # "discussed the border with Tshisekedi's envoy"
    return [
        e
        for o in taken
        if o.pos_ == "NOUN" and p.mention(o) is None
        for c in o.children
        if c.dep_ == "poss" and c.tag_ != "PRP$" and (m := p.mention(c)) is not None
        for e in m.entities
    ]


def _antecedents(p: g.Parsed, clause: Token, tok: Token) -> list[Entity]:
    """The people coordinated with the noun a meeting's relative clause describes ("President A
    and his Nigerien counterpart B, who met in Niamey", "who held talks", "B, Oman's minister, who
    was received by C": the parser hangs the clause on B or B's title alone), where its relative
    pronoun is the clause's subject and it has no object but the meeting's noun."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in clause.children):
        return []
    if any(c.dep_ in ("dobj", "obj") and c != tok for c in clause.children):
        return []
    head = clause.head
    while head.dep_ in ("appos", "conj") and head.head.i < head.i:
        head = head.head
    return [m.entity for m in g.fillers(p, [head], {"P"}) if m.entity is not None]


def _named_before(s: Sentence, p: g.Parsed, tok: Token, trig: Trigger) -> list[Entity]:
    """ "Marcos said he raised the shoal with Xi Jinping when they met in Lima", "told X when the
    two met": a group of a clause that the sentence's two people, named before it, stand for."""
    pronouns = [x for x in _slot_tokens(p, tok, trig, "participants") if _group_here(x)]
    if not pronouns or tok.dep_ not in ("advcl", "relcl", "ccomp", "conj"):
        return []
    before = p.offset + pronouns[0].idx
    named = {
        e.key: e
        for m in s.masked.mentions
        if m.tag == "P" and m.end <= before
        for e in m.entities
        if e.kind in _PEOPLE
    }
    return list(named.values()) if len(named) == 2 else []


def _group_here(x: Token) -> bool:
    """ "they", "we", "both", "the two", "the two leaders": a group standing for people."""
    word = x.lower_
    return (
        word in ("they", "we", "both")
        or (word == "two" and any(d.dep_ == "det" for d in x.children))
        or told_group(x)
    )


def _traveller(p: g.Parsed, tok: Token, trig: Trigger) -> list[Entity]:
    """ "Arevalo travelled to Belmopan for talks with Briceno": who made the journey the meeting was
    held on (not one only planned: "will fly to Belmopan for talks")."""
    head = tok.head
    if not trig.noun or tok.dep_ != "pobj" or head.lower_ != "for":
        return []
    verb = head.head
    if verb.lemma_.lower() not in JOURNEYS or g.modal(verb) or g.negated(verb):
        return []
    return [e for m in g.fillers(p, g.subjects(verb), {"P"}) for e in m.entities]


def _first_person(s: Sentence, p: g.Parsed, tok: Token, trig: Trigger) -> list[Entity]:
    """ "the first meeting between Minister Lavrov and me", in a quotation: the speaker."""
    if s.quote is None or s.reporter is None or s.reporter.kind not in _PEOPLE:
        return []
    slots = _slot_tokens(p, tok, trig, "participants")
    mine = any(t.lower_ in _FIRST_PERSON for x in slots for t in x.subtree)
    return [s.reporter] if mine else []


def _slot_tokens(p: g.Parsed, tok: Token, trig: Trigger, role: str) -> list[Token]:
    """The heads of the phrases in the slots that ``role`` takes."""
    return [
        x
        for slot, r in trig.slots
        if r == role and "." not in slot
        for x in slot_tokens(p, tok, trig, slot)
    ]
