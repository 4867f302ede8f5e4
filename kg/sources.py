"""Sources as things of their own: list them (key, title, publisher, date, facts), find one by
its key, IRI or prefixed name, and remove one.

A source is a named graph that describes itself as a ``dkg:Source`` (so the graph of ``kg infer``
is not one). Removing it drops its graph and, in the same transaction, the triples of the union
default graph that no other source states (:meth:`kg.stores.embedded.Store.drop_graph`).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

import pyoxigraph as ox

from kg import suggest, texttable
from kg.errors import UsageError
from kg.iris import slugify
from kg.stores.base import GraphStore
from kg.vocab import ID, PREFIXES

_PREFIX = ID + "source/"
FORMATS = ("table", "json", "csv")

_LIST = """
SELECT ?source ?kind (SAMPLE(?t) AS ?title) (SAMPLE(?p) AS ?publisher) (SAMPLE(?d) AS ?date)
       (COUNT(DISTINCT ?fact) AS ?facts) (SAMPLE(?c) AS ?copyOf)
WHERE {
  GRAPH ?source {
    ?source a dkg:Source, ?kind .
    FILTER (?kind != dkg:Source)
    OPTIONAL { ?source dcterms:title ?t }
    OPTIONAL { ?source dcterms:publisher ?p }
    OPTIONAL { ?source dcterms:issued ?d }
    OPTIONAL { ?source dkg:nearDuplicateOf ?c }
    OPTIONAL { ?fact dkg:evidence/dkg:inSource ?source }
  }
}
GROUP BY ?source ?kind
ORDER BY ?source
"""


@dataclass(frozen=True)
class SourceInfo:
    """One source as ``kg sources`` lists it. ``duplicate_of``: the key of the source this one is
    a near-copy of (``dkg:nearDuplicateOf``, kg.duplicates), None for an original."""

    key: str
    iri: str
    kind: str
    title: str | None
    publisher: str | None
    date: str | None
    facts: int
    duplicate_of: str | None = None


def list_sources(store: GraphStore) -> list[SourceInfo]:
    """Every source in the store, sorted by key."""
    found: dict[str, SourceInfo] = {}
    for row in store.query(_LIST):
        iri = row["source"].value
        if iri in found:  # a second kind (Article and Table): keep the first
            continue
        found[iri] = SourceInfo(
            key=iri.removeprefix(_PREFIX),
            iri=iri,
            kind=row["kind"].value.rsplit("#", 1)[-1],
            title=_text(row["title"]),
            publisher=_text(row["publisher"]),
            date=_text(row["date"]),
            facts=int(row["facts"].value),
            duplicate_of=(_text(row["copyOf"]) or "").removeprefix(_PREFIX) or None,
        )
    return list(found.values())


def _text(term: ox.Literal | ox.NamedNode | None) -> str | None:
    return term.value if term is not None else None


def resolve(store: GraphStore, text: str) -> ox.NamedNode:
    """A source's graph from its key, its IRI or a prefixed name (``id:source/...``); a
    UsageError that suggests the nearest keys otherwise."""
    graphs = {g.value: g for g in store.graphs()}
    text = text.strip().removeprefix("<").removesuffix(">")
    prefix, _, local = text.partition(":")
    candidates = [text, PREFIXES.get(prefix, "\0") + local, _PREFIX + slugify(text)]
    for iri in candidates:
        if iri in graphs:
            return graphs[iri]
    keys = [g.removeprefix(_PREFIX) for g in graphs]
    starting = sorted(k for k in keys if k.startswith(slugify(text)))[:3]  # never taken unasked
    nearest = (
        f"did you mean: {', '.join(map(repr, starting))}?"
        if starting
        else suggest.did_you_mean(text, keys)
    )
    raise UsageError(
        f"{text!r}: no such source graph"
        + (f"; {nearest}" if nearest else f" (sources: {', '.join(keys) or 'none'})"),
        hint="'kg sources' lists them",
    )


def remove(store: GraphStore, graph: ox.NamedNode) -> int:
    """Drop one source's graph and its share of the union, atomically; returns the quads it had.
    A triple another source also states stays in the union."""
    count = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    n = int(next(iter(count))["n"].value)
    store.drop_graph(graph)
    store.flush()
    return n


# -- output ---------------------------------------------------------------------------------------

_COLUMNS = ("key", "title", "publisher", "date", "facts", "duplicate_of")


def render(
    found: list[SourceInfo], fmt: str, width: int | None = 100, limit: int | None = None
) -> str:
    """The sources as an aligned table (fitted to ``width``, None: one line each), JSON or CSV;
    the first ``limit`` of them when given."""
    total, facts = len(found), sum(s.facts for s in found)
    found = found[:limit] if limit is not None else found
    if fmt == "json":
        return json.dumps([asdict(s) for s in found], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_COLUMNS)
        for s in found:
            writer.writerow(["" if getattr(s, c) is None else getattr(s, c) for c in _COLUMNS])
        return out.getvalue()
    if fmt != "table":
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    headers = ["key", "title", "publisher", "date", "facts", "near-duplicate of"]
    rows = [
        [s.key, s.title or "", s.publisher or "", s.date or "", str(s.facts), s.duplicate_of or ""]
        for s in found
    ]
    widths = texttable.fit(headers, rows, width, whole=[False, False, False, True, True, False])
    lines = texttable.row(headers, widths)
    for row in rows:
        lines += texttable.row(row, widths)
    shown = f"{total} source{'' if total == 1 else 's'}, {facts} facts"
    if len(found) < total:
        shown = f"{len(found)} of {shown} (--limit {len(found)})"
    lines.append(shown)
    return "\n".join(lines) + "\n"
