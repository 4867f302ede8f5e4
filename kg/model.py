"""Plain objects the ingesters emit and the mapper turns into triples.

Ingesters know language and tables, not RDF; the mapper knows RDF, not language. These frozen
dataclasses are the only thing the two sides share, so either can change without the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Entity kinds. Each is a class in the ontology (``dkg:<Kind>``).
KINDS = (
    "State",
    "Person",
    "Territory",
    "Island",
    "IslandGroup",
    "City",
    "Organization",
    "Document",
    "Process",
)

#: Document subtypes (``dkg:<Subtype>``, subclasses of ``dkg:Document``).
DOCUMENT_TYPES = ("Treaty", "JointDeclaration", "Memorandum", "Agreement", "Resolution", "Ruling")


@dataclass(frozen=True, order=True)
class Entity:
    """A thing in the world: one node in the graph, however a source spells it.

    ``key`` is the canonical, source-independent identity (``state/japan``); ``iris.entity_iri``
    turns it into an IRI, so the same key from two articles is the same node.
    """

    kind: str
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    subtype: str | None = None  # for documents: Treaty, JointDeclaration, ...
    date: str | None = None  # for documents: ISO date (YYYY, YYYY-MM or YYYY-MM-DD)


#: A fact argument: an entity, several entities (participants, parties) or text (dates, roles, words).
Arg = Entity | tuple[Entity, ...] | str


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the exact span of the source text, and how it was extracted."""

    source: str  # source key (see Source.key)
    start: int
    end: int
    text: str  # == source text[start:end]
    rule: str
    confidence: float = 0.9


@dataclass(frozen=True)
class Fact:
    """One n-ary fact, named by ``rel`` with role -> argument (see ../shared/eval/FORMAT.md)."""

    rel: str
    args: dict[str, Arg]
    evidence: Evidence
    negated: bool = False  # "no peace treaty has been signed": kept, marked, never asserted
    reported_by: Entity | None = None  # "X said that ...": the view is X's, not the outlet's

    @property
    def confidence(self) -> float:
        return self.evidence.confidence


@dataclass(frozen=True)
class Source:
    """A document read by an ingester: an article or a table."""

    key: str  # stable slug, e.g. "tass-2019-05-10-japanese-top-diplomat-says"
    kind: str  # "Article" or "Table"
    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    path: str | None = None
    text: str = ""


@dataclass
class Extraction:
    """What one source yields: the source itself, the entities it mentions, and its facts."""

    source: Source
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
