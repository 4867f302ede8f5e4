"""GraphML for Gephi, Cytoscape and yEd: networkx's writer over scalar attributes."""

from __future__ import annotations

import io

import networkx as nx

from kg.graph.view import scalar_copy


def graphml(G: nx.MultiDiGraph) -> bytes:
    """GraphML 1.0, valid against graphml.xsd. Its ids must be XML name tokens, which IRIs
    are not, so nodes are ``n0, n1 ...`` and edges ``e0, e1 ...``; IRIs are the ``iri``
    attribute."""
    H = scalar_copy(G)
    ids = {n: f"n{i}" for i, n in enumerate(H.nodes)}
    out_graph = nx.MultiDiGraph()
    out_graph.add_nodes_from((ids[n], d) for n, d in H.nodes(data=True))
    out_graph.add_edges_from(
        (ids[u], ids[v], f"e{i}", d) for i, (u, v, d) in enumerate(H.edges(data=True))
    )
    out = io.BytesIO()
    nx.write_graphml(out_graph, out, encoding="utf-8")
    return out.getvalue()
