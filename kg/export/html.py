"""One self-contained HTML page to explore the graph: no network, no library, layout precomputed.

The page (``assets/viz.html``) draws on a canvas: pan, zoom, colours by type, a search box,
checkboxes that show or hide node types and relations, and a click on a node lists its facts with
the sentences and sources that state them. Positions come from :mod:`kg.export.layout`, so 5,000
nodes open at once; the view opens fitted to the connected part, and isolated nodes (laid out in
rows below it) are listed apart.
"""

from __future__ import annotations

import html
import json
from importlib import resources

import networkx as nx

from kg.export.colours import colour
from kg.export.layout import isolated, layout
from kg.graph.view import EvidenceRef, node_relation, relation_of


def html_page(
    G: nx.MultiDiGraph,
    evidence: dict[str, list[EvidenceRef]] | None = None,
    *,
    title: str = "dispute-kg",
) -> bytes:
    """The page for ``G``; ``evidence`` (fact IRI -> sentences) feeds the facts panel."""
    evidence = evidence or {}
    pos = layout(G)
    alone = set(isolated(G))
    nodes = list(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    facts = {n for n, d in G.nodes(data=True) if d.get("category") == "fact"}
    facts |= {d["iri"] for _, _, d in G.edges(data=True) if d.get("category") == "fact"}
    sources: dict[str, int] = {}
    source_rows: list[list[str]] = []
    ev_rows: dict[str, list] = {}
    for fact in sorted(facts):
        for r in evidence.get(fact, []):
            if r.source not in sources:
                sources[r.source] = len(source_rows)
                source_rows.append([r.source, r.source_title])
            ev_rows.setdefault(fact, []).append([sources[r.source], r.text, r.start, r.end])
    data = {
        "nodes": [
            [
                n,
                d.get("label", n),
                d.get("type", ""),
                d.get("category", ""),
                round(pos[n][0], 2),
                round(pos[n][1], 2),
                d.get("date"),
                d.get("evidence", 0),
                d.get("text"),
                int(n in alone),
                node_relation(d),
            ]
            for n, d in G.nodes(data=True)
        ],
        "edges": [
            [
                index[u],
                index[v],
                d.get("label", ""),
                d["iri"] if d.get("category") == "fact" else "",
                d.get("title", ""),
                relation_of(G, u, d),
            ]
            for u, v, d in G.edges(data=True)
        ],
        "evidence": ev_rows,
        "sources": source_rows,
        "colours": {
            t: colour(t) for t in sorted({d.get("type", "") for _, d in G.nodes(data=True)})
        },
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c")  # no '</script>' can end the data block early
    template = resources.files("kg.export").joinpath("assets/viz.html").read_text(encoding="utf-8")
    page = template.replace("__TITLE__", html.escape(title)).replace("__DATA__", payload, 1)
    return page.encode()
