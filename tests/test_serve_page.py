"""The query page in headless Chromium: the editor (highlighting, prefix completion), named
questions with their parameters, a results table that sorts, pages, downloads and links back, wide
results that fit the window, entity pages headed by their label, and the ask box's contract."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
import urllib.request

import pytest
import rdflib
from _page_support import cells, open_page, query_text, run, set_query
from _serve_support import MANIFEST_DIR_OR_NONE, shared_server
from rdflib.compare import isomorphic

from kg.vocab import PREFIXES

ISLAND = "https://w3id.org/dispute-kg/id/island/shikotan"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    return shared_server(tmp_path_factory.mktemp("serve"), MANIFEST_DIR_OR_NONE)


def _get(url: str, accept: str = "application/json") -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def _named_query_with_rows(server) -> str:
    """A named query without required parameters that has rows on the test store."""
    for query in json.loads(_get(server.url + "/queries")):
        if any(p["required"] for p in query["params"]):
            continue
        if json.loads(_get(f"{server.url}/queries/{query['name']}"))["results"]["bindings"]:
            return query["name"]
    raise AssertionError("no named query has rows on the test store")


def _numbers(n: int) -> str:
    """A query of n rows whose order is not the numbers' order."""
    values = " ".join(str((i * 37) % n + 1) for i in range(n))
    return (
        f"SELECT ?n ?word WHERE {{ VALUES ?n {{ {values} }} BIND(CONCAT('w', STR(?n)) AS ?word) }}"
    )


def test_page_runs_a_named_query_and_opens_an_entity(server, browser, tmp_path):
    name = _named_query_with_rows(server)
    page = open_page(browser, server.url + "/")
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(server.url) else outside.append(r.url))
    page.reload()
    page.wait_for_function("window.kgEditor !== undefined")
    assert "PREFIX dkg: <https://w3id.org/dispute-kg/ontology#>" in query_text(page)
    page.wait_for_selector(f"#named-select option[value='{name}']", state="attached")
    page.select_option("#named-select", name)
    assert query_text(page).strip()  # the query's text is in the editor
    assert "result" in run(page)
    assert page.locator("#results table tbody tr").count() >= 1
    page.screenshot(path=str(tmp_path / "named-query.png"), full_page=True)

    # An entity link opens the entity's page: its label as the heading, the IRI beneath.
    page.select_option("#named-select", "")
    set_query(page, "SELECT ?island WHERE { ?island a dkg:Island }")
    run(page)
    page.click("#results a.entity")
    page.wait_for_selector("#entity-facts table tbody tr", timeout=15_000)
    page.wait_for_function("document.getElementById('entity-title').textContent === 'Shikotan'")
    assert page.inner_text("#entity-iri") == ISLAND
    assert "Shikotan is one of the Lesser Kuril Islands." in page.inner_text("#entity-facts")
    page.screenshot(path=str(tmp_path / "entity.png"), full_page=True)
    assert outside == []  # works with no network: nothing is fetched from elsewhere


def test_page_shows_words_for_facts_and_entities(server, browser):
    """A fact's cell reads as its sentence, an entity's as its name; the IRI is the link's title."""
    page = open_page(browser, server.url + "/")
    set_query(page, "SELECT ?meeting ?who WHERE { ?meeting a dkg:Meeting ; dkg:participant ?who }")
    run(page)
    page.wait_for_selector("#results a.entity:has-text(' met ')", timeout=15_000)
    texts = page.locator("#results a.entity").all_inner_texts()
    assert "Taro Kono" in texts and not any(t.startswith("id:") for t in texts)
    assert any(t.startswith("Sergey Lavrov and Taro Kono met") for t in texts)


def test_editor_highlights_sparql(server, browser):
    page = open_page(browser, server.url + "/")
    set_query(page, 'SELECT ?s WHERE { ?s rdfs:label "x" } # note')
    assert page.inner_text(".CodeMirror .cm-keyword >> nth=0") == "SELECT"
    assert "?s" in page.locator(".CodeMirror .cm-variable-2").all_inner_texts()
    assert page.locator(".CodeMirror .cm-string").all_inner_texts() == ['"x"']
    assert page.locator(".CodeMirror .cm-comment").all_inner_texts() == ["# note"]


def _table(page) -> list[list[str]]:
    """The results table as data: headers, then each cell's IRI (a link's title) or text; labels
    arrive a moment later, so not the words shown."""
    return page.eval_on_selector_all(
        "#results tr",
        "rows => rows.map(r => [...r.cells].map(c => c.querySelector('[title]')?.title"
        " ?? c.textContent))",
    )


