"""What is new in a dispute since a date, or since one build: the facts the newer sources report
(claims, rejections, control, handovers, documents, offices, meetings, withdrawals), and for
BorderLines tables what changed between consecutive dated snapshots (what ``kg table-diff`` says
of two files, read from the store).

Dates are the sources' publication dates (``dcterms:issued``), not the dates of the events they
report: a 2019 article about the 1956 declaration is news of 2019.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass

import pyoxigraph as ox

from kg import builds, iris, lookup, queries, texttable
from kg.errors import UsageError
from kg.ingest.table_diff import Summary, compare
from kg.model import Entity
from kg.stores import GraphStore
from kg.vocab import ID

FORMATS = ("table", "json", "csv")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_SNAPSHOT_DATE = re.compile(r"-\d{4}(-\d{2}){0,2}$")


@dataclass(frozen=True)
class Change:
    """One thing a newer source reports: ``published`` is the source's date; ``what`` one line."""

    published: str
    change: str
    what: str
    source: str  # the source's key
    title: str
    sentence: str
    start: int | None = None
    end: int | None = None
    fact: str | None = None


def check_date(text: str) -> str:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or a UsageError naming it."""
    if not _DATE.fullmatch(text.strip()):
        raise UsageError(f"--since {text!r}: not a date", hint="write YYYY, YYYY-MM or YYYY-MM-DD")
    return text.strip()


def changes(
    store: GraphStore,
    *,
    since: str | None = None,
    territory: str | None = None,
    build: int | None = None,
) -> list[Change]:
    """What the sources published since ``since`` (or added or replaced by build ``build``)
    report, about ``territory`` (a label or IRI) when given; table snapshots compared."""
    if build is not None and not builds.log(store, build):
        known = [b.number for b in builds.log(store)]
        raise UsageError(
            f"--since-build {build}: no such build in the store's log"
            + (f" (builds: {known[0]}..{known[-1]})" if known else " (no build logged yet)"),
            hint="'kg changes --builds' lists them",
        )
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    if since is not None:
        bindings["since"] = ox.Literal(check_date(since))
    if build is not None:
        bindings["build"] = iris.build_iri(build)
    place = lookup.resolve(store, "territory", territory, ("Territory",)) if territory else None
    if place is not None:
        bindings["territory"] = place
    found = [
        _fact_change(row)
        for row in store.query(queries.get("new-facts", builds.QUERIES).text, bindings)
    ]
    found += table_changes(store, since=since, territory=place, build=build)
    # stable: the query's order within a sentence, the table diff's order (by territory) within one
    return sorted(found, key=lambda c: (c.published, c.source, c.start or 0))


def _fact_change(row) -> Change:
    negated = row["negated"] is not None and row["negated"].value == "true"
    change = row["change"].value + (" (negated)" if negated else "")
    return Change(
        published=row["published"].value,
        change=change,
        what=next((row[n].value for n in ("factLabel", "about") if row[n] is not None), ""),
        source=_key(row["source"].value),
        title=row["sourceTitle"].value if row["sourceTitle"] is not None else "",
        sentence=row["sentence"].value,
        start=int(row["start"].value),
        end=int(row["end"].value),
        fact=row["fact"].value,
    )


def _key(iri: str) -> str:
    return iri.removeprefix(ID + "source/")


# -- BorderLines snapshots ------------------------------------------------------------------------


def table_changes(
    store: GraphStore,
    *,
    since: str | None = None,
    territory: ox.NamedNode | None = None,
    build: int | None = None,
) -> list[Change]:
    """Each table snapshot published since ``since`` (or written by build ``build``) against the
    snapshot of the same table before it: rows added or removed, claimants, controller."""
    rows: dict[str, dict[str, tuple[Entity, dict[str, Entity], Entity | None]]] = defaultdict(dict)
    dates: dict[str, str] = {}
    for row in store.query(queries.get("table-snapshots", builds.QUERIES).text):
        source = row["source"].value
        dates[source] = row["published"].value
        place = _entity(row["territory"], row["territoryLabel"])
        state = _entity(row["state"], row["stateLabel"])
        _, claimants, holder = rows[source].get(place.key, (place, {}, None))
        if row["relation"].value == "controls":
            holder = state
        claimants[state.key] = state  # BorderLines lists the controller among the claimants
        rows[source][place.key] = (place, claimants, holder)
    snapshots: dict[str, Summary] = {
        source: {k: (p, tuple(sorted(c.values())), h) for k, (p, c, h) in by_place.items()}
        for source, by_place in rows.items()
    }
    written = _written(store, build)
    families: dict[str, list[str]] = defaultdict(list)
    for source in sorted(dates, key=lambda s: (dates[s], s)):
        families[_SNAPSHOT_DATE.sub("", _key(source))].append(source)
    found = []
    for chain in families.values():
        for old, new in zip(chain, chain[1:], strict=False):
            if (since is not None and dates[new] < since) or (
                written is not None and new not in written
            ):
                continue
            for change in compare(snapshots[old], snapshots[new]):
                if territory is not None and change.territory.key != territory.value.removeprefix(
                    ID
                ):
                    continue
                found.append(
                    Change(
                        dates[new],
                        "table: " + change.status,
                        change.describe(),
                        _key(new),
                        f"against {_key(old)}",
                        "",
                    )
                )
    return found


def _written(store: GraphStore, build: int | None) -> set[str] | None:
    if build is None:
        return None
    done = builds.log(store, build)[0].sources
    return set(done.get("added", []) + done.get("replaced", []))


def _entity(iri: ox.NamedNode, label: ox.Literal | None) -> Entity:
    key = iri.value.removeprefix(ID)
    return Entity(key.split("/", 1)[0].capitalize(), key, label.value if label is not None else key)


# -- output ---------------------------------------------------------------------------------------

_COLUMNS = ("published", "change", "what", "source", "sentence")


def render(found: list[Change], fmt: str, width: int | None = 100) -> str:
    """The changes as an aligned table, JSON (every field) or CSV."""
    if fmt == "json":
        return json.dumps([asdict(c) for c in found], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_COLUMNS)
        for c in found:
            writer.writerow([getattr(c, name) for name in _COLUMNS])
        return out.getvalue()
    if fmt != "table":
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    rows = [[c.published, c.change, c.what, c.source, c.sentence or c.title] for c in found]
    headers = list(_COLUMNS)
    widths = texttable.fit(headers, rows, width, whole=[True, False, False, False, False])
    lines = texttable.row(headers, widths)
    for row in rows:
        lines += texttable.row(row, widths)
    lines.append(f"{len(found)} change{'' if len(found) == 1 else 's'}")
    return "\n".join(lines) + "\n"


def render_log(log: list[builds.Build]) -> str:
    """The build log, one line a build."""
    lines = []
    for b in log:
        counts = ", ".join(f"{len(b.sources.get(o, []))} {o}" for o in builds.OUTCOMES)
        lines.append(f"build {b.number}: {b.started} .. {b.ended}: {counts}")
    return "\n".join(lines or ["no build logged yet"]) + "\n"
