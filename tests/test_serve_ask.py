"""GET /ask on a live kg serve (the first article's store): the contract the page's ask box uses."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from _serve_support import start_server

from kg import queries
from kg.ask import intents
from kg.vocab import ID


@pytest.fixture(scope="module")
def server(store_dir):
    # one worker, and time for it to load the English pipeline on its first question
    started = start_server(store_dir, "--workers", "1", "--timeout", "60", "--max-rows", "1")
    yield started
    started.stop()


def _ask(server, question: str) -> tuple[int, str, dict]:
    url = server.url + "/ask?" + urllib.parse.urlencode({"q": question})
    try:
        with urllib.request.urlopen(url, timeout=90) as response:
            return response.status, response.headers, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, json.loads(exc.read())


def test_a_question_is_answered_with_its_query_params_sparql_and_results(server):
    status, headers, body = _ask(server, "Who is Japan's foreign minister?")
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert body["question"] == "officials"
    assert body["title"] == queries.get("officials").title
    assert body["params"] == {"state": ID + "state/japan"}
    assert body["sparql"] == queries.get("officials").text
    assert body["results"]["head"]["vars"][:2] == ["person", "personLabel"]
    rows = body["results"]["results"]["bindings"]
    assert len(rows) == 1 and headers["Kg-Truncated"] == "1"  # --max-rows holds for /ask too
    assert rows[0]["state"] == {"type": "uri", "value": ID + "state/japan"}


@pytest.mark.parametrize("question", ["what colour is the sky?", ""])
def test_a_question_it_cannot_map_is_422_with_examples(server, question):
    status, _, body = _ask(server, question)
    assert status == 422
    assert body["error"] and "\n" not in body["error"]
    assert body["examples"] == [
        {"question": i.name, "example": i.example} for i in intents.load().intents
    ]


def test_the_words_asked_never_become_sparql(server):
    status, _, body = _ask(server, 'who claims "} DELETE WHERE { ?s ?p ?o } #')
    assert status == 200 and body["question"] == "claims"
    assert body["sparql"] == queries.get("claims").text
    status, _, body = _ask(server, "who claims the Kuril Islands?")  # the store is intact
    assert status == 200 and body["results"]["results"]["bindings"]
