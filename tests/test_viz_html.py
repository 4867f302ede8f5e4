"""The self-contained viewer page in headless Chromium: it loads offline with no console errors,
draws the nodes, search and click-to-show-facts work, the view fits the connected part (isolated
nodes listed apart), ticking types and relations off hides them, and 5,000 nodes open fast."""

from __future__ import annotations

import time

import networkx as nx
import pytest
from first_article import build_store
from PIL import Image

from kg.export.html import html_page
from kg.graph.view import build_graph, evidence_index
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
    page.press("#q", "Enter")  # focus: centred, and closed in on (not all 5,000 in view)
    page.wait_for_timeout(100)
    assert page.evaluate("kgViz.selected()") == "n4999"
    assert page.evaluate("kgViz.drawnNodes") < 2500
    assert errors == []
    assert opened < 30 and built < 120  # sanity bounds only; the numbers are printed


def _page(browser, tmp_path, G, name="kg.html"):
    path = tmp_path / name
    path.write_bytes(html_page(G, {}, title="test"))
    page, errors, outside, _ = _open(browser, path)
    return page, errors + outside


def _linked(G):
    return [n for n in G.nodes if G.degree(n)]


def test_view_fits_the_connected_part_and_sets_isolated_nodes_aside(browser, tmp_path):
    G = build_graph(build_store(None))
    lonely = G.copy()
    for i in range(120):
        lonely.add_node(
            f"urn:x:alone-{i:03d}",
            label=f"Lonely {i}",
            type="Island",
            kind="Island",
            category="entity",
        )
    page, problems = _page(browser, tmp_path, lonely)
    width, height = page.evaluate("kgViz.size()")
    xy = {n: page.evaluate("id => kgViz.screen(id)", n) for n in _linked(G)}
    xs, ys = [p[0] for p in xy.values()], [p[1] for p in xy.values()]
    assert min(xs) >= 0 and max(xs) <= width and min(ys) >= 0 and max(ys) <= height
    # the connected part fills the canvas (to the page's 30-pixel margins) in one direction
    assert max(xs) - min(xs) >= 0.95 * (width - 60) or max(ys) - min(ys) >= 0.95 * (height - 60)
    # and sits where it sits without the isolated nodes: they take no part in the fit
    plain, _ = _page(browser, tmp_path, G, "plain.html")
    for n, p in xy.items():
        assert plain.evaluate("id => kgViz.screen(id)", n) == pytest.approx(p, abs=0.5)
    # they are listed apart, each a click away
    assert page.inner_text("#alone-head") == "Unconnected (120)"
    page.locator("#alone div", has_text="Lonely 7 (Island)").click()
    assert page.evaluate("kgViz.selected()") == "urn:x:alone-007"
    assert problems == []


def test_search_finds_and_centres_a_node(browser, tmp_path):
    G = build_graph(build_store(None))
    page, problems = _page(browser, tmp_path, G)
    page.fill("#q", "shikot")
    assert page.locator("#hits div").first.inner_text() == "Shikotan (Island)"
    page.press("#q", "Enter")
    assert page.evaluate("kgViz.selected()") == ID + "island/shikotan"
    width, height = page.evaluate("kgViz.size()")
    assert page.evaluate("id => kgViz.screen(id)", ID + "island/shikotan") == pytest.approx(
        [width / 2, height / 2], abs=1
    )
    assert problems == []


def _pixels(page, tmp_path, hex_colour):
    shot = tmp_path / "shot.png"
    page.locator("canvas").screenshot(path=str(shot))
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(n for n, c in Image.open(shot).convert("RGB").getcolors(1_000_000) if c == rgb)


def test_unticking_a_type_or_a_relation_hides_it(browser, tmp_path):
    from kg.export.colours import colour

    G = build_graph(build_store(None))
    page, problems = _page(browser, tmp_path, G)
    people = [n for n, d in G.nodes(data=True) if d["type"] == "Person"]
    drawn = page.evaluate("kgViz.drawnNodes")
    assert _pixels(page, tmp_path, colour("Person")) > 0
    page.locator("#legend .filter", has_text="Person").locator("input").uncheck()
    page.wait_for_timeout(100)
    assert page.evaluate("kgViz.drawnNodes") == drawn - len(people)
    assert not page.evaluate("id => kgViz.shown(id)", KONO)
    assert _pixels(page, tmp_path, colour("Person")) == 0
    page.fill("#q", "kono")  # still finds the meetings, not the hidden person
    assert "Taro Kono (Person)" not in page.inner_text("#hits") and "met" in page.inner_text(
        "#hits"
    )
    page.locator("#legend .filter", has_text="Person").locator("input").check()
    assert page.evaluate("id => kgViz.shown(id)", KONO)

    claims = sum(1 for _, _, d in G.edges(data=True) if d["type"] == "Claim")
    assert claims
    edges = page.evaluate("kgViz.shownEdges()")
    page.locator("#relations .filter", has_text="claims").locator("input").uncheck()
    assert page.evaluate("kgViz.shownEdges()") == edges - claims
    assert problems == []