def _complete(page, text: str) -> list[str]:
    """Put ``text`` in the editor, the cursor at its end, ask for completions (Ctrl+Space)."""
    page.evaluate("() => window.kgEditor.closeHint()")  # none left open from before
    page.wait_for_selector(".CodeMirror-hints", state="detached")
    set_query(page, text)
    page.evaluate("() => { window.kgEditor.focus(); window.kgEditor.execCommand('goDocEnd'); }")
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".CodeMirror-hints li", timeout=10_000)
    return page.locator(".CodeMirror-hints li").all_inner_texts()


def test_completion_offers_prefixes_and_the_names_under_them(server, browser):
    page = open_page(browser, server.url + "/")
    offered = _complete(page, "SELECT ?s WHERE { ?s a dk")
    assert offered == ["dkg: <https://w3id.org/dispute-kg/ontology#>"]
    page.keyboard.press("Enter")
    assert query_text(page) == "SELECT ?s WHERE { ?s a dkg:"
    # after the colon, the names the store uses under that namespace
    page.wait_for_selector(".CodeMirror-hints li", timeout=10_000)
    offered = _complete(page, "SELECT ?s WHERE { ?s a dkg:Isl")
    assert "dkg:Island" in offered and all(o.startswith("dkg:Isl") for o in offered)
    page.keyboard.press("Escape")
    # in a PREFIX declaration the namespace comes too
    _complete(page, "PREFIX sk")
    page.keyboard.press("Enter")
    assert query_text(page) == "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
    set_query(page, "PREFIX ")
    page.evaluate("() => { window.kgEditor.focus(); window.kgEditor.execCommand('goDocEnd'); }")
    page.keyboard.type("nif:")  # typing the colon offers the namespace
    page.wait_for_selector(".CodeMirror-hints li", timeout=10_000)
    page.keyboard.press("Enter")
    assert query_text(page) == f"PREFIX nif: <{PREFIXES['nif']}>"


def test_clicking_a_header_sorts_the_rows(server, browser):
    page = open_page(browser, server.url + "/")
    set_query(page, _numbers(12))
    run(page)
    unsorted = [int(c) for c in cells(page, 0)]
    page.click("#results th[data-var='n']")
    assert [int(c) for c in cells(page, 0)] == sorted(unsorted)  # as numbers: 2 before 10
    page.click("#results th[data-var='n']")
    assert [int(c) for c in cells(page, 0)] == sorted(unsorted, reverse=True)
    page.click("#results th[data-var='word']")  # as text, numbers inside it in numeric order
    assert cells(page, 1) == [f"w{i}" for i in range(1, 13)]


def test_long_results_page(server, browser):
    page = open_page(browser, server.url + "/")
    set_query(page, _numbers(120))
    assert run(page).startswith("120 results")
    first = cells(page, 0)
    assert len(first) == 50 and "rows 1–50 of 120" in page.inner_text("#results .pager")
    page.click("#results .pager button.next")
    second = cells(page, 0)
    assert len(second) == 50 and not set(first) & set(second)
    page.click("#results .pager button.next")
    assert len(cells(page, 0)) == 20 and page.is_disabled("#results .pager button.next")
    page.click("#results th[data-var='n']")  # sorting starts again at the first page
    assert cells(page, 0) == [str(i) for i in range(1, 51)]
    page.select_option("#results .pager select", "500")
    assert len(cells(page, 0)) == 120


