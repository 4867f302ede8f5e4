"""World knowledge as data: states, territories, organisations, documents, places and offices.

The files live in ``data/gazetteer/`` (see its README for where each fact comes from). They are read
once per process. Nothing about a particular article or dispute is written in code.
``python -m kg.gazetteer --check`` reports any name the files refer to that does not resolve.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.iris import entity_key
from kg.model import DOCUMENT_TYPES, Entity
from kg.paths import GAZETTEER_DIR, read_yaml

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
    _refs: list[tuple[str, str, str]] = field(default_factory=list, repr=False)
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
        self._surface(entity.label, entity, "name")
        for alias in looked:
            self._surface(alias, entity, "alias")
        for d in demonyms:
            self._surface(d, entity, "demonym")
            self.demonyms.setdefault(_norm(d), entity.key)
        return entity

    def _surface(self, text: str, entity: Entity, how: str) -> None:
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


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return read_yaml(path) or []


def _tuple(value: str | Iterable[object] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _island_stems(gz: Gazetteer) -> None:
    """News drops the generic word of a disputed island's name: "the Senkaku", "Uotsuri", "Diaoyu"."""
    disputed = set(gz.claimants) | set(gz.holder)
    for whole, parts in gz.parts.items():
        if whole in disputed:
            disputed.update(parts)
    for key in sorted(disputed):
        ent = gz.entities.get(key)
        if ent is None or ent.kind not in ("Island", "IslandGroup"):
            continue
        for name in (ent.label, *ent.aliases):
            m = re.fullmatch(r"(.+?)\s+(?:Islands|Island|Islets|Isles)", name)
            if m and len(m.group(1)) > 3 and _norm(m.group(1)) not in gz.surfaces:
                gz._surface(m.group(1), ent, "alias")


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Gazetteer:
    """Read the gazetteer once per process (cached)."""
    root = Path(directory) if directory else GAZETTEER_DIR
    gz = Gazetteer()
    for row in _read(root / "states.yaml"):
        state = gz.add(
            Entity(
                "State", entity_key("State", row["name"]), row["name"], _tuple(row.get("aliases"))
            ),
            demonyms=_tuple(row.get("demonyms")),
        )
        if row.get("capital"):
            city = gz.add(
                Entity(
                    "City",
                    entity_key("City", row["capital"]),
                    row["capital"],
                    _tuple(row.get("capital_aliases")),
                )
            )
            gz.capitals[city.key] = state.key
            gz.state_of_city[city.key] = state.key
        if row.get("until"):
            gz.until[state.key] = int(row["until"])
        for how in ("shared", "shared_demonyms"):  # "Korea", "Korean": no one state's (README)
            for name in _tuple(row.get(how)):
                gz.shared[_norm(name)] = (*gz.shared.get(_norm(name), ()), state.key)
                gz._surface(name, state, "shared-demonym" if how == "shared_demonyms" else "shared")
                if how == "shared":  # "the two Koreas": the plural names every state sharing it
                    gz.shared[_norm(name + "s")] = gz.shared[_norm(name)]
                    gz._surface(name + "s", state, "shared-all")
        preds = tuple(entity_key("State", p) for p in _tuple(row.get("successor_of")))
        if preds:
            gz.successor_of[state.key] = preds
        gz._refs += [
            ("State", p, f"states.yaml {row['name']}") for p in _tuple(row.get("successor_of"))
        ]
        if row.get("former"):
            gz.former.add(state.key)
    for row in _read(root / "places.yaml"):
        city = gz.add(
            Entity(
                row.get("kind", "City"),
                entity_key(row.get("kind", "City"), row["name"]),
                row["name"],
                _tuple(row.get("aliases")),
            )
        )
        if row.get("country"):
            gz.state_of_city[city.key] = entity_key("State", row["country"])
            gz._refs.append(("State", row["country"], f"places.yaml {row['name']}"))
        if row.get("in"):
            gz.territory_of_place[city.key] = entity_key("Territory", row["in"])
            gz._refs.append(("Territory", row["in"], f"places.yaml {row['name']}"))
    for row in _read(root / "territories.yaml"):
        kind = row.get("kind", "Territory")
        if kind not in TERRITORY_KINDS:
            gz._refs.append(("kind", kind, f"territories.yaml {row['name']}"))
        ent = gz.add(
            Entity(
                kind, entity_key("Territory", row["name"]), row["name"], _tuple(row.get("aliases"))
            )
        )
        where = f"territories.yaml {row['name']}"
        if row.get("holder"):
            gz.holder[ent.key] = entity_key("State", row["holder"])
            gz._refs.append(("State", row["holder"], where))
        if row.get("claimants"):
            gz.claimants[ent.key] = tuple(entity_key("State", c) for c in _tuple(row["claimants"]))
            gz._refs += [("State", c, where) for c in _tuple(row["claimants"])]
        if row.get("region"):
            gz.region[ent.key] = str(row["region"])
        if row.get("waters") or row.get("wide"):  # no land a noun refers back to
            gz.waters.add(ent.key)
        for whole in _tuple(row.get("part_of")):
            wkey = entity_key("Territory", whole)
            gz.parts[wkey] = tuple(dict.fromkeys(gz.parts.get(wkey, ()) + (ent.key,)))
            gz._refs.append(("Territory", whole, where))
    _island_stems(gz)
    for row in _read(root / "people.yaml"):
        person = Entity(
            "Person", entity_key("Person", row["name"]), row["name"], _tuple(row.get("aliases"))
        )
        for spelling in (person.label, *person.aliases):
            gz.people[_norm(spelling)] = person
        if row.get("state"):
            gz._refs.append(("State", row["state"], f"people.yaml: {row['name']}"))
            gz.serves[person.key] = entity_key("State", row["state"])
        if row.get("gender"):
            gz.gender[person.key] = str(row["gender"])
    for row in _read(root / "organizations.yaml"):
        gz.add(
            Entity(
                "Organization",
                entity_key("Organization", row["name"]),
                row["name"],
                _tuple(row.get("aliases")),
            ),
            demonyms=_tuple(row.get("demonyms")),
            also_called=_tuple(row.get("also_called")),
        )
        if row.get("state"):
            gz._refs.append(("State", row["state"], f"organizations.yaml {row['name']}"))
            gz.body_state[entity_key("Organization", row["name"])] = entity_key(
                "State", row["state"]
            )
    for row in _read(root / "documents.yaml"):
        if row.get("subtype") not in DOCUMENT_TYPES:
            gz._refs.append(("subtype", str(row.get("subtype")), f"documents.yaml {row['name']}"))
        gz.add(
            Entity(
                "Document",
                entity_key("Document", row["name"]),
                row["name"],
                _tuple(row.get("aliases")),
                row.get("subtype"),
                str(row["date"]) if row.get("date") else None,
            )
        )
    for row in _read(root / "offices.yaml"):
        canonical = row["role"]
        for variant in (canonical, *_tuple(row.get("variants")), *_tuple(row.get("epithets"))):
            gz.offices[_norm(variant)] = canonical
        gz.epithets.update(_norm(e) for e in _tuple(row.get("epithets")))
        if row.get("of") == "place":
            gz.place_offices.add(canonical)
        if row.get("stands_for"):
            gz.stands_for[canonical] = _tuple(row["stands_for"])
        if row.get("state"):
            gz._refs.append(("State", row["state"], f"offices.yaml {canonical}"))
            gz.office_state[canonical] = entity_key("State", row["state"])
    for entity in list(gz.entities.values()):
        land = gz.territory_by_name(entity.label) if entity.kind == "State" else None
        if land is not None:
            gz.lands[entity.key] = land.key
    return gz


if __name__ == "__main__":  # pragma: no cover
    from kg.gazetteer_check import main  # here: the checker imports this module

    sys.exit(main(sys.argv[1:]))
