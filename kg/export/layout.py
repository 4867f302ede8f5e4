"""Node positions computed once in Python, so a page opens without running a layout.

Small graphs use networkx's spring layout. Above a few hundred nodes its O(n^2) steps get slow, so
a Fruchterman-Reingold variant with sampled repulsion (each node is pushed by a fixed random sample
of others, scaled up) runs in a few seconds for 5,000 nodes. Both are seeded: same graph, same
picture.

Isolated nodes (an entity no fact links to anything) would spread the picture and shrink what
matters, so the connected part is laid out alone and the isolated nodes are set aside in rows
below it (:func:`isolated` names them, for a page that lists them apart).
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from kg.graph.subgraphs import undirected

_SMALL = 400
_SEED = 7


def isolated(G: nx.Graph) -> list:
    """Nodes with no edge at all, in G's order."""
    return [n for n in G.nodes if G.degree(n) == 0]


def layout(
    G: nx.Graph, *, size: float = 1000.0, force_limit: int | None = None
) -> dict[str, tuple[float, float]]:
    """Positions: the connected part in [-size/2, size/2]^2 (y grows downwards, as on screen),
    the isolated nodes in rows below it. Above ``force_limit`` connected nodes, a spiral in
    breadth-first order (:func:`_spiral`, linear time) replaces the force layout: for files whose
    reader lays the graph out again anyway (Gephi), a start that costs nothing."""
    alone = isolated(G)
    lonely = set(alone)
    nodes = [n for n in G.nodes if n not in lonely]
    pos: dict[str, tuple[float, float]] = {}
    if nodes:
        U = undirected(G) if G.is_directed() else nx.Graph(G)
        U.remove_nodes_from(alone)
        if force_limit is not None and len(nodes) > force_limit:
            xy = _spiral(U, nodes)
        elif len(nodes) <= _SMALL:
            raw = nx.spring_layout(U, seed=_SEED, iterations=100)
            xy = np.array([raw[n] for n in nodes], dtype=float)
        else:
            xy = _sampled_fr(U, nodes)
        xy -= xy.mean(axis=0)
        span = float(np.abs(xy).max()) or 1.0
        xy *= (size / 2) / span
        pos = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}
    pos.update(_rows(alone, size, below=max((y for _, y in pos.values()), default=-size / 2)))
    return pos


def _rows(nodes: list, size: float, below: float) -> dict[str, tuple[float, float]]:
    """A grid under ``below``, as wide as the picture, one node every ``size/40``."""
    step = size / 40
    per_row = max(int(size / step) + 1, 1)
    top = below + 3 * step
    return {
        n: (-size / 2 + (i % per_row) * step, top + (i // per_row) * step)
        for i, n in enumerate(nodes)
    }


def _spiral(U: nx.Graph, nodes: list) -> np.ndarray:
    """An Archimedean spiral walked in breadth-first order, the largest component first: nodes
    one step apart in the order are one unit apart on the curve, as are the turns, so a chain of
    neighbours stays together. Every choice follows ``nodes``' order (deterministic)."""
    rank = {n: i for i, n in enumerate(nodes)}
    comps = sorted(nx.connected_components(U), key=lambda c: (-len(c), min(rank[n] for n in c)))
    order: list = []
    for comp in comps:
        root = min(comp, key=lambda n: (-U.degree(n), rank[n]))
        seen, queue = {root}, [root]
        for n in queue:  # the queue grows while it is read: breadth first
            for m in sorted(U[n], key=rank.__getitem__):
                if m not in seen:
                    seen.add(m)
                    queue.append(m)
        order.extend(queue)
    place = {n: i for i, n in enumerate(order)}
    theta = np.sqrt(4 * np.pi * np.array([place[n] for n in nodes], dtype=float))
    radius = theta / (2 * np.pi)  # arc length ~ index: equal steps along the curve
    return np.column_stack((radius * np.cos(theta), radius * np.sin(theta)))


def _sampled_fr(U: nx.Graph, nodes: list, iterations: int = 100, sample: int = 100) -> np.ndarray:
    rng = np.random.default_rng(_SEED)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in U.edges() if u != v], dtype=int)
    edges = edges.reshape(-1, 2)
    pos = rng.random((n, 2))
    k = 1.0 / np.sqrt(n)
    temp = 0.1
    m = min(sample, n - 1)
    for _ in range(iterations):
        others = rng.integers(0, n, size=(n, m))
        delta = pos[:, None, :] - pos[others]  # n x m x 2
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-6)
        disp = (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * ((n - 1) / m)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((d**2).sum(axis=1)), 1e-6)
            f = d * (dist / k)[:, None]
            np.add.at(disp, edges[:, 0], -f)
            np.add.at(disp, edges[:, 1], f)
        disp += (0.5 - pos) * 0.05 * n * k  # gravity keeps components together
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp *= 0.97
    return pos
