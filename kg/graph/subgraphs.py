"""Cuts of the entity graph (:mod:`kg.graph.view`): by type, around a node, without directions,
and the hop distance the graph questions and pictures share.

Each keeps the graph's own node and edge order: networkx's views iterate sets, whose order changes
between runs, and output must not.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.errors import UsageError
from kg.vocab import DKG


def filter_types(G: nx.MultiDiGraph, types: Iterable[str]) -> nx.MultiDiGraph:
    """The subgraph of nodes whose type or kind is listed (case-insensitive; 'Fact' keeps facts)."""
    wanted = {t.strip().lower() for t in types if t.strip()}
    known = {t.lower() for t in DKG.terms if t[:1].isupper()}
    unknown = sorted(wanted - known)
    if unknown:
        raise UsageError(
            f"unknown type(s): {', '.join(unknown)}",
            hint="use ontology class names such as State, Island, Meeting, Fact",
        )
    keep = [
        n
        for n, d in G.nodes(data=True)
        if d["type"].lower() in wanted or d["kind"].lower() in wanted
    ]
    return induced(G, keep)


def hop_weight(G: nx.Graph, u: str, v: str) -> float:
    """Entity to entity is one hop; through a fact node, half a hop each side; conditions free."""
    kinds = {G.nodes[u]["kind"], G.nodes[v]["kind"]}
    if "Condition" in kinds:
        return 0.0
    return 0.5 if "Fact" in kinds else 1.0


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """``G`` without directions or parallel edges, its neighbours in a fixed order: networkx's
    undirected view iterates a set of them, so between two equally short paths the hash seed
    would choose, and ``kg path`` would answer differently from one run to the next."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    U.add_edges_from(sorted({(u, v) if u <= v else (v, u) for u, v in G.edges()}))
    return U


def distances(G: nx.MultiDiGraph, source: str, depth: float | None = None) -> dict[str, float]:
    """Hops from ``source`` to every node within ``depth`` (facts do not count as a stop)."""
    U = undirected(G)
    return nx.single_source_dijkstra_path_length(
        U, source, cutoff=depth, weight=lambda u, v, _: hop_weight(U, u, v)
    )


def focus(G: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    """The neighbourhood of ``node``: entities within ``depth`` hops and the facts joining them."""
    if node not in G:
        raise UsageError(f"{node}: not a node of the graph (is it an entity or a fact?)")
    near = set(distances(G, node, depth))
    U = G.to_undirected(as_view=True)
    for n, data in G.nodes(data=True):  # a fact between two near entities is near too
        if n not in near and data["kind"] == "Fact" and len(set(U[n]) & near) >= 2:
            near.add(n)
    near |= {c for n in list(near) for c in G.successors(n) if G.nodes[c]["kind"] == "Condition"}
    return induced(G, near)


def induced(G: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    """The subgraph on ``nodes`` in G's own order (networkx's subgraph views iterate a set, whose
    order changes between runs)."""
    keep = set(nodes)
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n in keep)
    H.add_edges_from(
        (u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep
    )
    return H
