"""kg serve against real clients: SPARQLWrapper, rdflib's SPARQLStore, and plain HTTP."""

from __future__ import annotations

import csv
import http.client
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
import rdflib
from _serve_support import MANIFEST_DIR_OR_NONE, MAX_ROWS, shared_server
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

DKG = "https://w3id.org/dispute-kg/ontology#"
ID = "https://w3id.org/dispute-kg/id/"
PART_OF = f"CONSTRUCT {{ ?a <{DKG}partOf> ?b }} WHERE {{ ?a <{DKG}partOf> ?b }}"
LABELS = "SELECT ?e ?label WHERE { ?e a dkg:State ; rdfs:label ?label } ORDER BY ?label"
SRX = "{http://www.w3.org/2005/sparql-results#}"


def _expected_part_of() -> rdflib.Graph:
    g = rdflib.Graph()
    p = rdflib.URIRef(DKG + "partOf")
    g.add(
        (
            rdflib.URIRef(ID + "island/shikotan"),
            p,
            rdflib.URIRef(ID + "islandgroup/lesser-kuril-islands"),
        )
    )
    g.add(
        (
            rdflib.URIRef(ID + "islandgroup/lesser-kuril-islands"),
            p,
            rdflib.URIRef(ID + "islandgroup/kuril-islands"),
        )
    )
    return g


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    return shared_server(tmp_path_factory.mktemp("serve"), MANIFEST_DIR_OR_NONE)


