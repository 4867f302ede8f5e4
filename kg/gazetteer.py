"""World knowledge as data: states, territories, organisations, documents, places and offices.

The files live in ``data/gazetteer/`` (see its README for where each fact comes from). They are read
once per process. Nothing about a particular article or dispute is written in code.
``python -m kg.gazetteer --check`` reports any name the files refer to that does not resolve.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kg.gazetteer_index import TERRITORY_KINDS, Gazetteer, Surface, norm
from kg.iris import entity_key
from kg.model import DOCUMENT_TYPES, Entity
from kg.paths import GAZETTEER_DIR, read_yaml

__all__ = ["TERRITORY_KINDS", "Gazetteer", "Surface", "load", "norm"]


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
            if m and len(m.group(1)) > 3 and norm(m.group(1)) not in gz.surfaces:
                gz.add_surface(m.group(1), ent, "alias")


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
                gz.shared[norm(name)] = (*gz.shared.get(norm(name), ()), state.key)
                gz.add_surface(
                    name, state, "shared-demonym" if how == "shared_demonyms" else "shared"
                )
                if how == "shared":  # "the two Koreas": the plural names every state sharing it
                    gz.shared[norm(name + "s")] = gz.shared[norm(name)]
                    gz.add_surface(name + "s", state, "shared-all")
        preds = tuple(entity_key("State", p) for p in _tuple(row.get("successor_of")))
        if preds:
            gz.successor_of[state.key] = preds
        gz.refs += [
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
            gz.refs.append(("State", row["country"], f"places.yaml {row['name']}"))
        if row.get("in"):
            gz.territory_of_place[city.key] = entity_key("Territory", row["in"])
            gz.refs.append(("Territory", row["in"], f"places.yaml {row['name']}"))
    for row in _read(root / "territories.yaml"):
        kind = row.get("kind", "Territory")
        if kind not in TERRITORY_KINDS:
            gz.refs.append(("kind", kind, f"territories.yaml {row['name']}"))
        ent = gz.add(
            Entity(
                kind, entity_key("Territory", row["name"]), row["name"], _tuple(row.get("aliases"))
            )
        )
        where = f"territories.yaml {row['name']}"
        if row.get("holder"):
            gz.holder[ent.key] = entity_key("State", row["holder"])
            gz.refs.append(("State", row["holder"], where))
        if row.get("claimants"):
            gz.claimants[ent.key] = tuple(entity_key("State", c) for c in _tuple(row["claimants"]))
            gz.refs += [("State", c, where) for c in _tuple(row["claimants"])]
        if row.get("region"):
            gz.region[ent.key] = str(row["region"])
        if row.get("waters") or row.get("wide"):  # no land a noun refers back to
            gz.waters.add(ent.key)
        for whole in _tuple(row.get("part_of")):
            wkey = entity_key("Territory", whole)
            gz.parts[wkey] = tuple(dict.fromkeys(gz.parts.get(wkey, ()) + (ent.key,)))
            gz.refs.append(("Territory", whole, where))
    _island_stems(gz)
    for row in _read(root / "people.yaml"):
        person = Entity(
            "Person", entity_key("Person", row["name"]), row["name"], _tuple(row.get("aliases"))
        )
        for spelling in (person.label, *person.aliases):
            gz.people[norm(spelling)] = person
        if row.get("state"):
            gz.refs.append(("State", row["state"], f"people.yaml: {row['name']}"))
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
            gz.refs.append(("State", row["state"], f"organizations.yaml {row['name']}"))
            gz.body_state[entity_key("Organization", row["name"])] = entity_key(
                "State", row["state"]
            )
    for row in _read(root / "documents.yaml"):
        if row.get("subtype") not in DOCUMENT_TYPES:
            gz.refs.append(("subtype", str(row.get("subtype")), f"documents.yaml {row['name']}"))
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
            gz.offices[norm(variant)] = canonical
        gz.epithets.update(norm(e) for e in _tuple(row.get("epithets")))
        if row.get("of") == "place":
            gz.place_offices.add(canonical)
        if row.get("reported") == "state":
            gz.state_offices.add(canonical)
        if row.get("stands_for"):
            gz.stands_for[canonical] = _tuple(row["stands_for"])
        if row.get("state"):
            gz.refs.append(("State", row["state"], f"offices.yaml {canonical}"))
            gz.office_state[canonical] = entity_key("State", row["state"])
    for entity in list(gz.entities.values()):
        land = gz.territory_by_name(entity.label) if entity.kind == "State" else None
        if land is not None:
            gz.lands[entity.key] = land.key
    return gz


if __name__ == "__main__":  # pragma: no cover
    from kg.gazetteer_check import main  # here: the checker imports this module

    sys.exit(main(sys.argv[1:]))
