"""The states officials act for: "the two presidents agreed", "the accord signed by Fujimori and
Mahuad", "Sargsyan suspended the ratification" are their states' acts too, where the article (or
the gazetteer) tells whom each serves. Split from rules/agreements.py, which reads what a signed
document agrees; these run once the offices are read (rules/__init__.py), and other rules ask
whom a person serves (``served``, ``state_served``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import (
    Collector,
    last_participants,
    members,
    person_state,
)
from kg.ingest.nlp.rules.groups import groups
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Token


def for_their_states(c: Collector) -> None:
    """Officials who agree or sign bind the states they serve: "the two presidents agreed to extend
    the plan" is an agreement of the presidents and of Peru and Ecuador, "the accord signed by
    Fujimori and Mahuad" Peru's and Ecuador's, so the parties are both (news names the
    negotiators, the act is their states'). Each person's state is the one their
    office is of (the article's holdsRole, after ``people.offices``, else the gazetteer's); the
    states are added only where every person has one and no two share it (two officials of one
    state agreeing with each other bind no second party)."""
    serving = served(c)
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            if f.rel not in ("agreedTo", "signed") or f.negated:
                continue
            parties = members(f.args.get("parties"))
            people = [e for e in parties if e.kind == "Person"]
            states = [state_served(c, serving, e) for e in people]
            if (
                len(parties) < 2  # "Maduro signed the law": a law one signs binds no second party
                or not people
                or None in states
                or len({s.key for s in states if s}) < len(people)
            ):
                continue
            added = tuple(s for s in states if s is not None and s not in parties)
            if added:
                found[i] = replace(f, args={**f.args, "parties": (*parties, *added)})


def signing_officials(
    c: Collector, s: Sentence, found: list[Mention], ents: list[Entity], toks: Sequence[Token] = ()
) -> list[Entity]:
    """The officials among a signing's parties. One whose state the article tells only later
    signs as himself until then ("signed by Malet and Chancellor Leo von Caprivi"); those who sign
    for two states ("signed by foreign ministers A of X and B of Y") are kept aside for the
    sentence, to join the signing once it is settled (:func:`with_officials`): its date, its
    merging with other tellings are those of the states' signing. One state's official beside it
    is no second side ("Putin signed a decree"). Co-signers of whom the text places some in no
    state sign in their own names, all of them, where two states sign beside them ("by the two
    countries' ministers, A of X and B") or the unplaced one holds an office ("by Kagame and
    Ugandan President Museveni"); a person with neither adds no side ("Argentina's Menem and
    Frei"). A group word ("They signed", "the two ministers signed") names those who last met,
    kept aside so where they serve the signing's states."""
    people = list(dict.fromkeys(e for m in found if m.tag == "P" and (e := m.entity) is not None))
    if not people and any(t.lower_ in groups().every for t in toks):
        people = [e for e in last_participants(c) if e.kind == "Person"]  # "They signed": who met
        found = []
    officials = [e for e in people if e not in ents]
    unplaced = [e for e in officials if person_state(c, e) is None and has_office(c, e)]
    two = len({e.key for e in ents if e.kind == "State"}) > 1
    # "by prime ministers A and B", B's state told only later: A's state alone is no side yet
    if two or (unplaced and len(officials) > 1):
        sides = [e for e in officials if person_state(c, e) is not None or e in unplaced]
        c.signers[s.span.start] = tuple(dict.fromkeys((*c.signers.get(s.span.start, ()), *sides)))
    if len(people) > 1 and any(person_state(c, e) is None for e in people) and (two or unplaced):
        return officials
    if not ents and len(people) > 1 and _own_names(c, people):
        return people
    return unplaced


def _own_names(c: Collector, people: list[Entity]) -> bool:
    """Whether co-signers, no state beside them, sign in their own names: none is placed in a
    state and one at least holds an office ("signed by Toroama and Prime Minister Marape", a
    region's head beside a minister the text places nowhere), so the signing is officials'; "by
    two lawyers, A and B" is nobody's."""
    return all(person_state(c, e) is None for e in people) and any(has_office(c, e) for e in people)


def with_officials(c: Collector) -> None:
    """Name the officials a sentence kept aside among its signing's parties, where they serve
    exactly the signing's states: "The treaty was signed by Peruvian Foreign Minister A and
    Chilean Foreign Minister B" is Peru's and Chile's signing, and A's and B's (every telling of
    that signing with it)."""
    richer: list[tuple[Fact, Fact]] = []
    serving = served(c)
    for f in (*c.facts, *c.again):
        officials = c.signers.get(f.evidence.start, ())
        if f.rel != "signed" or f.negated or not officials:
            continue
        parties = members(f.args.get("parties"))
        states = {e.key for e in parties if e.kind == "State"}
        serve = {getattr(state_served(c, serving, e), "key", None) for e in officials}
        if len(states) > 1 and serve == states and not set(officials) <= set(parties):
            joined = tuple(dict.fromkeys((*parties, *officials)))
            richer.append((f, replace(f, args={**f.args, "parties": joined})))
    for poor, rich in richer:
        for found in (c.facts, c.again):
            found[:] = [replace(g, args=rich.args) if _same(g, poor) else g for g in found]


def _same(a: Fact, b: Fact) -> bool:
    return a.rel == b.rel and a.negated == b.negated and a.args == b.args


def served(c: Collector) -> dict[str, Entity]:
    """Whom each person of the article's offices serves: person key -> the office's state or body."""
    return {
        person.key: of
        for f in c.of("holdsRole")
        if isinstance(person := f.args.get("person"), Entity)
        and isinstance(of := f.args.get("of"), Entity)
    }


def has_office(c: Collector, person: Entity) -> bool:
    """Whether the article has given ``person`` an office (its state perhaps named later)."""
    return bool(getattr(c.disc.people.by_key.get(person.key), "office", None))


def suspended_for_their_states(c: Collector) -> None:
    """An official who suspends talks, ties or a process does it for the state served: "Sargsyan
    suspended the ratification process", "Madobe has cut ties with Mogadishu" are Armenia's and
    Jubaland's suspensions, as news means them (the party a state, where the office tells one)."""
    people_for_their_states(c, "suspends", "party")


def people_for_their_states(
    c: Collector, rel: str, role: str, keep: Callable[[Fact, Entity], bool] | None = None
) -> None:
    """Put in ``role`` of each ``rel`` fact held by a person (and ``keep``) the state that
    person's office serves, where the article tells one."""
    serving = served(c)
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            who = f.args.get(role)
            if f.rel != rel or not isinstance(who, Entity) or who.kind != "Person":
                continue
            if keep is not None and not keep(f, who):
                continue
            state = state_served(c, serving, who)
            if state is not None and state.kind == "State":
                found[i] = replace(f, args={**f.args, role: state})


def state_served(c: Collector, serving: dict[str, Entity], person: Entity) -> Entity | None:
    """The state (or the union, the territory's government) a person's office is of."""
    of = serving.get(person.key) or person_state(c, person)
    if of is None or of.kind not in ("State", "Organization"):
        return None
    if of.kind == "Organization":
        return bodies.owner(c.gz, of) or of
    return of
