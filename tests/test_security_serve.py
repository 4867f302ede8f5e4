"""Hostile requests to ``kg serve``: none changes the store, reads a file or reaches the network.

A canary TCP listener stands for "the network": every SERVICE, LOAD, FROM and parameter below
points at it, and the test ends by checking nobody connected. The store's quads are compared
before and after. (tests/test_serve_endpoint.py covers the plain update refusals, SERVICE, one
timeout, the row cap and the 1 MB body limit; these are the attacks around them.)
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import urllib.parse
from pathlib import Path

import pytest
from _serve_support import MAX_ROWS, build_store, start_server

from kg.stores.embedded import Store

PASSWD = b"root:x:0:"
PYPROJECT = b"[build-system]"


class Canary:
    """A TCP listener that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(1)
            try:
                self.hits.append(conn.recv(4096))
            except OSError:
                self.hits.append(b"")
            conn.close()


@pytest.fixture(scope="module")
def canary():
    c = Canary()
    yield c
    c.sock.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "store"
    build_store(path, bulk=3000)
    before = _quads(path)
    server = start_server(path, "--timeout", "2", "--max-rows", str(MAX_ROWS), "--workers", "2")
    yield server, path, before
    server.stop()


def _quads(path: Path) -> set[str]:
    return {str(q) for q in Store(path, read_only=True).quads()}


def _request(server, method: str, target: str, body: bytes | None = None, **headers: str):
    """Send ``target`` exactly as given (no client-side normalisation of '..' or escapes)."""
    parts = urllib.parse.urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.putrequest(method, target, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name.replace("_", "-"), value)
        if body is not None and "Content-Length" not in headers:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        if body is not None:
            try:
                conn.send(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered (413) and closed before reading it all
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _get(server, query: str, **params: str):
    return _request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query, **params}))


def _assert_safe(status: int, body: bytes) -> None:
    assert status < 500 or status in (503, 504), (status, body)
    assert PASSWD not in body and PYPROJECT not in body
    assert b"Traceback" not in body


# -- updates in every disguise --------------------------------------------------------------------

UPDATES = [
    "LOAD <{canary}x.ttl>",
    "LOAD <file:///etc/passwd> INTO GRAPH <http://x/g>",
    "load silent <{canary}x>",
    "# a comment first\nPREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }",
    "BASE <http://x/> insert data { <a> <b> <c> }",
    "WITH <http://x/g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "CREATE GRAPH <http://x/new>",
    "COPY DEFAULT TO <http://x/g>",
    "MOVE <http://example.org/bulk> TO DEFAULT",
    "ADD <http://example.org/bulk> TO <http://x/g>",
    "DROP SILENT ALL",
    "DELETE WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_by_get_post_and_form(served, canary, update):
    server, _, _ = served
    text = update.replace("{canary}", canary.url)
    answers = [
        _get(server, text),
        _request(server, "POST", "/sparql", text.encode(), Content_Type="application/sparql-query"),
        _request(
            server, "POST", "/sparql", text.encode(), Content_Type="application/sparql-update"
        ),
        _request(
            server,
            "POST",
            "/sparql",
            urllib.parse.urlencode({"update": text}).encode(),
            Content_Type="application/x-www-form-urlencoded",
        ),
    ]
    for status, body in answers:
        assert status == 403, (text, status, body)
        _assert_safe(status, body)


@pytest.mark.parametrize(
    "query",
    [
        "ASK {} ; INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
        "SELECT * { ?s ?p ?o } LIMIT 1 DROP ALL",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o = 'x') } ; CLEAR ALL",
    ],
)
def test_an_update_smuggled_after_a_query_does_not_parse(served, query):
    server, _, _ = served
    status, body = _get(server, query)
    assert status in (400, 403)
    _assert_safe(status, body)


# -- no network, no files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * {{ SERVICE <{canary}sparql> {{ ?s ?p ?o }} }}",
        "SELECT * {{ service silent <{canary}sparql> {{ ?s ?p ?o }} }}",
        "SELECT * {{ BIND(<{canary}sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        "SELECT * {{ SERVICE <file:///etc/passwd> {{ ?s ?p ?o }} }}",
        "SELECT * {{ \\u0053ERVICE <{canary}sparql> {{ ?s ?p ?o }} }}",
        "SELECT * {{ ?s ?p ?o }} # \nSERVICE <{canary}>",
        "PREFIX s: <{canary}> SELECT * {{ SERVICE s:x {{ ?s ?p ?o }} }}",
    ],
)
def test_service_never_reaches_the_network(served, canary, query):
    server, _, _ = served
    status, body = _get(server, query.format(canary=canary.url))
    assert status in (400, 403), (status, body)
    _assert_safe(status, body)


@pytest.mark.parametrize(
    "query,params",
    [
        ("SELECT * FROM <{canary}data.ttl> WHERE {{ ?s ?p ?o }}", {}),
        ("SELECT * FROM NAMED <{canary}g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", {}),
        ("SELECT * FROM <file:///etc/passwd> WHERE {{ ?s ?p ?o }}", {}),
        ("SELECT * WHERE {{ ?s ?p ?o }}", {"default-graph-uri": "{canary}d"}),
        ("SELECT * WHERE {{ ?s ?p ?o }}", {"named-graph-uri": "file:///etc/passwd"}),
        ("DESCRIBE <{canary}thing>", {}),
        ("SELECT ?x WHERE {{ BIND(IRI('file:///etc/passwd') AS ?x) }}", {}),
    ],
)
def test_dataset_iris_are_names_not_fetches(served, canary, query, params):
    server, _, _ = served
    params = {k: v.format(canary=canary.url) for k, v in params.items()}
    status, body = _get(server, query.format(canary=canary.url), **params)
    assert status == 200, body
    _assert_safe(status, body)


