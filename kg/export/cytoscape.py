"""Cytoscape.js JSON (``elements.nodes`` / ``elements.edges``), which Cytoscape desktop imports."""

from __future__ import annotations

import json

import networkx as nx

from kg.export.layout import layout
from kg.graph.view import scalar_copy


def cytoscape(G: nx.MultiDiGraph, *, positions: bool = True) -> bytes:
    """Nodes carry ``data.id`` (the IRI) and a ``position``; edges ``data.id/source/target``."""
    H = scalar_copy(G)
    pos = layout(H) if positions else {}
    nodes = []
    for n, d in H.nodes(data=True):
        node: dict = {"data": {"id": n, **d}}
        if n in pos:
            node["position"] = {"x": round(pos[n][0], 1), "y": round(pos[n][1], 1)}
        nodes.append(node)
    edges = [
        {"data": {"id": k, "source": u, "target": v, **d}}
        for u, v, k, d in H.edges(keys=True, data=True)
    ]
    doc = {
        "format_version": "1.0",
        "generated_by": "dispute-kg",
        "target_cytoscapejs_version": "~3.0",
        "data": {"name": "dispute-kg"},
        "elements": {"nodes": nodes, "edges": edges},
    }
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode()