def test_downloads_hold_what_the_table_shows(server, browser):
    page = open_page(browser, server.url + "/")
    page.wait_for_selector("#named-select option[value='claims']", state="attached")
    page.select_option("#named-select", "claims")
    page.fill("#named-params input[name='territory']", "Kuril Islands")
    run(page)
    shown = cells(page, page.locator("#results th").all_inner_texts().index("stateLabel"))
    assert shown == ["Japan"]
    with page.expect_download() as caught:
        page.click("#downloads a[data-format='csv']")
    rows = list(csv.DictReader(io.StringIO(open(caught.value.path(), encoding="utf-8").read())))
    assert [r["stateLabel"] for r in rows] == shown
    assert [r["territoryLabel"] for r in rows] == ["Kuril Islands"]  # the parameter was kept

    set_query(page, _numbers(60))
    run(page)
    href = page.get_attribute("#downloads a[data-format='json']", "href")
    doc = json.loads(_get(urllib.parse.urljoin(server.url + "/", href)))
    assert doc["head"]["vars"] == ["n", "word"]
    assert sorted(int(b["n"]["value"]) for b in doc["results"]["bindings"]) == list(range(1, 61))
    href = page.get_attribute("#downloads a[data-format='csv']", "href")
    text = _get(urllib.parse.urljoin(server.url + "/", href), "text/csv").decode()
    assert len(list(csv.DictReader(io.StringIO(text)))) == 60

    # a graph (CONSTRUCT) downloads as Turtle or JSON-LD, the same graph either way
    set_query(page, "CONSTRUCT { ?s a dkg:Island } WHERE { ?s a dkg:Island }")
    run(page)
    links = page.eval_on_selector_all(
        "#downloads a[data-format]", "links => links.map(a => [a.dataset.format, a.href])"
    )
    assert [f for f, _ in links] == ["turtle", "jsonld"]
    expected = rdflib.Graph()
    expected.add(
        (rdflib.URIRef(ISLAND), rdflib.RDF.type, rdflib.URIRef(PREFIXES["dkg"] + "Island"))
    )
    for fmt, href in links:
        got = rdflib.Graph().parse(
            data=_get(href, "*/*").decode(), format=fmt.replace("jsonld", "json-ld")
        )
        assert isomorphic(got, expected), fmt


def test_a_link_reopens_the_same_query(server, browser):
    page = open_page(browser, server.url + "/")
    page.wait_for_selector("#named-select option[value='claims']", state="attached")
    page.select_option("#named-select", "claims")
    page.fill("#named-params input[name='territory']", "Kuril Islands")
    run(page)
    link = page.get_attribute("#share", "href")
    assert page.url.endswith(link)  # the address bar is the link too
    other = open_page(browser, urllib.parse.urljoin(server.url, link))
    other.wait_for_selector("#results table tbody tr", timeout=15_000)
    assert other.input_value("#named-select") == "claims"
    assert other.input_value("#named-params input[name='territory']") == "Kuril Islands"
    assert _table(other) == _table(page)

    text = 'SELECT ?x WHERE { VALUES ?x { "a & b" "c#d" "é + f?" } } # 100%'
    set_query(page, text)
    page.select_option("#named-select", "")  # write your own, then a query of one's own
    set_query(page, text)
    run(page)
    other = open_page(
        browser, urllib.parse.urljoin(server.url, page.get_attribute("#share", "href"))
    )
    other.wait_for_selector("#results table tbody tr", timeout=15_000)
    assert query_text(other) == text
    assert cells(other, 0) == cells(page, 0) == ["a & b", "c#d", "é + f?"]


def test_named_questions_keep_their_parameters_and_write_your_own_is_empty(server, browser):
    page = open_page(browser, server.url + "/")
    sent: list[str] = []

    def record(request) -> None:
        """Queries the page runs (the label look-ups it makes for a table are not runs)."""
        body = urllib.parse.parse_qs(request.post_data or "").get("query", [""])[0]
        if "/queries/" in request.url or (
            "/sparql" in request.url and not body.startswith("SELECT ?s (MIN(STR(?l))")
        ):
            sent.append(request.url)

    page.on("request", record)
    page.wait_for_selector("#named-select option[value='evidence']", state="attached")
    page.select_option("#named-select", "evidence")
    page.fill("#named-params input[name='entity']", "Shikotan")
    page.select_option("#named-select", "claims")
    page.select_option("#named-select", "evidence")
    assert page.input_value("#named-params input[name='entity']") == "Shikotan"
    run(page)
    assert any("/queries/evidence?entity=Shikotan" in u for u in sent)

    sent.clear()
    page.select_option("#named-select", "")
    assert query_text(page) == "" and page.inner_text("#results") == ""
    assert "empty" in run(page)
    assert sent == []  # nothing was run: not the named query without its parameter


def test_wide_results_wrap_within_the_window(server, browser):
    page = open_page(browser, server.url + "/", width=1400)
    columns = [f"?column{i}" for i in range(17)]
    values = " ".join(
        f'"{"word " * 8}{i}"' if i % 2 else f"<https://example.org/a/very/long/path/segment/{i}>"
        for i in range(17)
    )
    set_query(
        page, f"SELECT * WHERE {{ VALUES ({' '.join(columns)}) {{ ({values}) ({values}) }} }}"
    )
    run(page)
    assert page.locator("#results th").count() == 17
    width = page.evaluate("() => document.documentElement.scrollWidth")
    right = page.evaluate(
        "() => document.querySelector('#results table').getBoundingClientRect().right"
    )
    assert width <= 1400 and right <= 1400


