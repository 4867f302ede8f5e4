"""Meetings, disputes named as such, and documents a possessive names the issuer of (court rulings
and what they oblige: rules/rulings.py; agreements, signings, issuing by a verb and negotiation
roles: rules/relations.py).

The triggers are classes of ``data/lexicon/relations.yaml`` (``reader: meeting``, ``dispute``);
rules/relations.py finds them in the parse and hands them here, where
their roles are read by grammatical role, as the common reader does, and completed from the sentence
and the discourse where news writing leaves them implicit ("after talks with X": the speaker met X).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules.common import (
    Collector,
    members,
    then_state,
)
from kg.ingest.nlp.rules.grammar_slots import slot_tokens
from kg.ingest.nlp.rules.issued_by import issued_by
from kg.ingest.nlp.rules.pronouns import group
from kg.ingest.nlp.rules.slots import TERRITORY_KINDS, fill
from kg.ingest.nlp.rules.venues import dateline_venue
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The kinds of entity that meet (states hold talks too, but a meeting of FORMAT.md is of people).
_PEOPLE = frozenset({"Person"})
#: Nouns of a journey whose "to" phrase is where its traveller was: "met X during a visit to Tokyo".
_VISITS = frozenset({"visit", "trip", "tour", "stay"})
#: Prepositions (and participles used as such) that set an event beside the clause's own:
#: "said after talks with X", "in a territorial dispute with Y": the clause's subject took part.
_ADVERBIAL = frozenset(
    {"after", "following", "before", "during", "at", "in", "amid", "ahead", "because"}
)


def remember_people(c: Collector, s: Sentence) -> None:
    """The people a sentence names together: whom "the two leaders" means before any meeting."""
    named = {
        e.key: e for m in s.masked.mentions if m.tag == "P" for e in m.entities if e.kind in _PEOPLE
    }
    if len(named) >= 2:
        c.named_together = tuple(named.values())


def issued(c: Collector, s: Sentence) -> None:
    for m in s.masked.mentions:
        if m.tag == "D" and m.issuer is not None and m.entity is not None:
            issuer = then_state(c, m.issuer, m.entity.date)
            c.add(
                "issued",
                {"issuer": issuer, "document": m.entity, "date": m.entity.date},
                s,
                "issuer-possessive",
                0.85,
            )
    if s.parsed is not None:
        _issued_in_own(c, s, s.parsed)
        issued_by(c, s, s.parsed)


def _issued_in_own(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """ "In its 2008 judgment, the court awarded ...": a document of "its" own that a clause opens
    with was issued by the clause's one doer, named next. (Told after the doer, "its" may be
    another's: "summoned a diplomat to protest Tokyo's claim in its white paper".)"""
    for tok in p.doc:
        m = p.mention(tok)
        if m is None or m.tag != "D" or m.entity is None or m.issuer is not None:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        if not any(ch.dep_ == "poss" and ch.lower_ == "its" for ch in tok.children):
            continue
        subjects = g.subjects(clause_of(tok))
        if not subjects or any(x.i < tok.i for x in subjects):
            continue
        doers = [e for f in g.fillers(p, subjects, {"S", "O"}) for e in f.entities]
        if len(doers) != 1:
            continue
        date = m.entity.date
        issuer = then_state(c, doers[0], date) if doers[0].kind == "State" else doers[0]
        c.add(
            "issued", {"issuer": issuer, "document": m.entity, "date": date}, s, "issuer-own", 0.75
        )


# -- meetings ---------------------------------------------------------------------------------------