def _get(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, _lower(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, _lower(exc.headers), exc.read()


def _lower(headers) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _post(url: str, body: bytes, content_type: str | None, **headers: str):
    """A POST with exactly these headers (urllib would add a form Content-Type of its own)."""
    parts = urllib.parse.urlsplit(url)
    if content_type is not None:
        headers["Content-Type"] = content_type
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    path = parts.path + ("?" + parts.query if parts.query else "")
    conn.request("POST", path, body=body, headers=headers)
    response = conn.getresponse()
    result = response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    conn.close()
    return result


def _q(server, query: str, **params: str) -> str:
    return server.sparql + "?" + urllib.parse.urlencode({"query": query, **params})


# -- real clients ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_select(server, fmt):
    client = SPARQLWrapper(server.sparql)
    client.setQuery(
        f"PREFIX dkg: <{DKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> {LABELS}"
    )
    client.setReturnFormat(fmt)
    result = client.query().convert()
    if fmt == JSON:
        labels = [b["label"]["value"] for b in result["results"]["bindings"]]
    else:
        labels = [n.firstChild.data for n in result.getElementsByTagName("literal")]
    assert labels == ["Japan", "Russia", "Soviet Union"]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(server, fmt):
    client = SPARQLWrapper(server.sparql)
    client.setQuery(f"ASK {{ <{ID}island/shikotan> a <{DKG}Island> }}")
    client.setReturnFormat(fmt)
    result = client.query().convert()
    value = (
        result["boolean"]
        if fmt == JSON
        else (result.getElementsByTagName("boolean")[0].firstChild.data == "true")
    )
    assert value is True


@pytest.mark.parametrize("fmt", [XML, TURTLE])
def test_sparqlwrapper_construct(server, fmt):
    client = SPARQLWrapper(server.sparql)
    client.setQuery(PART_OF)
    client.setReturnFormat(fmt)
    result = client.query().convert()
    graph = (
        result
        if isinstance(result, rdflib.Graph)
        else rdflib.Graph().parse(data=result, format="turtle")
    )
    assert isomorphic(graph, _expected_part_of())


def test_sparqlwrapper_post(server):
    client = SPARQLWrapper(server.sparql)
    client.setMethod("POST")
    client.setQuery(f"SELECT ?x WHERE {{ ?x <{DKG}partOf> <{ID}islandgroup/kuril-islands> }}")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["x"]["value"] for r in rows] == [ID + "islandgroup/lesser-kuril-islands"]


def test_rdflib_sparqlstore(server):
    graph = rdflib.Graph(SPARQLStore(server.sparql, returnFormat="json"))
    rows = list(
        graph.query(
            f"SELECT ?label WHERE {{ <{ID}island/shikotan> "
            "<http://www.w3.org/2004/02/skos/core#altLabel> ?label }"
        )
    )
    assert [str(r[0]) for r in rows] == ["Shikotan Island"]
    triples = graph.query(PART_OF).graph
    assert isomorphic(triples, _expected_part_of())


# -- content negotiation --------------------------------------------------------------------------


def _rows_from(content_type: str, body: bytes) -> list[str]:
    if content_type.startswith("application/sparql-results+json"):
        return [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]
    if content_type.startswith("application/sparql-results+xml"):
        return [n.text for n in ET.fromstring(body).iter(SRX + "literal")]
    if content_type.startswith("text/csv"):
        return [r[1] for r in list(csv.reader(io.StringIO(body.decode())))[1:]]
    assert content_type.startswith("text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?e\t?label"
    return [line.split("\t")[1] for line in lines[1:]]


@pytest.mark.parametrize(
    "accept,media",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_select_formats(server, accept, media):
    status, headers, body = _get(_q(server, LABELS), Accept=accept)
    assert status == 200 and headers["content-type"].startswith(media)
    expected = ["Japan", "Russia", "Soviet Union"]
    if media == "text/tab-separated-values":
        expected = ['"Japan"@en', '"Russia"@en', '"Soviet Union"@en']
    assert _rows_from(headers["content-type"], body) == expected


@pytest.mark.parametrize(
    "accept,media,rdflib_format",
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_graph_formats(server, accept, media, rdflib_format):
    status, headers, body = _get(_q(server, PART_OF), Accept=accept)
    assert status == 200 and headers["content-type"].startswith(media)
    assert isomorphic(rdflib.Graph().parse(data=body, format=rdflib_format), _expected_part_of())


def test_format_parameter_and_not_acceptable(server):
    status, headers, body = _get(_q(server, LABELS, format="csv"))
    assert status == 200 and headers["content-type"].startswith("text/csv")
    status, _, body = _get(_q(server, LABELS), Accept="image/png")
    assert status == 406 and b"text/csv" in body


def test_result_cap(server):
    status, headers, body = _get(
        _q(server, "SELECT ?s WHERE { GRAPH <http://example.org/bulk> { ?s ?p ?o } }"),
        Accept="application/json",
    )
    assert status == 200 and headers["kg-truncated"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


# -- read-only, federation, timeout ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body,content_type",
    [
        (b"INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "application/sparql-update"),
        (b"update=CLEAR%20ALL", "application/x-www-form-urlencoded"),
        (b"DROP ALL", "application/sparql-query"),
        (b"PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", "application/sparql-query"),
    ],
)
def test_updates_are_refused(server, body, content_type):
    before = json.loads(_get(_q(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))[2])
    status, _, text = _post(server.sparql, body, content_type)
    assert status == 403 and text == b"updates are not allowed: this endpoint is read-only\n"
    after = json.loads(_get(_q(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))[2])
    assert before == after


def test_service_is_refused_but_not_a_literal_that_says_service(server):
    status, _, body = _get(
        _q(server, "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    )
    assert status == 403 and b"--allow-service" in body
    status, _, _ = _get(_q(server, 'SELECT * { ?s ?p "SERVICE" } # SERVICE <x:y>'))
    assert status == 200


def test_timeout_answers_503_and_server_keeps_serving(server):
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, headers, body = _get(_q(server, slow))
    assert status == 503 and b"timeout" in body and headers.get("retry-after") == "1"
    assert time.monotonic() - started < 15
    for _ in range(3):  # the killed worker is replaced; the other one answers meanwhile
        status, _, body = _get(_q(server, "ASK {}"), Accept="application/json")
        assert status == 200 and json.loads(body)["boolean"] is True


# -- protocol errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method,query,body,content_type,status",
    [
        ("GET", "query=SELECT%20%2A%20%7B", None, None, 400),  # malformed
        ("GET", "query=ASK%7B%7D&query=ASK%7B%7D", None, None, 400),  # two queries
        ("GET", "", None, None, 400),  # missing
        ("GET", "query=%FF%FE", None, None, 400),  # not UTF-8
        ("POST", "", b"ASK {}", "text/plain", 415),  # wrong media type
        ("POST", "", b"ASK {}", None, 415),  # no media type
        ("POST", "", "ASK {}".encode("utf-16"), "application/sparql-query; charset=UTF-16", 415),
        ("POST", "", "ASK {}".encode("utf-16"), "application/sparql-query", 400),
        ("POST", "", b"query=ASK%7B%7D&query=ASK%7B%7D", "application/x-www-form-urlencoded", 400),
        # just past the 64 KB default: a body far larger is refused before it is all sent, and the
        # client then sees a broken pipe, not the 413 (tests/test_serve_limits.py covers the limit)
        ("POST", "", b"x" * (64 * 1024 + 1), "application/sparql-query", 413),
        ("GET", "query=ASK%7B%7D&default-graph-uri=not%20an%20iri", None, None, 400),
    ],
)
def test_protocol_errors(server, method, query, body, content_type, status):
    url = server.sparql + ("?" + query if query else "")
    if method == "GET":
        got, headers, text = _get(url)
    else:
        got, headers, text = _post(url, body, content_type)
    assert got == status, text
    assert headers["content-type"].startswith("text/plain")
    lines = text.splitlines()  # one line; a syntax error adds the query's line and a caret
    assert len(lines) == (3 if b"does not parse at line" in lines[0] else 1), text
    assert b"Traceback" not in text


def test_other_methods_are_405(server):
    request = urllib.request.Request(_q(server, "ASK {}"), method="PUT", data=b"")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 405


# -- named queries --------------------------------------------------------------------------------


def test_queries_list(server):
    from kg import queries

    status, headers, body = _get(server.url + "/queries")
    listed = json.loads(body)
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert [q["name"] for q in listed] == [q.name for q in queries.load_all()]
    for q in listed:
        assert q["title"] and q["question"] and isinstance(q["params"], list)
        assert all({"name", "description", "required"} <= set(p) for p in q["params"])


def test_named_query_runs(server):
    listed = json.loads(_get(server.url + "/queries")[2])
    runnable = [q for q in listed if not any(p["required"] for p in q["params"])]
    assert runnable
    answered = 0
    for q in runnable:
        status, headers, body = _get(
            f"{server.url}/queries/{q['name']}", Accept="application/sparql-results+json"
        )
        assert status == 200, (q["name"], body)
        answered += bool(json.loads(body).get("results", {}).get("bindings"))
    assert answered >= 1


def test_named_query_errors(server):
    status, _, body = _get(server.url + "/queries/no-such-query")
    assert status == 404 and b"/queries" in body
    listed = json.loads(_get(server.url + "/queries")[2])
    status, _, body = _get(f"{server.url}/queries/{listed[0]['name']}?nonsense=1")
    assert status == 400 and b"nonsense" in body
