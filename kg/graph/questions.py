"""Graph questions networkx answers well: counts, hubs, how two entities connect, neighbourhoods.

All work on the entity graph of :mod:`kg.graph.view`, where a fact node is half a hop from each of
its arguments, so "Kono met Lavrov" puts them one hop apart, as a binary fact would.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg import lookup
from kg.errors import UsageError
from kg.graph.subgraphs import distances, hop_weight, undirected
from kg.graph.view import EvidenceRef
from kg.stores.base import GraphStore


@dataclass
class Step:
    """One hop of a path: from ``source`` to ``target`` by ``relation``, with its evidence."""

    source: str
    target: str
    relation: str
    fact: str
    forward: bool = True  # the edge points from source to target
    evidence: list[EvidenceRef] = field(default_factory=list)


def node(store: GraphStore, G: nx.MultiDiGraph, text: str, what: str) -> str:
    """The node of ``G`` a user means by ``text`` (a label, IRI or prefixed name), the first step
    of every question about one entity; ``what`` names the option or argument in the error."""
    iri = lookup.resolve(store, what, text).value
    if iri not in G:
        raise UsageError(f"{what}={text!r}: {iri} is not an entity or fact of the graph")
    return iri


def stats(G: nx.MultiDiGraph, *, top: int = 10) -> dict:
    """Counts by type, the most connected entities, and how many sources support each fact."""
    by_type = Counter(d["type"] for _, d in G.nodes(data=True))
    by_type.update(d["type"] for _, _, d in G.edges(data=True) if d["category"] == "fact")
    entities = [n for n, d in G.nodes(data=True) if d["category"] == "entity"]
    degree = {n: _entity_neighbours(G, n) for n in entities}
    hubs = sorted(entities, key=lambda n: (-len(degree[n]), G.nodes[n]["label"]))[:top]
    per_fact = Counter(d.get("sources", 0) for _, d in G.nodes(data=True) if d["kind"] == "Fact")
    per_fact.update(
        d.get("sources", 0) for _, _, d in G.edges(data=True) if d["category"] == "fact"
    )
    return {
        "entities": len(entities),
        "facts": sum(per_fact.values()),
        "edges": G.number_of_edges(),
        "by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        "most_connected": [
            {
                "iri": n,
                "label": G.nodes[n]["label"],
                "type": G.nodes[n]["type"],
                "neighbours": len(degree[n]),
            }
            for n in hubs
        ],
        "sources_per_fact": {str(k): v for k, v in sorted(per_fact.items())},
    }


def _entity_neighbours(G: nx.MultiDiGraph, node: str) -> set[str]:
    near = distances(G, node, 1)
    return {n for n in near if n != node and G.nodes[n]["category"] == "entity"}


def path(G: nx.MultiDiGraph, a: str, b: str, evidence: dict[str, list[EvidenceRef]]) -> list[Step]:
    """The shortest chain of facts from ``a`` to ``b``; each step names its fact and evidence."""
    for n in (a, b):
        if n not in G:
            raise UsageError(f"{n}: not an entity of the graph")
    U = undirected(G)
    try:
        nodes = nx.shortest_path(U, a, b, weight=lambda u, v, _: hop_weight(U, u, v) or 1e-3)
    except nx.NetworkXNoPath:
        raise UsageError(
            f"{G.nodes[a]['label']} and {G.nodes[b]['label']} are not connected"
        ) from None
    steps = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        forward = G.has_edge(u, v)
        data = G.get_edge_data(u, v) if forward else G.get_edge_data(v, u)
        d = data[sorted(data)[0]]
        fact = d["iri"] if d["category"] == "fact" else (u if G.nodes[u]["kind"] == "Fact" else v)
        steps.append(Step(u, v, d["label"], fact, forward, evidence.get(fact, [])))
    return steps


def neighbours(G: nx.MultiDiGraph, node: str, depth: int = 1) -> list[dict]:
    """Entities within ``depth`` hops of ``node``, nearest first, each with how it is reached."""
    if node not in G:
        raise UsageError(f"{node}: not an entity of the graph")
    U = undirected(G)
    dist, paths = nx.single_source_dijkstra(
        U, node, cutoff=depth, weight=lambda u, v, _: hop_weight(U, u, v)
    )
    rows = []
    for n, d in dist.items():
        if n == node or G.nodes[n]["category"] != "entity":
            continue
        p = paths[n]
        prev = p[-2]
        data = G.get_edge_data(prev, n) or G.get_edge_data(n, prev)
        via = (
            G.nodes[prev]["label"]
            if G.nodes[prev]["kind"] == "Fact"
            else data[sorted(data)[0]]["label"]
        )
        rows.append(
            {
                "iri": n,
                "label": G.nodes[n]["label"],
                "type": G.nodes[n]["type"],
                "distance": d,
                "via": via,
            }
        )
    rows.sort(key=lambda r: (r["distance"], r["label"]))
    return rows
