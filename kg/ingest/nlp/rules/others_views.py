"""Adherence told as another's view: "Pakistan says India remains bound by the 1960 treaty",
"Tokyo insists Moscow is committed to the declaration". A reported clause whose sayers are none of
the party's side is the sayers' reading of the party's duty, not the party's own word that it is
bound (its own spokesman, minister or ministry saying so is: "Lavrov said Russia remains bound")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def another_says(c: Collector, p: g.Parsed, tok: Token, parties: list[Entity]) -> bool:
    """Whether ``tok``'s clause is reported by sayers who all speak for a state or body other
    than ``parties``' own."""
    clause = tok
    while clause.dep_ in ("acomp", "xcomp") and clause.head is not clause:
        clause = clause.head  # "India remains bound by it": the clause is the copula's
    if clause.dep_ != "ccomp" or clause.head is clause or not parties:
        return False
    said_by = g.subjects(clause.head)
    said_by += [a for t in said_by for a in t.children if a.dep_ == "appos"]  # "a spokesman, X,"
    sayers = [e for m in g.fillers(p, said_by, {"S", "O", "P"}) for e in m.entities]
    sides = [_side(c, e) for e in sayers]
    if not sides or None in sides:
        return False  # an unnamed sayer, or one whose side is unknown: no other view told
    own = {_side(c, e) for e in parties}
    return not own & set(sides)


def _side(c: Collector, e: Entity) -> Entity | None:
    """The state (or body) ``e`` speaks for: a ministry spokesman his ministry's state."""
    side = person_state(c, e) if e.kind == "Person" else e
    if side is not None and side.kind == "Organization":
        return bodies.owner(c.gz, side) or side
    return side