def _mock_ask(page, status: int, body: dict) -> None:
    page.route(
        "**/ask?*",
        lambda route: route.fulfill(
            status=status, content_type="application/json", body=json.dumps(body)
        ),
    )


def test_ask_box_selects_the_question_it_answers_with(server, browser):
    """The contract of GET /ask (mocked here): 200 selects the named question with
    its parameters and shows its results."""
    results = json.loads(_get(server.url + "/queries/claims?territory=Kuril%20Islands"))
    page = open_page(browser, server.url + "/")
    page.wait_for_selector("#named-select option[value='claims']", state="attached")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/ask?" in r.url else None)
    _mock_ask(
        page,
        200,
        {
            "question": "claims",
            "title": "Claims",
            "params": {"territory": "Kuril Islands"},
            "sparql": "SELECT ...",
            "results": results,
        },
    )
    page.fill("#ask-text", "who claims the Kurils?")
    page.click("#ask button[type='submit']")
    page.wait_for_selector("#results table tbody tr", timeout=15_000)
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(asked[0]).query) == {
        "q": ["who claims the Kurils?"]
    }
    assert page.input_value("#named-select") == "claims"
    assert page.input_value("#named-params input[name='territory']") == "Kuril Islands"
    assert page.locator("#results tbody tr").count() == len(results["results"]["bindings"])
    assert "q=claims&territory=Kuril+Islands" in page.get_attribute("#share", "href")
    assert "Claims" in page.inner_text("#ask-message")


def test_ask_box_shows_examples_when_not_understood(server, browser):
    page = open_page(browser, server.url + "/")
    _mock_ask(
        page,
        422,
        {
            "error": "no question matches 'what is love'",
            "examples": [
                {"question": "claims", "example": "Who claims the Kuril Islands?"},
                {"question": "meetings", "example": "Who met whom?"},
            ],
        },
    )
    page.fill("#ask-text", "what is love")
    page.click("#ask button[type='submit']")
    page.wait_for_selector("#ask .examples button", timeout=10_000)
    assert "no question matches 'what is love'" in page.inner_text("#ask-message")
    assert page.locator("#ask .examples button").all_inner_texts() == [
        "Who claims the Kuril Islands?",
        "Who met whom?",
    ]
    page.click("#ask .examples button >> nth=1")
    assert page.input_value("#ask-text") == "Who met whom?"


def test_ask_box_answers_from_the_server(server, browser):
    """End to end: the server's own /ask (kg ask) picks the question, the page shows its rows."""
    page = open_page(browser, server.url + "/")
    page.wait_for_selector("#named-select option[value='claims']", state="attached")
    page.fill("#ask-text", "who claims the Kuril Islands?")
    page.click("#ask button[type='submit']")
    page.wait_for_selector("#results table tbody tr", timeout=20_000)
    assert page.input_value("#named-select") == "claims"
    assert page.input_value("#named-params input[name='territory']")
    assert page.locator("#results tbody tr").count() >= 1


def test_ask_box_says_when_the_server_has_no_ask(server, browser):
    page = open_page(browser, server.url + "/")
    _mock_ask(page, 404, {"error": "not found"})
    page.fill("#ask-text", "who claims the Kurils?")
    page.click("#ask button[type='submit']")
    page.wait_for_function("document.getElementById('ask-message').textContent.includes('/ask')")
    assert "does not support" in page.inner_text("#ask-message")


def test_the_page_and_its_editor_are_served_from_the_package(server):
    """Every script and style the page names comes from this server (no CDN), and every file
    under kg/serve/static is package data, so a normal install serves them too."""
    import re
    import tomllib
    from pathlib import Path

    import kg.serve

    page = _get(server.url + "/", "text/html").decode()
    assets = re.findall(r'<(?:script|link)[^>]* (?:src|href)="([^"]+)"', page)
    assert "static/vendor/codemirror/codemirror.js" in assets
    for asset in assets:
        if asset.startswith("data:"):
            continue
        assert not urllib.parse.urlsplit(asset).netloc, asset
        assert _get(urllib.parse.urljoin(server.url + "/", asset), "*/*")
    root = Path(kg.serve.__file__).parent.parent
    globs = tomllib.loads((root.parent / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["kg"]
    packaged = {p for g in globs for p in root.glob(g) if p.is_file()}  # setuptools' globbing
    static = {p for p in (root / "serve" / "static").rglob("*") if p.is_file()}
    assert root / "serve/static/vendor/codemirror/LICENSE" in static
    assert sorted(p.relative_to(root).as_posix() for p in static - packaged) == []
