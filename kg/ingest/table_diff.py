"""Comparing two snapshots of a dispute table (BorderLines format), territory by territory: rows
added or removed, claimants added or removed, controller changed. Kept apart from kg.ingest.table,
which reads a table into facts; ``kg table-diff`` compares two files, kg.changes two snapshots in
the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg import gazetteer as _gazetteer
from kg.ingest.table import read_rows, state_entity, table_key, territory_entity
from kg.limits import MAX_TABLE_BYTES, MAX_TABLE_ROWS
from kg.model import Entity


@dataclass(frozen=True)
class RowChange:
    """How one territory's row differs between two snapshots of a table."""

    territory: Entity
    status: str  # "added" (only in the new table), "removed" (only in the old), "changed"
    claimants_added: tuple[Entity, ...] = ()
    claimants_removed: tuple[Entity, ...] = ()
    controller_before: Entity | None = None
    controller_after: Entity | None = None

    @property
    def controller_changed(self) -> bool:
        return _key(self.controller_before) != _key(self.controller_after)

    def describe(self) -> str:
        """One line: 'Crimea: controller unknown -> Russia; claimants +Ukraine'."""
        if self.status != "changed":
            claimants = self.claimants_added or self.claimants_removed
            holder = self.controller_after or self.controller_before
            return (
                f"{self.territory.label}: row {self.status} (claimants "
                f"{', '.join(e.label for e in claimants)}; controller {_label(holder)})"
            )
        bits = []
        if self.controller_changed:
            bits.append(
                f"controller {_label(self.controller_before)} -> {_label(self.controller_after)}"
            )
        if self.claimants_added:
            bits.append("claimants +" + ", +".join(e.label for e in self.claimants_added))
        if self.claimants_removed:
            bits.append("claimants -" + ", -".join(e.label for e in self.claimants_removed))
        return f"{self.territory.label}: {'; '.join(bits)}"


@dataclass(frozen=True)
class TableDiff:
    old: str  # source keys
    new: str
    changes: tuple[RowChange, ...]

    def lines(self) -> list[str]:
        return [c.describe() for c in self.changes]


def diff_tables(
    old_path: Path | str,
    new_path: Path | str,
    *,
    gazetteer: _gazetteer.Gazetteer | None = None,
    max_bytes: int = MAX_TABLE_BYTES,
    max_rows: int = MAX_TABLE_ROWS,
) -> TableDiff:
    """What changed between two snapshots: rows added or removed, claimants added or removed,
    controller changed. Rows are matched by territory as the gazetteer resolves them, so a
    renamed row (``Sakhalin`` / ``Sakhalin/Karafuto``) is the same territory."""
    gz = gazetteer or _gazetteer.load()
    limits = {"max_bytes": max_bytes, "max_rows": max_rows}
    changes = compare(_summary(Path(old_path), gz, limits), _summary(Path(new_path), gz, limits))
    return TableDiff(table_key(Path(old_path)), table_key(Path(new_path)), tuple(changes))


#: territory key -> (territory, its claimants, its controller): one snapshot, as compared
Summary = dict[str, tuple[Entity, tuple[Entity, ...], Entity | None]]


def compare(old: Summary, new: Summary) -> list[RowChange]:
    """Rows added or removed, claimants added or removed, controller changed, by territory
    label; for two files (diff_tables) or two snapshots in the store (kg.changes)."""
    changes = []
    for key in sorted(old.keys() | new.keys(), key=lambda k: ((old.get(k) or new[k])[0].label, k)):
        if key not in old or key not in new:
            territory, claimants, holder = new[key] if key in new else old[key]
            status = "added" if key in new else "removed"
            empty: tuple[Entity, ...] = ()
            changes.append(
                RowChange(
                    territory,
                    status,
                    claimants_added=claimants if status == "added" else empty,
                    claimants_removed=claimants if status == "removed" else empty,
                    controller_before=holder if status == "removed" else None,
                    controller_after=holder if status == "added" else None,
                )
            )
            continue
        territory, c_old, h_old = old[key]
        _, c_new, h_new = new[key]
        added = tuple(e for e in c_new if e.key not in {o.key for o in c_old})
        removed = tuple(e for e in c_old if e.key not in {n.key for n in c_new})
        if added or removed or _key(h_old) != _key(h_new):
            changes.append(RowChange(territory, "changed", added, removed, h_old, h_new))
    return changes


def _summary(path: Path, gz, limits: dict[str, int]) -> Summary:
    """territory key -> (territory, claimants, controller); repeated rows are merged."""
    out: dict[str, tuple[Entity, tuple[Entity, ...], Entity | None]] = {}
    for row in read_rows(path, **limits)[1]:
        territory = territory_entity(row.territory, gz)
        claimants = tuple(state_entity(c, gz) for c in row.claimants)
        holder = state_entity(row.controller, gz) if row.controller else None
        if territory.key in out:
            _, prev_claimants, prev_holder = out[territory.key]
            claimants = prev_claimants + claimants
            holder = prev_holder or holder
        claimants = tuple(sorted({e.key: e for e in claimants}.values()))
        out[territory.key] = (territory, claimants, holder)
    return out


def _key(entity: Entity | None) -> str | None:
    return entity.key if entity else None


def _label(entity: Entity | None) -> str:
    return entity.label if entity else "unknown"
