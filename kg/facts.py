"""The facts JSON Lines interchange format (shared/eval/FORMAT.md): one entity or fact a line."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg import iris
from kg.model import Arg, Entity, Extraction


def _entity(e: Entity) -> dict:
    return {"id": iris.entity_iri(e).value, "label": e.label, "aliases": list(e.aliases)}


def _arg(value: Arg) -> object:
    if isinstance(value, Entity):
        return _entity(value)
    if isinstance(value, tuple):
        return [_entity(v) for v in value]
    return value


def lines(extraction: Extraction) -> Iterator[str]:
    """Entities first (sorted by IRI), then facts in reading order; keys sorted for stable output."""
    for e in sorted(extraction.entities, key=lambda e: e.key):
        obj: dict[str, object] = {
            "id": iris.entity_iri(e).value,
            "type": e.kind,
            "label": e.label,
            "aliases": list(e.aliases),
        }
        if e.subtype:
            obj["subtype"] = e.subtype
        if e.date:
            obj["date"] = e.date
        yield json.dumps({"entity": obj}, ensure_ascii=False, sort_keys=True)
    seen: set[str] = set()
    for f in extraction.facts:
        fact_id = iris.fact_iri(f).value
        if fact_id in seen or f.negated:  # read again: one line; denied ("has never claimed"): the
            continue  # format has no negation, so a line would assert it (the graph keeps it, marked)
        seen.add(fact_id)
        obj = {
            "rel": f.rel,
            "args": {k: _arg(v) for k, v in f.args.items()},
            "evidence": {
                "start": f.evidence.start,
                "end": f.evidence.end,
                "text": f.evidence.text,
                "rule": f.evidence.rule,
            },
            "confidence": round(f.confidence, 2),
            "id": fact_id,
        }
        if f.negated:
            obj["negated"] = True
        if f.reported_by is not None:
            obj["reported_by"] = _entity(f.reported_by)
        yield json.dumps(obj, ensure_ascii=False, sort_keys=True)
