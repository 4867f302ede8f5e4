"""The gazetteer in memory: every entity by key and by each surface a text may use for it (name,
alias, demonym, capital), the facts the files give about it, and the lookups mention finding and
the rules ask. Split from kg.gazetteer, which reads ``data/gazetteer/`` into it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import Entity

#: A character a token goes on with (mentions.py's tokens are runs of these, or one other character).
_WORD_CHAR = re.compile(r"[^\W_]")

#: Entity kinds that are territories; all of them are keyed ``territory/<slug>``.
TERRITORY_KINDS: tuple[str, ...] = ("Territory", "Island", "IslandGroup")


@dataclass(frozen=True)
class Surface:
    """One way a text can refer to an entity: ``how`` is name, alias, demonym or capital."""

    entity: Entity
    how: str


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)  # lower-cased text -> refs
    capitals: dict[str, str] = field(default_factory=dict)  # city key -> state key
    state_of_city: dict[str, str] = field(default_factory=dict)  # city key -> state key
    holder: dict[str, str] = field(default_factory=dict)  # territory key -> holding state key
    claimants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # whole key -> part keys
    successor_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # state -> predecessors
    offices: dict[str, str] = field(default_factory=dict)  # lower-cased variant -> canonical role
    epithets: set[str] = field(default_factory=set)  # lower-cased "top diplomat": no title
    place_offices: set[str] = field(default_factory=set)  # a city's or region's: governor, mayor
    state_offices: set[str] = field(default_factory=set)  # a region's head reported as its state's
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-cased demonym -> state key
    until: dict[str, int] = field(default_factory=dict)  # former state key -> last year it existed
    people: dict[str, Entity] = field(
        default_factory=dict
    )  # lower-cased spelling -> canonical person
    former: set[str] = field(default_factory=set)  # keys of states that no longer exist
    serves: dict[str, str] = field(default_factory=dict)  # person key -> key of the state served
    lands: dict[str, str] = field(default_factory=dict)  # would-be state key -> its territory's key
    office_state: dict[str, str] = field(default_factory=dict)  # one state's office -> that state
    body_state: dict[str, str] = field(default_factory=dict)  # a seat ("Kremlin") -> its state
    gender: dict[str, str] = field(default_factory=dict)  # person key -> "male" / "female"
    stands_for: dict[str, tuple[str, ...]] = field(default_factory=dict)  # leader -> head offices
    territory_of_place: dict[str, str] = field(default_factory=dict)  # place key -> territory key
    region: dict[str, str] = field(default_factory=dict)  # territory key -> BorderLines region
    #: seas and maritime areas (and continents, regions of states), which no "the islands" or
    #: "the territory" refers back to
    waters: set[str] = field(default_factory=set)
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "korea" -> its states
    #: names the YAML files use for other entries (holder, part_of, ...), to check they resolve
    refs: list[tuple[str, str, str]] = field(default_factory=list, repr=False)
    _prefixes: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def lookup(self, text: str) -> list[Surface]:
        return self.surfaces.get(_norm(text), [])

    def prefixes(self) -> frozenset[str]:
        """Every leading substring of every surface that ends where a token can end (at the
        surface's end, before a character no word goes on with, or after a one-character token
        such as "-"; lower-casing keeps word and other characters apart): mention finding stops
        lengthening an n-gram as soon as it begins no surface, instead of trying all nine lengths
        at every token. A token is a whole word, so "to" cannot begin "tokyo": leaving out such
        prefixes lets "to", "the", "in" (two tokens in five) stop at once."""
        if self._prefixes is None:
            self._prefixes = frozenset(
                k[:i]
                for k in self.surfaces
                for i in range(1, len(k) + 1)
                if i == len(k) or not _WORD_CHAR.match(k, i) or not _WORD_CHAR.match(k, i - 1)
            )
        return self._prefixes

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def state_by_name(self, name: str) -> Entity | None:
        for s in self.lookup(name):
            if s.entity.kind == "State":
                return s.entity
        return None

    def territory_by_name(self, name: str) -> Entity | None:
        """A territory by any of its names; a slashed name ('Dokdo/Takeshima') by any part."""
        for text in (name, *name.split("/")):
            for s in self.lookup(text):
                if s.entity.kind in TERRITORY_KINDS:
                    return s.entity
        return None

    def land_of(self, state: Entity) -> Entity | None:
        """The territory a would-be state also is (Abkhazia the land, beside Abkhazia the state)."""
        key = self.lands.get(state.key)
        return self.entities.get(key) if key else None

    def part_of(self, key: str) -> tuple[str, ...]:
        """The wholes ``key`` is directly a part of (inverse of ``parts``)."""
        return tuple(whole for whole, parts in sorted(self.parts.items()) if key in parts)

    def predecessors(self, state_key: str) -> tuple[str, ...]:
        """All earlier states ``state_key`` succeeds, nearest first (Russia -> USSR -> Empire)."""
        out: list[str] = []
        todo = list(self.successor_of.get(state_key, ()))
        while todo:
            k = todo.pop(0)
            if k not in out:
                out.append(k)
                todo.extend(self.successor_of.get(k, ()))
        return tuple(out)

    def office(self, text: str) -> str | None:
        """Canonical office for a title ('top diplomat' -> 'foreign minister')."""
        return self.offices.get(_norm(text))

    def capital_of(self, state_key: str) -> Entity | None:
        """The capital city of a state, where the gazetteer gives one."""
        return next((self.get(c) for c, s in self.capitals.items() if s == state_key), None)

    def office_words(self, text: str, office: str) -> str:
        """How a fact words an office the text titles ``text``: as written, unless the words are
        an epithet ("top diplomat"), which do not title it: then its canonical name; so does an
        abbreviation ("Sen.": senator)."""
        return office if _norm(text) in self.epithets or text.endswith(".") else text

    # -- building ---------------------------------------------------------------------------------

    def add(
        self, entity: Entity, *, demonyms: tuple[str, ...] = (), also_called: tuple[str, ...] = ()
    ) -> Entity:
        """Add an entry; ``also_called``: names other entries share ("Foreign Office": the UK's,
        Germany's, Pakistan's), kept among its aliases, as the text's own words for it where the text
        settles whose it is, but never looked up."""
        known = self.entities.get(entity.key)
        if known is not None:  # merge aliases of a repeated entry
            entity = Entity(
                known.kind,
                known.key,
                known.label,
                tuple(dict.fromkeys(known.aliases + entity.aliases)),
                known.subtype or entity.subtype,
                known.date or entity.date,
            )
        looked = entity.aliases
        if also_called:
            entity = Entity(
                entity.kind,
                entity.key,
                entity.label,
                tuple(dict.fromkeys(entity.aliases + also_called)),
                entity.subtype,
                entity.date,
            )
        self.entities[entity.key] = entity
        self.add_surface(entity.label, entity, "name")
        for alias in looked:
            self.add_surface(alias, entity, "alias")
        for d in demonyms:
            self.add_surface(d, entity, "demonym")
            self.demonyms.setdefault(_norm(d), entity.key)
        return entity

    def add_surface(self, text: str, entity: Entity, how: str) -> None:
        """Let ``text`` refer to ``entity`` (``how``: name, alias, demonym ...), once."""
        self._prefixes = None
        refs = self.surfaces.setdefault(_norm(text), [])
        if not any(r.entity.key == entity.key and r.how == how for r in refs):
            refs.append(Surface(entity, how))


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Lower case, one space, plain quotes and dashes. Cached: mention finding asks it for every
    n-gram of every sentence (~40% of ingestion time before; benchmarks/README.md)."""
    text = text.replace("’", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


#: The key ``surfaces`` is indexed by, for callers that scan n-grams themselves.
norm = _norm
