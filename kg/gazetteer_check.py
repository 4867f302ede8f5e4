"""Checking the gazetteer: every name its files refer to resolves, and every territory and state
of the BorderLines tables is known (``python -m kg.gazetteer --check``).

Split from kg.gazetteer, which reads the files into one ``Gazetteer``; this module only reports
what does not resolve, for the command and the tests.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from kg.gazetteer import TERRITORY_KINDS, Gazetteer, load
from kg.iris import entity_key
from kg.model import DOCUMENT_TYPES, KINDS
from kg.paths import BORDERLINES_DIR

_BAD_VALUE = {"kind": TERRITORY_KINDS, "subtype": DOCUMENT_TYPES}


def check(gz: Gazetteer, tables: tuple[Path, ...] | None = None) -> list[str]:
    """Every name the files refer to resolves: holders, claimants, part_of, successor_of, places'
    states, and every territory, claimant and controller of the BorderLines tables. Returns the
    problems, one line each (empty when all is well)."""
    problems = []
    for kind, name, where in gz.refs:
        if kind in _BAD_VALUE:
            problems.append(f"{where}: {kind} {name!r} is not one of {', '.join(_BAD_VALUE[kind])}")
        elif gz.get(entity_key(kind, name)) is None:
            problems.append(f"{where}: {kind.lower()} {name!r} is not defined")
    bad_kinds = sorted({e.kind for e in gz.entities.values()} - set(KINDS))
    problems += [f"unknown entity kind {k!r}" for k in bad_kinds]
    if tables is None:
        tables = tuple(sorted(BORDERLINES_DIR.glob("*.csv")))
    for path in tables:
        with path.open(encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                if gz.territory_by_name(row["Territory"]) is None:
                    problems.append(f"{path.name}:{line}: territory {row['Territory']!r} unknown")
                names = row["Claimants"].split(";") + [row["Controller"]]
                for name in (n.strip() for n in names):
                    if name and name != "Unknown" and gz.state_by_name(name) is None:
                        problems.append(f"{path.name}:{line}: state {name!r} unknown")
    return problems


def main(argv: list[str]) -> int:
    """``python -m kg.gazetteer --check``: report names that do not resolve."""
    if argv != ["--check"]:
        print("usage: python -m kg.gazetteer --check", file=sys.stderr)
        return 2
    gz = load()
    problems = check(gz)
    for p in problems:
        print(p)
    kinds: dict[str, int] = {}
    for e in gz.entities.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(
        f"{'FAIL' if problems else 'ok'}: {len(gz.entities)} entities ({summary}); "
        f"{len(gz.offices)} office titles; {len(problems)} problem(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
