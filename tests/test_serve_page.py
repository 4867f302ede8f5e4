"""The query page in headless Chromium: pick a named query, run it, see its rows, open an entity."""

from __future__ import annotations

import json
import urllib.request

import pytest
from _serve_support import MANIFEST_DIR_OR_NONE, shared_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    return shared_server(tmp_path_factory.mktemp("serve"), MANIFEST_DIR_OR_NONE)


def _named_query_with_rows(server) -> str:
    """A named query without required parameters that has rows on the test store."""
    with urllib.request.urlopen(server.url + "/queries", timeout=10) as response:
        listed = json.load(response)
    for query in listed:
        if any(p["required"] for p in query["params"]):
            continue
        request = urllib.request.Request(
            f"{server.url}/queries/{query['name']}", headers={"Accept": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            if json.load(response).get("results", {}).get("bindings"):
                return query["name"]
    raise AssertionError("no named query has rows on the test store")


def test_page_runs_a_named_query_and_opens_an_entity(server, browser, tmp_path):
    name = _named_query_with_rows(server)
    page = browser.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(server.url) else outside.append(r.url))
    page.goto(server.url + "/")
    assert "PREFIX dkg: <https://w3id.org/dispute-kg/ontology#>" in page.input_value("#query")
    page.wait_for_selector(f"#named-select option[value='{name}']", state="attached")
    page.select_option("#named-select", name)
    assert page.input_value("#query").strip()  # the query's text is in the editor
    page.click("#run")
    page.wait_for_selector("#results table tbody tr", timeout=15_000)
    rows = page.locator("#results table tbody tr").count()
    assert rows >= 1
    assert "result" in page.inner_text("#status")
    page.screenshot(path=str(tmp_path / "named-query.png"), full_page=True)

    # An entity link opens the entity's facts and the sentences that state them.
    page.fill("#query", "SELECT ?island WHERE { ?island a dkg:Island }")
    page.select_option("#named-select", "")
    page.fill("#query", "SELECT ?island WHERE { ?island a dkg:Island }")
    page.click("#run")
    page.click("#results a.entity")
    page.wait_for_selector("#entity-facts table tbody tr", timeout=15_000)
    assert page.inner_text("#entity-title") == "id:island/shikotan"
    facts = page.inner_text("#entity-facts")
    assert "Shikotan is one of the Lesser Kuril Islands." in facts
    page.screenshot(path=str(tmp_path / "entity.png"), full_page=True)
    assert outside == []  # works with no network: nothing is fetched from elsewhere


def test_page_shows_words_for_facts_and_entities(server, browser):
    """A fact's cell reads as its sentence, an entity's as its name; the IRI is the link's title."""
    page = browser.new_page()
    page.goto(server.url + "/")
    page.fill("#query", "SELECT ?meeting ?who WHERE { ?meeting a dkg:Meeting ; dkg:participant ?who }")
    page.click("#run")
    page.wait_for_selector("#results a.entity:has-text(' met ')", timeout=15_000)
    texts = page.locator("#results a.entity").all_inner_texts()
    assert "Taro Kono" in texts and not any(t.startswith("id:") for t in texts)
    assert any(t.startswith("Sergey Lavrov and Taro Kono met") for t in texts)
