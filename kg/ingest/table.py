"""Structured tables of disputes (BorderLines format) -> claims, control, disputes and parts.

A row ``Territory,Claimants,Controller,...`` says: each claimant claims the territory, the
controller holds it, and the claimants dispute it. Names are resolved through the gazetteer, so a
row's ``People's Republic of China`` and an article's ``Beijing`` are the same node; a name the
gazetteer does not know still becomes an entity (keyed by its slug), never an error. Every fact's
evidence is the row's line in the file, so a table is as traceable as an article.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from kg import gazetteer as _gazetteer
from kg.errors import SourceError
from kg.files import read_bytes, require_text
from kg.ingest.base import FileIngester, ReadOptions
from kg.iris import entity_key, slugify
from kg.limits import MAX_TABLE_BYTES, MAX_TABLE_ROWS, time_budget
from kg.model import Entity, Evidence, Extraction, Fact, Source
from kg.paths import ROOT

#: Columns a table must have; Controller is optional (no control facts without it).
REQUIRED = ("Territory", "Claimants")
#: Controller values that mean nobody (known) holds the territory.
NO_CONTROLLER = frozenset({"", "unknown", "n/a", "na", "none", "-"})
RULE = "borderlines-row"
PART_RULE = "gazetteer-part-of"

_DATE_IN_NAME = re.compile(r"[_-](\d{4}-\d{2}(?:-\d{2})?)$")
_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


@dataclass(frozen=True)
class Row:
    """One record of a table, with where it is in the file text."""

    line: int  # 1-based line number of the record's first line
    start: int
    end: int  # text[start:end] is the record without its line break
    territory: str
    claimants: tuple[str, ...]
    controller: str | None  # None: Unknown, N/A, empty or no Controller column


def table_key(path: Path) -> str:
    """Source key from the file name: disputed_territories_2021-08.csv ->
    borderlines-disputed-territories-2021-08."""
    slug = slugify(Path(path).stem)
    return slug if slug.startswith("borderlines") else f"borderlines-{slug}"


def date_from_name(path: Path) -> str | None:
    """The snapshot date a file name ends with (``_2021-08`` -> "2021-08"), else None."""
    m = _DATE_IN_NAME.search(Path(path).stem)
    return m.group(1) if m else None


def read_rows(
    path: Path, *, max_bytes: int = MAX_TABLE_BYTES, max_rows: int = MAX_TABLE_ROWS
) -> tuple[str, list[Row]]:
    """The file's text and its records; SourceError for what cannot be read as such a table, and
    for a file over ``max_bytes`` or with over ``max_rows`` records (refused, not cut short)."""
    path = Path(path)
    text = _read_text(path, max_bytes)
    lines = _LINE.findall(text)
    if not lines or not lines[0].strip():
        raise SourceError(str(path), "empty file, expected a header line", line=1)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))
    consumed = 0

    def feed():
        nonlocal consumed
        for ln in lines:
            consumed += 1
            yield ln

    reader = csv.reader(feed())
    header = [h.strip() for h in next(reader)]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SourceError(
            str(path),
            f"missing column(s) {', '.join(missing)}",
            line=1,
            hint=f"the header has {', '.join(header) or 'nothing'}",
        )
    col = {name: header.index(name) for name in header if name}
    rows: list[Row] = []
    while True:
        first = consumed + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise SourceError(str(path), f"bad CSV: {exc}", line=first) from None
        if not any(field.strip() for field in record):
            continue
        if len(rows) == max_rows:
            raise SourceError(
                str(path),
                f"too many rows: over {max_rows}, the table row limit",
                line=first,
                hint="raise it with --max-table-rows N, or split the table",
            )
        rows.append(_row(path, record, col, first, consumed, offsets, text))
    return text, rows


def _row(path, record, col, first, last, offsets, text) -> Row:
    def field(name: str) -> str:
        i = col.get(name)
        return record[i].strip() if i is not None and i < len(record) else ""

    territory = field("Territory")
    if not territory:
        raise SourceError(str(path), "row without a Territory", line=first)
    claimants = tuple(dict.fromkeys(c.strip() for c in field("Claimants").split(";") if c.strip()))
    if not claimants:
        raise SourceError(str(path), f"no Claimants for {territory!r}", line=first)
    controller = field("Controller")
    start, end = offsets[first - 1], offsets[last]
    end = start + len(text[start:end].rstrip("\r\n"))
    return Row(
        first,
        start,
        end,
        territory,
        claimants,
        None if controller.lower() in NO_CONTROLLER else controller,
    )


def _read_text(path: Path, max_bytes: int) -> str:
    raw = read_bytes(
        path,
        max_bytes,
        limit="the table size limit",
        hint="raise it with --max-table-bytes N, or split the table",
    )
    require_text(raw, str(path), "a CSV table")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            str(path), f"invalid UTF-8 at byte {exc.start}", hint="save it as UTF-8"
        ) from None


# -- resolving names ------------------------------------------------------------------------------


def territory_entity(name: str, gz: _gazetteer.Gazetteer) -> Entity:
    """The gazetteer's territory for a table name, else a new one: first slashed part is the
    name, the other parts and the full spelling are aliases."""
    known = gz.territory_by_name(name)
    if known is not None:
        return known
    parts = [p.strip() for p in name.split("/") if p.strip()]
    aliases = tuple(dict.fromkeys(parts[1:] + ([name] if len(parts) > 1 else [])))
    return Entity("Territory", entity_key("Territory", parts[0]), parts[0], aliases)


def state_entity(name: str, gz: _gazetteer.Gazetteer) -> Entity:
    """The gazetteer's state for a name ('People's Republic of China' -> China), else a new one."""
    return gz.state_by_name(name) or Entity("State", entity_key("State", name), name)


# -- reading --------------------------------------------------------------------------------------


def read_table(
    path: Path | str,
    as_of: str | None = None,
    *,
    gazetteer: _gazetteer.Gazetteer | None = None,
    max_bytes: int = MAX_TABLE_BYTES,
    max_rows: int = MAX_TABLE_ROWS,
) -> Extraction:
    """A BorderLines-format CSV as an Extraction (Source kind "Table").

    ``as_of`` dates the table (and its claims and control facts); without it, the date at the end
    of the file name is used, else the table is undated.
    """
    path = Path(path)
    gz = gazetteer or _gazetteer.load()
    text, rows = read_rows(path, max_bytes=max_bytes, max_rows=max_rows)
    as_of = as_of or date_from_name(path)
    source = Source(
        key=table_key(path),
        kind="Table",
        title=f"BorderLines table {path.name}",
        publisher="BorderLines (from Wikipedia, List of territorial disputes)",
        published=as_of,
        path=_display_path(path),
        text=text,
    )
    entities: dict[str, Entity] = {}
    facts: list[Fact] = []
    for row in rows:
        facts.extend(_row_facts(row, source, as_of, gz, entities))
    return Extraction(source, sorted(entities.values()), facts)


def _ingest(path: Path, options: ReadOptions) -> list[Extraction]:
    limits = options.limits
    with time_budget(limits.source_seconds, str(path)):
        return [
            read_table(
                path, as_of=options.as_of, max_bytes=limits.table_bytes, max_rows=limits.table_rows
            )
        ]


#: A BorderLines-format CSV of claims and control.
INGESTER = FileIngester("table", (".csv",), "tables", _ingest)


def _row_facts(row: Row, source: Source, as_of: str | None, gz, entities) -> list[Fact]:
    ev = Evidence(source.key, row.start, row.end, source.text[row.start : row.end], RULE, 1.0)
    territory = territory_entity(row.territory, gz)
    claimants = list({e.key: e for e in (state_entity(c, gz) for c in row.claimants)}.values())
    holder = state_entity(row.controller, gz) if row.controller else None
    for e in (territory, *claimants, *([holder] if holder else [])):
        entities.setdefault(e.key, e)
    dated = {"date": as_of} if as_of else {}
    facts = [
        Fact("claims", {"claimant": c, "territory": territory, **dated}, ev)
        for c in claimants
        if holder is None or c.key != holder.key
    ]
    if holder is not None:
        facts.append(Fact("controls", {"state": holder, "territory": territory, **dated}, ev))
    if len(claimants) >= 2:
        facts.append(Fact("disputes", {"parties": tuple(claimants), "territory": territory}, ev))
    part_ev = Evidence(ev.source, ev.start, ev.end, ev.text, PART_RULE, 1.0)
    for whole_key in gz.part_of(territory.key):
        whole = gz.get(whole_key)
        if whole is not None:
            entities.setdefault(whole.key, whole)
            facts.append(Fact("partOf", {"part": territory, "whole": whole}, part_ev))
    return facts


def _display_path(path: Path) -> str:
    """A path that is the same on every checkout: relative to the project when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name
