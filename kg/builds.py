"""The build log: each ``kg build`` as a numbered PROV activity, so that ``kg changes`` can say
what one build brought.

Why a graph of its own (``id:graph/builds``): the log is about the store, not a source. It is not
copied into the union default graph, so queries, exports and validation see the same data with
or without it, and a rebuild of the same sources gives the same exported graph; only the log's
times differ from run to run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import iris, queries
from kg.engines.base import BuildReport
from kg.paths import QUERIES_DIR
from kg.sparql.rewrite import triple_line
from kg.stores import GraphStore
from kg.vocab import BUILDS_GRAPH, DKG, PROV, RDF, RDFS, XSD

#: The queries of the log and of what is new (queries/changes/*.rq).
QUERIES = QUERIES_DIR / "changes"
#: outcome -> the property that links a build to a source with that outcome
OUTCOMES = {
    "added": DKG.addedSource,
    "replaced": DKG.replacedSource,
    "unchanged": DKG.unchangedSource,
    "removed": DKG.removedSource,
}


@dataclass
class Build:
    """One run as the log keeps it: its number, times, and its sources by outcome."""

    number: int
    iri: str
    started: str
    ended: str
    sources: dict[str, list[str]] = field(default_factory=dict)  # outcome -> source IRIs


def log(store: GraphStore, number: int | None = None) -> list[Build]:
    """Every build in the log (or build ``number``), oldest first."""
    bindings = {"build": iris.build_iri(number)} if number is not None else None
    found: dict[str, Build] = {}
    for row in store.query(queries.get("builds", QUERIES).text, bindings):
        iri = row["build"].value
        build = found.setdefault(
            iri, Build(int(row["number"].value), iri, row["started"].value, row["ended"].value)
        )
        if row["outcome"] is not None:
            build.sources.setdefault(row["outcome"].value, []).append(row["source"].value)
    return sorted(found.values(), key=lambda b: b.number)


def record(
    store: GraphStore,
    report: BuildReport,
    started: dt.datetime,
    ended: dt.datetime,
    *,
    removed: Iterable[ox.NamedNode] = (),
) -> int:
    """Log one build (what ``report`` says it did, or the sources ``removed``) as the next
    numbered dkg:Build; returns its number."""
    builds = log(store)
    number = builds[-1].number + 1 if builds else 1
    node = iris.build_iri(number)
    triples = [
        (node, RDF.type, DKG.Build),
        (node, RDF.type, PROV.Activity),
        (node, RDFS.label, ox.Literal(f"build {number}")),
        (node, DKG.buildNumber, ox.Literal(str(number), datatype=XSD.integer)),
        (node, PROV.startedAtTime, _time(started)),
        (node, PROV.endedAtTime, _time(ended)),
    ]
    outcomes = {**report.outcomes, "removed": list(removed)}
    for outcome, graphs in outcomes.items():
        for graph in graphs:
            triples.append((node, OUTCOMES[outcome], graph))
            if outcome in ("added", "replaced"):
                triples.append((node, PROV.generated, graph))
    body = "\n".join(triple_line(s, p, o) for s, p, o in triples)
    store.update(f"INSERT DATA {{ GRAPH {BUILDS_GRAPH} {{\n{body}\n}} }}")
    store.flush()
    return number


def _time(moment: dt.datetime) -> ox.Literal:
    """An xsd:dateTime in UTC to the second: 2026-12-02T22:30:00Z."""
    utc = moment.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)
    return ox.Literal(utc.isoformat() + "Z", datatype=XSD.dateTime)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
