"""A stance taken by a state's body that names no state: "In Moscow, Foreign Ministry spokeswoman
Maria Zakharova rejected the Georgian accusations", "Turkey's Foreign Ministry spokesman, Oncu
Keceli, said the complaint was baseless". The title's bare "Foreign Ministry" fills the rejecter's
role as the sentence is read, before the article tells whose ministry it is; the official the same
sentence names serves a body or a state the article settles at its end (the holdsRole facts), and
that state took the stance. A stance whose body no official of its sentence settles keeps it."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.nlp import bodies
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.office_sides import stateless_body
from kg.model import Entity

#: The role of each stance relation that a body may fill for its state.
_DOERS = {"rejectsClaim": "state", "protests": "party"}


def settle(c: Collector, read: list[Sentence]) -> None:
    """Each rejection or protest by a stateless body goes to the state of the official its
    sentence names (the first whose office the article settles in a state)."""
    offices = {
        person.key: of
        for f in c.of("holdsRole")
        if isinstance(person := f.args.get("person"), Entity)
        and isinstance(of := f.args.get("of"), Entity)
    }
    for f in [f for f in c.facts if f.rel in _DOERS]:
        role = _DOERS[f.rel]
        body = f.args.get(role)
        if not isinstance(body, Entity) or not stateless_body(c, body):
            continue
        state = _official_state(c, read, f.evidence.start, offices)
        others = [v for k, v in f.args.items() if k != role]
        if state is not None and state not in others:
            c.replace(f, replace(f, args={**f.args, role: state}))


def _official_state(
    c: Collector, read: list[Sentence], at: int, offices: dict[str, Entity]
) -> Entity | None:
    """The state of the first official named in the sentence that holds ``at``."""
    s = next((s for s in read if s.span.start <= at < s.span.end), None)
    if s is None:
        return None
    for m in sorted(s.masked.mentions, key=lambda m: m.start):
        if m.tag != "P" or m.entity is None or (of := offices.get(m.entity.key)) is None:
            continue
        state = of if of.kind == "State" else bodies.owner(c.gz, of)
        if state is not None and state.kind == "State":
            return state
    return None


def stateless_found(c: Collector, rel: str, role: str, found: list[Mention]) -> list[Entity]:
    """The stateless bodies among a stance's doers ("The foreign ministry called in France's
    ambassador"), where nothing else fills the role: whose they are, :func:`settle` reads."""
    if _DOERS.get(rel) != role:
        return []
    return [
        e for m in found if m.tag == "O" and (e := m.entity) is not None and stateless_body(c, e)
    ]
