"""Graphviz DOT, and SVG through the ``dot`` program."""

from __future__ import annotations

import shutil
import subprocess

import networkx as nx

from kg.errors import KgError
from kg.export.colours import colour

_SHAPES = {"entity": "ellipse", "fact": "box"}


def dot(G: nx.MultiDiGraph) -> bytes:
    """A DOT digraph: entities as ellipses, fact nodes as boxes, coloured by type."""
    lines = [
        "digraph kg {",
        '  graph [rankdir=LR, overlap=false, fontname="Helvetica"];',
        '  node [style=filled, fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=8, color="#888888"];',
    ]
    for n, d in G.nodes(data=True):
        shape = (
            "note" if d.get("kind") == "Condition" else _SHAPES.get(d.get("category"), "ellipse")
        )
        attrs = {
            "label": d.get("label", n),
            "shape": shape,
            "fillcolor": colour(d.get("type", "")),
            "tooltip": f"{d.get('type', '')} {n}",
            "URL": n,
        }
        lines.append(f"  {_q(n)} [{_attrs(attrs)}];")
    for u, v, d in G.edges(data=True):
        attrs = {"label": d.get("label", "")}
        if d.get("title"):  # the fact in words, on hover
            attrs["tooltip"] = d["title"]
        lines.append(f"  {_q(u)} -> {_q(v)} [{_attrs(attrs)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


def svg(G: nx.MultiDiGraph) -> bytes:
    """The DOT rendered by Graphviz (``dot -Tsvg``)."""
    exe = shutil.which("dot")
    if exe is None:
        raise KgError(
            "Graphviz 'dot' is not installed",
            hint="install Graphviz (Debian: graphviz) or use --format dot",
        )
    run = subprocess.run([exe, "-Tsvg"], input=dot(G), capture_output=True, timeout=600)
    if run.returncode != 0:
        first = (run.stderr.decode(errors="replace").strip().splitlines() or ["failed"])[0]
        raise KgError(f"Graphviz 'dot' failed: {first}")
    return run.stdout


def _q(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _attrs(attrs: dict) -> str:
    return ", ".join(f"{k}={_q(v)}" for k, v in attrs.items())
