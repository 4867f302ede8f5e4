"""GEXF 1.2 for Gephi: networkx's writer, made deterministic and schema-valid, with the picture
(colours, sizes, positions) and the dates Gephi's timeline plays."""

from __future__ import annotations

import calendar
import io
import math
import re

import networkx as nx

from kg.export.colours import colour
from kg.export.layout import layout
from kg.export.timeline import EVENT_TYPES
from kg.graph.view import scalar_copy

#: Above this many connected nodes the positions are a cheap spiral (breadth-first), not a force layout: Gephi
#: runs its own (ForceAtlas 2) from them, and a force layout of 100k nodes would take minutes.
FORCE_LIMIT = 5000
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def gexf(G: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2draft. networkx stamps today's date in <meta> and writes a ``name`` attribute on
        <graph> that the 1.2draft schema does not allow: both are replaced, so equal graphs give
        equal bytes and the file validates against gexf.xsd. An edge's ``type`` is written as
        ``relation_type``. Nodes carry ``viz:color`` (the type's colour, as in every picture),
        ``viz:size`` (by degree) and ``viz:position`` (:func:`kg.export.layout.layout`, seeded; a
    spiral above ``FORCE_LIMIT`` nodes);
        dated nodes and edges carry ``start``/``end`` (:func:`spell`), which makes the graph
        ``mode="dynamic"`` with ``timeformat="date"``."""
    H = scalar_copy(G)
    pos = layout(H, force_limit=FORCE_LIMIT)
    for n, d in H.nodes(data=True):
        x, y = pos[n]
        d["viz"] = {
            "color": _rgb(colour(d.get("type", ""))),
            "size": round(4 + 3 * math.sqrt(H.degree(n)), 2),
            "position": {"x": round(x, 2), "y": round(-y, 2), "z": 0.0},  # Gephi's y grows up
        }
        d.update(spell(d))
    for u, _, d in H.edges(data=True):
        # a role edge lives as long as its fact node; a fact edge by its own date
        d.update((spell(d) or _when(H.nodes[u])) if d.get("category") == "role" else spell(d))
        d["relation_type"] = d.pop("type")  # GEXF reserves an edge's 'type' (directed/undirected)
    out = io.BytesIO()
    nx.write_gexf(H, out, encoding="utf-8")
    text = out.getvalue().decode()
    text = re.sub(
        r"<meta lastmodifieddate=\"[^\"]*\">\s*<creator>[^<]*</creator>\s*</meta>",
        "<meta>\n    <creator>dispute-kg</creator>\n  </meta>",
        text,
        count=1,
    )
    text = re.sub(r'(<graph [^>]*?) name="[^"]*"', r"\1", text, count=1)
    return text.encode()


def spell(d: dict) -> dict[str, str]:
    """When a node or edge is on Gephi's timeline, from its ``date`` (a year, month or day): an
    event (a meeting, a signing ...) for the whole of that period; anything else dated (a
    document, a fact true "as of" a date) from its first day on, with no end."""
    m = _ISO.fullmatch(str(d.get("date") or ""))
    if not m:
        return {}
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    start = f"{year:04d}-{month:02d}-{day:02d}"
    if d.get("type") not in EVENT_TYPES:
        return {"start": start}
    last_month = month if m[2] else 12
    last_day = day if m[3] else calendar.monthrange(year, last_month)[1]
    return {"start": start, "end": f"{year:04d}-{last_month:02d}-{last_day:02d}"}


def _when(node: dict) -> dict[str, str]:
    return {k: v for k, v in node.items() if k in ("start", "end")}


def _rgb(hex_colour: str) -> dict:
    h = hex_colour.lstrip("#")
    return {"r": int(h[0:2], 16), "g": int(h[2:4], 16), "b": int(h[4:6], 16), "a": 1.0}
