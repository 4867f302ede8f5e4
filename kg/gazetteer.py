"""World knowledge as data: states, territories, organisations, documents, places and offices.

The files live in ``data/gazetteer/`` (see its README for where each fact comes from). They are read
once per process. Nothing about a particular article or dispute is written in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.iris import entity_key
from kg.model import Entity
from kg.paths import GAZETTEER_DIR

try:  # the C loader is ~10x faster; fall back where libyaml is absent
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


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
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-cased demonym -> state key

    def lookup(self, text: str) -> list[Surface]:
        return self.surfaces.get(_norm(text), [])

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def state_by_name(self, name: str) -> Entity | None:
        for s in self.lookup(name):
            if s.entity.kind == "State":
                return s.entity
        return None

    def office(self, text: str) -> str | None:
        """Canonical office for a title ('top diplomat' -> 'foreign minister')."""
        return self.offices.get(_norm(text))

    # -- building ---------------------------------------------------------------------------------

    def add(self, entity: Entity, *, demonyms: tuple[str, ...] = ()) -> Entity:
        known = self.entities.get(entity.key)
        if known is not None:  # merge aliases of a repeated entry
            entity = Entity(known.kind, known.key, known.label,
                            tuple(dict.fromkeys(known.aliases + entity.aliases)),
                            known.subtype or entity.subtype, known.date or entity.date)
        self.entities[entity.key] = entity
        self._surface(entity.label, entity, "name")
        for alias in entity.aliases:
            self._surface(alias, entity, "alias")
        for d in demonyms:
            self._surface(d, entity, "demonym")
            self.demonyms.setdefault(_norm(d), entity.key)
        return entity

    def _surface(self, text: str, entity: Entity, how: str) -> None:
        refs = self.surfaces.setdefault(_norm(text), [])
        if not any(r.entity.key == entity.key and r.how == how for r in refs):
            refs.append(Surface(entity, how))


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or []


def _tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Gazetteer:
    """Read the gazetteer once per process (cached)."""
    root = Path(directory) if directory else GAZETTEER_DIR
    gz = Gazetteer()
    for row in _read(root / "states.yaml"):
        state = gz.add(
            Entity("State", entity_key("State", row["name"]), row["name"], _tuple(row.get("aliases"))),
            demonyms=_tuple(row.get("demonyms")),
        )
        if row.get("capital"):
            city = gz.add(Entity("City", entity_key("City", row["capital"]), row["capital"],
                                 _tuple(row.get("capital_aliases"))))
            gz.capitals[city.key] = state.key
            gz.state_of_city[city.key] = state.key
        preds = tuple(entity_key("State", p) for p in _tuple(row.get("successor_of")))
        if preds:
            gz.successor_of[state.key] = preds
    for row in _read(root / "places.yaml"):
        city = gz.add(Entity(row.get("kind", "City"), entity_key(row.get("kind", "City"), row["name"]),
                             row["name"], _tuple(row.get("aliases"))))
        if row.get("country"):
            gz.state_of_city[city.key] = entity_key("State", row["country"])
    for row in _read(root / "territories.yaml"):
        kind = row.get("kind", "Territory")
        ent = gz.add(Entity(kind, entity_key("Territory", row["name"]), row["name"],
                            _tuple(row.get("aliases"))))
        if row.get("holder"):
            gz.holder[ent.key] = entity_key("State", row["holder"])
        if row.get("claimants"):
            gz.claimants[ent.key] = tuple(entity_key("State", c) for c in _tuple(row["claimants"]))
        for whole in _tuple(row.get("part_of")):
            wkey = entity_key("Territory", whole)
            gz.parts[wkey] = tuple(dict.fromkeys(gz.parts.get(wkey, ()) + (ent.key,)))
    for row in _read(root / "organizations.yaml"):
        gz.add(Entity("Organization", entity_key("Organization", row["name"]), row["name"],
                      _tuple(row.get("aliases"))), demonyms=_tuple(row.get("demonyms")))
    for row in _read(root / "documents.yaml"):
        gz.add(Entity("Document", entity_key("Document", row["name"]), row["name"],
                      _tuple(row.get("aliases")), row.get("subtype"),
                      str(row["date"]) if row.get("date") else None))
    for row in _read(root / "offices.yaml"):
        canonical = row["role"]
        for variant in (canonical, *_tuple(row.get("variants"))):
            gz.offices[_norm(variant)] = canonical
    return gz