def meeting(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "Kono met Lavrov in Moscow on Friday", "held talks with", "the meeting between A and B", "spoke
    by phone with", "summoned X", "the two leaders met": one meeting, however many sentences tell it."""
    filled = fill(c, s, p, tok, rel, trig) or {}
    people: list[Entity] = []
    for e in (
        *filled.get("participants", ()),
        *_clause_doers(p, tok, trig, {"P"}),
        *_first_person(s, p, tok, trig),
    ):
        if e.kind in _PEOPLE and e not in people:  # "we have met": the people, not their states
            people.append(e)
    if not people:  # "the two leaders met", before any meeting: the people last named together
        people += [
            e
            for x in _slot_tokens(p, tok, trig, "participants")
            for e in group(c, x)
            if e not in people
        ]
    if len(people) == 1 and trig.noun and tok.head.lower_ in _ADVERBIAL:
        # "(Kono said) following talks with Lavrov", the tag misparsed: the one
        others = {  # other person the sentence names, if it names only one
            e for m in s.masked.mentions if m.tag == "P" for e in m.entities if e.kind in _PEOPLE
        } - set(people)
        if len(others) == 1:
            people += others
    if len(people) < 2:
        return
    date = event_date(c, s, p, tok) or c.last_date
    place = _place(p, tok, trig) or _place_told_beside(p) or dateline_venue(c, s, date)
    for f in c.of("meeting"):  # one meeting, however many sentences tell of it
        if set(members(f.args.get("participants"))) == set(people) and (
            date is None or f.args.get("date") in (None, date)
        ):
            return
    c.add(
        "meeting",
        {"participants": tuple(people), "place": place, "date": date},
        s,
        f"{trig.rule}:{tok.lemma_.lower()}",
        trig.confidence,
    )


_FIRST_PERSON = frozenset({"i", "me", "we", "us"})


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


def _place(p: g.Parsed, tok: Token, trig: Trigger) -> Entity | None:
    """The city of the trigger's in/at phrase (its slots in relations.yaml), or of its light verb's."""
    gov = g.governor(tok) if trig.noun else None
    host = [tok, *([gov] if gov is not None else [])]
    where = [
        o
        for h in host
        for slot, role in trig.slots
        if role == "place" and slot.startswith("prep_")
        for o in g.preps(h, slot[5:])
    ]
    found = [m.entity for m in g.fillers(p, where, {"C"}) if m.entity is not None]
    if not found:  # "on the sidelines of the UN in New York", "at the guest house in Tokyo"
        where = [o for h in host for o in _located(h, 3)]
        found = [m.entity for m in g.fillers(p, where, {"C"}) if m.entity is not None]
    return found[0] if found else None


def _located(t: Token, depth: int) -> list[Token]:
    """The objects of "in"/"at" phrases down a chain of prepositional phrases from ``t``."""
    out: list[Token] = []
    for prep in (ch for ch in t.children if ch.dep_ in ("prep", "agent")):  # "by X in Lima"
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        # "the meeting between A and B in Singapore": the parser hangs the place on the last conjunct
        for o in [*objs, *(c for x in objs for c in x.conjuncts if c.i > x.i)]:
            if prep.lower_ in ("in", "at") or (prep.lower_ == "to" and _on_visit(t)):
                out.append(o)
            if depth > 1:  # "at the guest house in Tokyo": the venue's city
                out += _located(o, depth - 1)
    return out


def _on_visit(t: Token) -> bool:
    """ "met X during his visit to Tokyo", "on a trip to": a journey the meeting was held on
    (not one it followed: "met X after a visit to Beijing")."""
    return (
        t.lemma_.lower() in _VISITS
        and t.dep_ == "pobj"
        and t.head.lower_ in ("during", "on", "in", "at")
    )


def _clause_doers(p: g.Parsed, tok: Token, trig: Trigger, tags: set[str]) -> list[Entity]:
    """The doers of a noun trigger that its phrase leaves to the clause: the subject of the clause an
    adverbial holds it in ("said after talks with X", "possesses it in a dispute with Y"), and the
    doers of a light verb's participle ("a meeting attended by A and B")."""
    if not trig.noun:
        return []
    hosts: list[Token] = []
    head = tok.head
    if tok.dep_ in ("pobj", "dobj") and head.lower_ in _ADVERBIAL:
        verb = clause_of(head)  # past "following", itself a verb
        hosts += g.subjects(verb) or [  # "A and B were locked (embroiled, mired) in a dispute"
            ch for ch in verb.children if ch.dep_ == "nsubjpass" and head.head == verb
        ]
    hosts += [
        d
        for ch in tok.children
        if ch.dep_ == "acl" and ch.lemma_.lower() in trig.light
        for d in g.subjects(ch)
    ]
    out: list[Entity] = []
    for m in g.fillers(p, hosts, tags):
        out += [e for e in m.entities if e not in out]
    return out


def _told_before(tok: Token) -> bool:
    """ "the row", "their dispute": a dispute the article has told of (not "a dispute")."""
    return any(
        ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in ("the", "this", "that"))
        for ch in tok.children
    )


def _talked_about(c: Collector, before: int) -> list[Entity]:
    """The territory the article has talked about most before ``before`` (ties: the latest)."""
    counts: dict[str, int] = {}
    last: dict[str, tuple[int, Entity]] = {}
    for i, m in enumerate(c.disc.last_territories):
        for e in m.entities if m.start < before else ():
            if e.kind in TERRITORY_KINDS:
                counts[e.key] = counts.get(e.key, 0) + 1
                last[e.key] = (i, e)
    if not counts:
        return []
    best = max(counts, key=lambda k: (counts[k], last[k][0]))
    return [last[best][1]]


