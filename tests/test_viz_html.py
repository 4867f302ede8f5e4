"""The self-contained viewer page in headless Chromium: it loads offline with no console errors,
draws the nodes, search and click-to-show-facts work, and 5,000 nodes open fast."""

from __future__ import annotations

import time

import networkx as nx
from kuril_fixture import build_store
from PIL import Image

from kg.export.graph import build_graph, evidence_index
from kg.export.html import html_page
from kg.vocab import ID

KONO = ID + "person/taro-kono"


def _open(browser, path):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request", lambda r: None if r.url.startswith(("file:", "data:")) else outside.append(r.url)
    )
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgViz && window.kgViz.ready", timeout=30_000)
    return page, errors, outside, time.perf_counter() - start


def test_page_draws_searches_and_shows_facts(browser, tmp_path):
    store = build_store(None)
    G = build_graph(store)
    data = html_page(G, evidence_index(store), title="Kurils")
    assert b"<script src" not in data and b'<link rel="stylesheet"' not in data
    path = tmp_path / "kg.html"
    path.write_bytes(data)
    page, errors, outside, _ = _open(browser, path)
    assert page.evaluate("kgViz.nodeCount") == G.number_of_nodes()
    assert page.evaluate("kgViz.edgeCount") == G.number_of_edges()
    assert page.evaluate("kgViz.drawnNodes") == G.number_of_nodes()
    shot = tmp_path / "kg.png"
    page.locator("canvas").screenshot(path=str(shot))
    colours = Image.open(shot).convert("RGB").getcolors(maxcolors=1_000_000)
    assert len(colours) > 20  # not a blank canvas: nodes in several colours, edges, labels

    page.fill("#q", "kono")
    assert page.locator("#hits div").count() >= 1
    page.locator("#hits div", has_text="Taro Kono (Person)").click()
    assert page.evaluate("kgViz.selected()") == KONO
    details = page.inner_text("#details")
    assert "foreign minister" in details and "Sergey Lavrov" in details
    assert "Taro Kono met Sergey Lavrov in Moscow on 10 May 2019." in details  # evidence
    assert "A second report" in details  # and its source

    # a real click on the canvas selects the node under the pointer
    page.evaluate("kgViz.select('%s')" % (ID + "state/japan"))  # centres Japan
    box = page.locator("canvas").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert page.evaluate("kgViz.selected()") == ID + "state/japan"
    assert "claims" in page.inner_text("#details")
    assert errors == [] and outside == []


def test_five_thousand_nodes_open_fast(browser, tmp_path):
    G = nx.MultiDiGraph()
    base = nx.barabasi_albert_graph(5000, 2, seed=3)
    types = ["State", "Person", "Island", "Meeting", "Treaty"]
    for n in base:
        t = types[n % len(types)]
        G.add_node(
            f"n{n}",
            label=f"node {n}",
            type=t,
            kind="Fact" if t == "Meeting" else t,
            category="fact" if t == "Meeting" else "entity",
            evidence=1,
        )
    for u, v in base.edges:
        G.add_edge(f"n{u}", f"n{v}", label="rel", category="role", type="role")
    start = time.perf_counter()
    data = html_page(G, {})
    built = time.perf_counter() - start
    path = tmp_path / "big.html"
    path.write_bytes(data)
    page, errors, _, opened = _open(browser, path)
    print(
        f"\n5,000 nodes: page built in {built:.2f} s, interactive in {opened:.2f} s "
        f"({len(data) / 1e6:.1f} MB)"
    )
    assert page.evaluate("kgViz.nodeCount") == 5000
    assert page.evaluate("kgViz.search('node 4999')") == 1
    assert errors == []
    assert opened < 30 and built < 120  # sanity bounds only; the numbers are printed
