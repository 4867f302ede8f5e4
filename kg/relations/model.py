"""What a relation is made of: its roles, its edge in the entity graph, its shortcut triple.

Plain data classes, checked when declared (a role's properties fit its value; a relation names
only roles it has), so that a mistake in the table of :mod:`kg.relations` fails at import.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

#: What an extractor gives for a role, and so how it is written:
#: ``entity`` / ``entities`` an Entity / a tuple of them (each to ``prop``); ``text`` a string (to
#: ``text_prop``); ``entity-or-text`` either; ``date`` ISO text (to ``prop`` as xsd:date, gYearMonth
#: or gYear); ``condition`` text that becomes a typed dkg:Condition node; ``office`` text that
#: becomes an org:Role node.
Value = Literal["entity", "entities", "entity-or-text", "text", "date", "condition", "office"]


@dataclass(frozen=True)
class Role:
    """One argument of a fact and the property that carries it."""

    name: str
    value: Value
    prop: str | None = None  # the property for an entity (or a date, a condition, an office)
    text_prop: str | None = None  # the property for text
    range: str | None = None  # the class an entity must be (rdfs:range, sh:class); None: any
    inverse: str | None = None  # also entity -> fact by this property (dkg:hasProvision)

    def __post_init__(self) -> None:
        wants_prop = self.value != "text"
        wants_text = self.value in ("text", "entity-or-text")
        if wants_prop != bool(self.prop) or wants_text != bool(self.text_prop):
            raise ValueError(f"role {self.name!r}: properties do not fit a {self.value} value")

    def ranged(self, cls: str) -> Role:
        """The same role whose entity must be a ``cls`` (the ``what`` of an oversight)."""
        return replace(self, range=cls)


@dataclass(frozen=True)
class Edge:
    """How a fact is drawn as one edge of the entity graph, when it has nothing else to say:
    from the entity in role ``source`` to the one in ``target``, labelled with the relation's name
    or with the label of the node in role ``label_role`` (an office)."""

    source: str
    target: str
    label_role: str | None = None


@dataclass(frozen=True)
class Shortcut:
    """A direct triple beside the fact node: entity in ``subject`` --``prop``--> entity in
    ``object``, for the questions that need no provenance (never written for a negated fact)."""

    subject: str
    prop: str
    object: str


@dataclass(frozen=True)
class Relation:
    """One relation: its fact nodes' class, IRI segment and roles (``core`` ones the shapes
    require, as FORMAT.md marks them)."""

    name: str
    cls: str
    segment: str  # fact IRIs are id:<segment>/<names>-<digest>
    roles: tuple[Role, ...]
    core: tuple[str, ...]
    edge: Edge | None = None
    shortcut: Shortcut | None = None
    also_types: tuple[str, ...] = ()  # further classes of every fact node (org:Membership)
    also_if: tuple[str, str] | None = None  # (role, class): with an entity there, also that class
    as_of: bool = False  # the source's publication date as dkg:asOf (an office is held as of it)
    #: How a fact reads (kg.labels): ``{role}`` its value, ``[...]`` left out when a role in it
    #: is missing, ``||`` between alternatives, ``{is}`` or any other ``{verb}`` agrees with the
    #: template's first role.
    label: str = ""
    by_role: dict[str, Role] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_role", {r.name: r for r in self.roles})
        named = set(self.core)
        if self.edge:
            named |= {r for r in (self.edge.source, self.edge.target, self.edge.label_role) if r}
        if self.shortcut:
            named |= {self.shortcut.subject, self.shortcut.object}
        if self.also_if:
            named.add(self.also_if[0])
        unknown = named - set(self.by_role)
        if unknown or len(self.by_role) != len(self.roles):
            raise ValueError(f"relation {self.name!r}: unknown or repeated roles {sorted(unknown)}")

    @property
    def classes(self) -> tuple[str, ...]:
        """Every class a fact node of this relation may have (the ontology declares each)."""
        return (self.cls, *self.also_types, *(self.also_if[1:] if self.also_if else ()))


def declare(name: str, cls: str, segment: str, *roles: Role, core: str, **more) -> Relation:
    """A relation's declaration: its name, fact class, IRI segment, roles, and its core roles as
    one space-separated string."""
    return Relation(name, cls, segment, roles, tuple(core.split()), **more)
