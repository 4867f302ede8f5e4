"""The entity graph and its file formats: GraphML/GEXF re-read with networkx and validate against
the formats' XSDs (tests/data/xsd), DOT renders with Graphviz, Cytoscape.js JSON has its shape."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from conftest import require_executable
from first_article import build_store
from lxml import etree

from kg.errors import UsageError
from kg.export.cytoscape import cytoscape
from kg.export.dot import dot
from kg.export.gexf import gexf
from kg.export.graphml import graphml
from kg.graph.subgraphs import filter_types, focus
from kg.graph.view import build_graph
from kg.vocab import ID

XSD = Path(__file__).parent / "data" / "xsd"
KONO, LAVROV, JAPAN = ID + "person/taro-kono", ID + "person/sergey-lavrov", ID + "state/japan"
KURILS, SHIKOTAN = ID + "islandgroup/kuril-islands", ID + "island/shikotan"
SOUTHERN_FOUR = ID + "islandgroup/four-southern-islands"


@pytest.fixture(scope="module")
def G():
    return build_graph(build_store(None))


def _facts(G, type_):
    return [n for n, d in G.nodes(data=True) if d["type"] == type_]


def test_entities_are_nodes_with_type_label_iri(G):
    d = G.nodes[JAPAN]
    assert (d["category"], d["type"], d["label"], d["iri"]) == ("entity", "State", "Japan", JAPAN)
    assert G.nodes[ID + "document/joint-declaration"]["date"] == "1956"
    assert G.nodes[ID + "document/joint-declaration"]["type"] == "JointDeclaration"
    assert G.nodes[KONO]["sources"] == 2  # the second source restates the meeting


def test_binary_facts_are_labelled_edges(G):
    claims = [d for _, v, d in G.out_edges(JAPAN, data=True) if d["label"] == "claims"]
    assert len(claims) == 1 and claims[0]["type"] == "Claim" and claims[0]["evidence"] == 1
    assert G.has_edge(SOUTHERN_FOUR, KURILS)
    office = [d for _, v, d in G.out_edges(KONO, data=True) if v == JAPAN]
    assert office[0]["label"] == "foreign minister" and office[0]["date"] == "2019-05-10"


def test_nary_facts_are_nodes_so_nothing_is_lost(G):
    moscow = [n for n in _facts(G, "Meeting") if G.nodes[n]["date"] == "2019-05-10"]
    assert len(moscow) == 1
    roles = {(d["label"], v) for _, v, d in G.out_edges(moscow[0], data=True)}
    assert {("participant", KONO), ("participant", LAVROV), ("place", ID + "city/moscow")} <= roles
    assert G.nodes[moscow[0]]["evidence"] == 2 and G.nodes[moscow[0]]["sources"] == 2
    provisions = _facts(G, "HandoverProvision")
    conditions = {
        G.nodes[c]["label"]
        for p in provisions
        for c in G.successors(p)
        if G.nodes[c]["type"] == "Condition"
    }
    assert conditions == {"a peace treaty is signed"}  # the Joint Declaration's, twice
    memorandum = _facts(G, "ConditionalProvision")
    assert {G.nodes[c]["label"] for p in memorandum for c in G.successors(p)} >= {
        "withdrawal of all foreign troops from Japan"
    }
    negated = [n for n, d in G.nodes(data=True) if d.get("negated")]
    assert len(negated) == 1 and G.nodes[negated[0]]["label"] == (
        "Not so: Japan and Russia signed the peace treaty"
    )


def test_focus_counts_fact_nodes_as_no_hop(G):
    F = focus(G, KONO, 1)
    assert LAVROV in F and JAPAN in F and ID + "city/moscow" in F
    assert SHIKOTAN not in F and KURILS not in F
    assert set(focus(G, KONO, 0)) == {KONO}


def test_types_filter(G):
    F = filter_types(G, ["State", "island"])
    assert {d["type"] for _, d in F.nodes(data=True)} == {"State", "Island"}
    assert {d["label"] for _, _, d in F.edges(data=True)} == {"successorOf"}
    with pytest.raises(UsageError, match="unknown type"):
        filter_types(G, ["Stat"])


def _validate(data: bytes, xsd: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    doc = etree.fromstring(data)
    assert schema.validate(doc), str(schema.error_log)


def test_graphml_validates_and_rereads(G):
    data = graphml(G)
    assert data == graphml(G)
    _validate(data, XSD / "graphml" / "graphml.xsd")
    H = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    H = nx.relabel_nodes(H, {n: d["iri"] for n, d in H.nodes(data=True)})
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    assert H.nodes[JAPAN]["label"] == "Japan"
    assert H.nodes[KONO]["evidence"] == G.nodes[KONO]["evidence"] > 1
    assert sorted((u, v, d["label"]) for u, v, d in H.edges(data=True)) == sorted(
        (u, v, d["label"]) for u, v, d in G.edges(data=True)
    )


def test_gexf_validates_and_rereads(G):
    data = gexf(G)
    assert data == gexf(G)
    _validate(data, XSD / "gexf" / "gexf.xsd")
    H = nx.read_gexf(io.BytesIO(data))
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    assert H.nodes[JAPAN]["type"] == "State"


def test_dot_renders_with_graphviz(G):
    exe = require_executable("dot", "graphviz")
    run = subprocess.run([exe, "-Tsvg"], input=dot(G), capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    svg = etree.fromstring(run.stdout)
    titles = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}title")}
    assert KONO in titles and JAPAN in titles


def test_dot_quotes_awkward_labels():
    H = nx.MultiDiGraph()
    H.add_node('a"b', label='say "hi"\\', type="State", category="entity")
    assert b'"a\\"b" [label="say \\"hi\\"\\\\"' in dot(H)


def test_cytoscape_json_shape(G):
    doc = json.loads(cytoscape(G))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    ids = {n["data"]["id"] for n in nodes}
    assert all({"id", "source", "target"} <= e["data"].keys() for e in edges)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    assert all("x" in n["position"] for n in nodes)


def test_subgraphs_keep_the_graphs_order(G):
    """Same store, same bytes: focus and type filters must not take a set's (per-run) order."""
    for F in (focus(G, KONO, 2), filter_types(G, ["State", "Person", "Meeting"])):
        assert list(F.nodes) == [n for n in G.nodes if n in F]
        assert list(F.edges(keys=True)) == [e for e in G.edges(keys=True) if F.has_edge(*e)]