def _signers_of_doer(c: Collector, p: g.Parsed, tok: Token) -> list[Entity]:
    """ "Canada and Denmark signed an agreement that ends a border dispute": where a document does
    what the verb does to the noun, its parties are the ones the article says signed it (not one
    who brokered or proposed it)."""
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return []
    docs = {
        e.key
        for doer in g.subjects(tok.head)
        if (m := p.mention(doer)) is not None and m.tag == "D"
        for e in m.entities
    }
    out: list[Entity] = []
    for f in c.of("signed"):
        if getattr(f.args.get("document"), "key", None) in docs:
            out += [e for e in members(f.args.get("parties")) if e not in out]
    return out


def _place_told_beside(p: g.Parsed) -> Entity | None:
    """The place of the same meeting told by another trigger of the sentence ("at the Moscow meeting
    ..., Kono said following talks with Lavrov"), or of the gathering it was held at ("on the
    sidelines of the summit in Singapore")."""
    for other in p.doc:
        told = by_lemma().get(other.lemma_.lower(), ())
        if other.pos_ not in ("NOUN", "PROPN") or not any(
            r.name == "meeting" and t.noun for r, t in told
        ):
            continue
        near = [
            x
            for ch in other.children
            for x in (ch, *(ch.children if ch.dep_ == "prep" and ch.lower_ in ("in", "at") else ()))
            if x.dep_ in ("compound", "nmod", "pobj")
        ]
        for m in g.fillers(p, near, {"C"}):
            if m.entity is not None:
                return m.entity
    return None


# -- disputes ---------------------------------------------------------------------------------------


def dispute(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "Japan's territorial dispute with Russia over the Kurils", "(X possesses the islands) in a
    territorial dispute with Gabon": the parties dispute the territory."""
    filled = fill(c, s, p, tok, rel, trig) or {}
    parties = list(filled.get("parties", ()))
    theirs = any(ch.dep_ == "poss" and ch.lower_ == "their" for ch in tok.children)
    doers = [] if theirs else _clause_doers(p, tok, trig, {"S"})  # "urged calm in their row": not
    for e in [*doers, *_signers_of_doer(c, p, tok)]:  # the urger's
        if e not in parties:
            parties.append(e)
    terrs = [e for e in filled.get("territory", ()) if e.kind in TERRITORY_KINDS]
    found = _found_by_third_party(p, tok) if len(parties) < 2 else []
    for e in (
        e
        for m in g.fillers(p, [x for v in found for x in g.subjects(v)], {"S"})
        for e in m.entities
    ):
        if e not in parties:
            parties.append(e)
    about = [o for w in ("over", "about", "concerning", "regarding") for o in g.preps(tok, w)]
    if not terrs and about and all(o.pos_ == "NOUN" and p.mention(o) is None for o in about):
        return  # "a dispute over fishing quotas in the Barents Sea": over no land
    if not terrs:  # "the dispute ..., concerning the Kurils" hung elsewhere: what its clause names
        inside = g.fillers(p, [clause_of(tok), *found], {"T"}, deep=True)
        terrs = [e for m in inside for e in m.entities if e.kind in TERRITORY_KINDS][:1]
    if not terrs and _told_before(tok):  # "Because of the territorial row, ...": the land told of
        terrs = _talked_about(c, p.offset + tok.idx)
    if len(parties) < 2 or not terrs:
        return
    for terr in terrs:
        c.add(
            "disputes",
            {"parties": tuple(parties), "territory": terr},
            s,
            f"{trig.rule}:{tok.lemma_.lower()}",
            trig.confidence,
        )


def _found_by_third_party(p: g.Parsed, tok: Token) -> list[Token]:
    """ "Ruling in the dispute with Gabon, the court finds that Equatorial Guinea possesses X": the
    dispute's clause is an adverbial of a verb whose doer is no state (a court, a mediator); the
    other party and the territory are in what that verb finds or says (its complement clause)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in _ADVERBIAL):
        return []
    verb = clause_of(tok.head)
    while verb.dep_ in ("advcl", "conj") and verb.head != verb:
        verb = verb.head
    if g.fillers(p, g.subjects(verb), {"S"}):
        return []  # a state's own clause: its doer is the party (_clause_doers)
    return [ch for ch in verb.children if ch.dep_ == "ccomp"]