# -- resources ------------------------------------------------------------------------------------


def test_two_endless_queries_at_once_time_out_and_the_server_keeps_serving(served):
    server, _, _ = served
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    answers: list[int] = []
    threads = [
        threading.Thread(target=lambda: answers.append(_get(server, slow)[0])) for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(answers) == [503, 503]
    for _ in range(4):  # both workers were killed and replaced
        status, body = _get(server, "ASK {}", format="json")
        assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { ?a ?b ?c . ?d ?e ?f }",  # millions of rows, lazily cut
        "CONSTRUCT { ?a <http://x/p> ?d } WHERE { ?a ?b ?c . ?d ?e ?f }",
    ],
)
def test_a_huge_result_is_capped(served, query):
    server, _, _ = served
    accept = (
        "application/n-triples" if query.startswith("CONSTRUCT") else "text/tab-separated-values"
    )
    status, body = _request(
        server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}), Accept=accept
    )
    assert status == 200
    rows = body.decode().strip().splitlines()
    assert len(rows) - (0 if query.startswith("CONSTRUCT") else 1) == MAX_ROWS


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{" * 5000 + "}" * 5000,
        "SELECT (" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) {}",
        "ASK { FILTER(" + "!" * 5000 + "true) }",
    ],
)
def test_a_deeply_nested_query_is_refused_before_it_can_crash_the_parser(served, query):
    """pyoxigraph's parser recurses: a few thousand levels overflow its stack (a segfault)."""
    server, _, _ = served
    status, body = _request(
        server, "POST", "/sparql", query.encode(), Content_Type="application/sparql-query"
    )
    assert status == 400 and b"levels deep" in body
    status, body = _get(server, "ASK {}", format="json")
    assert status == 200


@pytest.mark.parametrize(
    "content_type", ["application/sparql-query", "application/x-www-form-urlencoded"]
)
def test_a_10_mb_body_is_refused_413(served, content_type):
    server, _, _ = served
    body = b"ASK {} #" + b"x" * (10 * 1024 * 1024)
    if content_type.endswith("urlencoded"):
        body = b"query=" + body
    status, text = _request(server, "POST", "/sparql", body, Content_Type=content_type)
    assert status == 413 and len(text.splitlines()) == 1


def test_a_10_mb_chunked_body_without_length_is_refused_413(served):
    server, _, _ = served
    parts = urllib.parse.urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    chunks = (b"#" + b"x" * (1024 * 1024) for _ in range(10))
    try:
        conn.request(
            "POST",
            "/sparql",
            body=chunks,
            headers={"Content-Type": "application/sparql-query"},
            encode_chunked=True,
        )
    except (BrokenPipeError, ConnectionResetError):
        pass
    response = conn.getresponse()
    assert response.status == 413
    conn.close()


# -- malformed requests and path traversal --------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "/sparql?query=%",
        "/sparql?query=%ZZ",
        "/sparql?query=ASK%7B%7D%",
        "/sparql?query=%E2%82",
        "/sparql?query=%C0%AF",
        "/sparql?query=ASK%7B%7D&default-graph-uri=%",
        "/sparql?query=ASK%00%7B%7D",
        "/queries/%ZZ",
        "/queries/%00",
        "/queries/claims?territory=%FF",
    ],
)
def test_malformed_percent_encoding_is_a_4xx(served, target):
    server, _, _ = served
    status, body = _request(server, "GET", target)
    assert 400 <= status < 500, (target, status, body)
    _assert_safe(status, body)


@pytest.mark.parametrize(
    "target",
    [
        "/queries/..%2f..%2fetc%2fpasswd",
        "/queries/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/queries/../pyproject",
        "/queries/..%2fpyproject",
        "/queries/%2e%2e%2fpyproject",
        "/queries/..%5c..%5cpyproject",
        "/queries/....//....//etc/passwd",
        "/static/../../pyproject.toml",
        "/static/..%2f..%2f..%2fpyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static//etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
    ],
)
def test_path_traversal_finds_nothing(served, target):
    server, _, _ = served
    status, body = _request(server, "GET", target)
    assert status in (400, 404), (target, status, body[:200])
    _assert_safe(status, body)


INJECTIONS = [
    'Japan" } ; DROP ALL ; #',
    "<http://x/a> } ; INSERT DATA { <http://x/a> <http://x/b> <http://x/c> } #",
    "id:state/japan> . ?s ?p ?o . FILTER(true",
    "?s",
    "*",
    "<file:///etc/passwd>",
    f"{'x' * 5000}",
    "Japan\n} CLEAR ALL",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_named_query_parameters_are_terms_not_sparql(served, value):
    server, _, _ = served
    listed = json.loads(_request(server, "GET", "/queries")[1])
    with_params = [(q["name"], p["name"]) for q in listed for p in q["params"]]
    assert with_params
    for name, param in with_params:
        status, body = _request(
            server, "GET", f"/queries/{name}?" + urllib.parse.urlencode({param: value})
        )
        assert status in (200, 400), (name, value, status, body)
        _assert_safe(status, body)
        if status == 200:  # bound as a term that names nothing: no rows
            assert json.loads(body)["results"]["bindings"] == []


# -- and after all of it --------------------------------------------------------------------------


def test_zz_nothing_changed_nothing_fetched(served, canary):
    """Runs last in this module (pytest keeps file order): the store and the canary after it all."""
    server, path, before = served
    assert _quads(path) == before
    assert canary.hits == []
    status, _ = _get(server, "ASK {}")
    assert status == 200
