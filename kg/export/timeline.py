"""The dated events and documents of a dispute on a time axis (matplotlib, drawn by
:mod:`kg.export.timeline_figure`), or as CSV/HTML.

What belongs to a dispute is what the graph connects to its territory within ``depth`` hops (a fact
node is not a stop): the claims' states, the documents that promise the islands, their signings, the
meetings of the states' ministers. Undated events and documents are left out and counted.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from dataclasses import dataclass

import networkx as nx

from kg.errors import UsageError
from kg.export import formats
from kg.graph.subgraphs import distances
from kg.model import DOCUMENT_TYPES
from kg.vocab import DKG

#: Fact classes that happen at a time (claims and office holdings are states of affairs).
EVENT_TYPES = frozenset(
    "Meeting Handover Signing Issuance ObligationWithdrawal AgreementReached Suspension Protest "
    "Recognition Incorporation".split()
)
_DOCUMENTS = frozenset(DOCUMENT_TYPES) | {"Document"}


@dataclass(frozen=True)
class Event:
    date: str  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    type: str
    label: str
    iri: str
    evidence: int
    sources: int

    @property
    def when(self) -> dt.date:
        parts = [int(p) for p in self.date.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


@dataclass
class Timeline:
    events: list[Event]
    undated: int
    title: str


def timeline(
    G: nx.MultiDiGraph,
    seeds: list[str] | None = None,
    *,
    depth: float = 3,
    title: str = "Chronology",
) -> Timeline:
    """Dated events and documents near ``seeds`` (all of the graph without seeds)."""
    scope: set[str] = set(G.nodes)
    if seeds:
        scope = set()
        for seed in seeds:
            scope |= set(distances(G, seed, depth))
    events, undated = [], 0
    for n in sorted(scope):
        d = G.nodes[n]
        is_doc = d.get("category") == "entity" and d.get("kind") == "Document"
        is_event = (
            d.get("kind") == "Fact"
            and not d.get("negated")
            and (d.get("type") in EVENT_TYPES or d.get("date"))
        )
        if not (is_doc or is_event):
            continue
        date = d.get("date")
        if not date or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", date):
            undated += 1
            continue
        events.append(
            Event(date, d["type"], d["label"], n, d.get("evidence", 0), d.get("sources", 0))
        )
    # a document before what is done with it on its day (its signing), then by words
    events.sort(key=lambda e: (e.when, len(e.date), e.type not in _DOCUMENTS, e.label))
    return Timeline(events, undated, title)


def dispute_seeds(G: nx.MultiDiGraph, node: str) -> list[str]:
    """A dispute fact's territories, or the territory itself."""
    if node not in G:
        raise UsageError(f"{node}: not in the graph")
    d = G.nodes[node]
    if d.get("type") == "Dispute":
        return sorted(
            v for _, v, e in G.out_edges(node, data=True) if e.get("iri") == DKG.territory.value
        )
    return [node]


def render(tl: Timeline, fmt: str) -> bytes:
    if fmt == "csv":
        return _csv(tl)
    if fmt == "html":
        return _html(tl)
    if fmt in ("png", "svg"):
        return _figure(tl, fmt)
    raise UsageError(
        f"unknown timeline format {fmt!r}; choose one of: {', '.join(formats.TIMELINE)}"
    )


def _csv(tl: Timeline) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["date", "type", "label", "iri", "evidence", "sources"])
    for e in tl.events:
        w.writerow([e.date, e.type, e.label, e.iri, e.evidence, e.sources])
    return out.getvalue().encode()


def _figure(tl: Timeline, fmt: str) -> bytes:
    from kg.export.timeline_figure import figure

    return figure(tl, fmt)


def _html(tl: Timeline) -> bytes:
    svg = _figure(tl, "svg").decode()
    svg = svg[svg.index("<svg") :]
    rows = "".join(
        f"<tr><td>{html.escape(e.date)}</td><td>{html.escape(e.type)}</td>"
        f"<td>{html.escape(e.label)}</td><td>{e.evidence}</td>"
        f"<td><code>{html.escape(e.iri)}</code></td></tr>\n"
        for e in tl.events
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(tl.title)}</title>
<style>body{{font:14px system-ui,sans-serif;margin:20px}}table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}}
svg{{max-width:100%;height:auto}}
code{{font-size:11px;color:#666}}</style></head><body>
<h1>{html.escape(tl.title)}</h1>
{svg}
<p>{len(tl.events)} dated events and documents;
<span id="undated">{tl.undated}</span> undated left out.</p>
<table><thead><tr><th>date</th><th>type</th><th>event</th><th>evidence</th><th>IRI</th></tr></thead>
<tbody>
{rows}</tbody></table>
</body></html>
"""
    return page.encode()