def test_every_fact_carries_its_words_as_a_node_label_or_an_edge_title(G):
    """Pictures and graph files say what a fact says (its rdfs:label, kg.labels), not its class."""
    edges = {d["title"] for _, _, d in G.edges(data=True) if d["category"] == "fact"}
    assert "Taro Kono is foreign minister of Japan" in edges
    labels = {d["label"] for _, d in G.nodes(data=True) if d["kind"] == "Fact"}
    assert "Sergey Lavrov and Taro Kono met in Moscow on 10 May 2019" in labels
    assert 'tooltip="Taro Kono is foreign minister of Japan"' in dot(G).decode()
    assert "Taro Kono is foreign minister of Japan" in graphml(G).decode()


GEXF_NS = "{http://www.gexf.net/1.2draft}"
VIZ_NS = "{http://www.gexf.net/1.2draft/viz}"


def test_gexf_carries_colours_sizes_positions(G):
    from kg.export.colours import colour
    from kg.export.layout import layout

    doc = etree.fromstring(gexf(G))
    nodes = {n.get("id"): n for n in doc.iter(GEXF_NS + "node")}
    japan = nodes[JAPAN]
    rgb = japan.find(VIZ_NS + "color")
    assert "#{:02x}{:02x}{:02x}".format(*(int(rgb.get(c)) for c in "rgb")) == colour("State")
    sizes = {n: float(e.find(VIZ_NS + "size").get("value")) for n, e in nodes.items()}
    assert sizes[JAPAN] > sizes[ID + "city/singapore"]  # the most connected node is the largest
    pos = layout(G)
    for n, e in nodes.items():
        p = e.find(VIZ_NS + "position")
        assert (float(p.get("x")), -float(p.get("y"))) == pytest.approx(pos[n], abs=0.01)
    # a bad colour is refused by the schema: it does check the viz elements
    rgb.set("r", "300")
    schema = etree.XMLSchema(etree.parse(str(XSD / "gexf" / "gexf.xsd")))
    assert not schema.validate(doc)


def test_gexf_is_dynamic_with_the_dates_gephi_plays(G):
    doc = etree.fromstring(gexf(G))
    graph = doc.find(GEXF_NS + "graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in doc.iter(GEXF_NS + "node")}
    moscow = next(n for n in _facts(G, "Meeting") if G.nodes[n]["date"] == "2019-05-10")
    assert (nodes[moscow].get("start"), nodes[moscow].get("end")) == ("2019-05-10", "2019-05-10")
    # a document is there from its date on; an undated entity always
    declaration = nodes[ID + "document/joint-declaration"]
    assert (declaration.get("start"), declaration.get("end")) == ("1956-01-01", None)
    assert nodes[JAPAN].get("start") is None
    # a role edge lives as long as its fact node
    roles = [e for e in doc.iter(GEXF_NS + "edge") if e.get("source") == moscow]
    assert roles and all(e.get("start") == "2019-05-10" for e in roles)
    H = nx.read_gexf(io.BytesIO(gexf(G)))
    assert H.nodes[moscow]["start"] == "2019-05-10"


def test_gexf_spells_cover_the_whole_period_of_an_event():
    from kg.export.gexf import spell

    assert spell({"date": "2019-02", "type": "Meeting"}) == {
        "start": "2019-02-01",
        "end": "2019-02-28",
    }
    assert spell({"date": "1956", "type": "Signing"}) == {
        "start": "1956-01-01",
        "end": "1956-12-31",
    }
    assert spell({"date": "2019-05-10", "type": "Claim"}) == {"start": "2019-05-10"}
    assert spell({"date": "in the 1950s", "type": "Meeting"}) == spell({"type": "State"}) == {}


def test_isolated_nodes_are_laid_out_apart():
    from kg.export.layout import layout

    H = nx.MultiDiGraph()
    H.add_edges_from([("a", "b"), ("b", "c"), ("c", "a")])
    H.add_nodes_from(["x", "y"])
    pos = layout(H, size=100)
    linked = [pos[n] for n in "abc"]
    assert all(-50 <= x <= 50 and -50 <= y <= 50 for x, y in linked)
    assert min(pos[n][1] for n in "xy") > max(y for _, y in linked)
    assert pos == layout(H, size=100)


def test_big_graphs_get_a_cheap_spiral_that_keeps_neighbours_near():
    from kg.export.layout import layout

    H = nx.MultiDiGraph()
    nx.add_path(H, [f"p{i:03d}" for i in range(300)])
    pos = layout(H, size=100, force_limit=50)
    assert pos == layout(H, size=100, force_limit=50)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    steps = [dist(u, v) for u, v, _ in H.edges]
    pairs = [dist(f"p{i:03d}", f"p{(i * 7 + 150) % 300:03d}") for i in range(300)]
    assert sum(steps) / len(steps) < 0.2 * sum(pairs) / len(pairs)
