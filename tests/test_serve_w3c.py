"""The W3C SPARQL 1.1 Protocol tests (../shared/data/w3c-sparql-protocol) against a live kg serve.

Run as written: every ``query_*`` and ``bad_query_*`` test, and the ``bad_update_*`` tests (all
expect a 4xx, which a read-only endpoint gives). Excluded: the seven ``update_*`` tests, which
expect a 2xx from a server that accepts updates; this endpoint is read-only by design, so for them
the test checks the refusal instead (403) — see ``test_update_tests_are_refused``.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
from _serve_support import shared_server
from conftest import SHARED, require_shared

DATA1 = "http://kasei.us/2009/09/sparql/data/data1.rdf"
MANIFEST_DIR = SHARED / "data" / "w3c-sparql-protocol"
_Q = """
PREFIX mf: <http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#>
PREFIX ht: <http://www.w3.org/2011/http#>
PREFIX cnt: <http://www.w3.org/2011/content#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?test ?method ?path ?chars ?encoding ?format ?boolean
       (GROUP_CONCAT(DISTINCT STR(?status); separator=" ") AS ?statuses)
       (GROUP_CONCAT(DISTINCT CONCAT(?hname, "\\u0000", ?hvalue); separator="\\u0001") AS ?headers)
WHERE {
  ?test a mf:ProtocolTest ; mf:action/ht:requests/rdf:rest*/rdf:first ?req .
  ?req ht:methodName ?method ; ht:absolutePath ?path ; ht:resp ?resp .
  ?resp mf:expectedStatus ?status .
  OPTIONAL { ?resp mf:expectedFormat ?format }
  OPTIONAL { ?resp mf:expectedBoolean ?boolean }
  OPTIONAL { ?req ht:body [ cnt:chars ?chars ; cnt:characterEncoding ?encoding ] }
  OPTIONAL { ?req ht:headers/rdf:rest*/rdf:first [ ht:fieldName ?hname ; ht:fieldValue ?hvalue ] }
} GROUP BY ?test ?method ?path ?chars ?encoding ?format ?boolean ORDER BY ?test
"""


def _manifest_tests() -> list[dict]:
    path = MANIFEST_DIR / "manifest.ttl"
    if not path.exists():
        return []
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.as_uri())
    tests = []
    for row in store.query(_Q):
        headers = {}
        if row["headers"] is not None and row["headers"].value:
            for pair in row["headers"].value.split("\u0001"):
                name, _, value = pair.partition("\u0000")
                headers[name] = value
        tests.append(
            {
                "name": row["test"].value.rsplit("#", 1)[-1],
                "method": row["method"].value,
                "path": row["path"].value,
                "body": row["chars"].value if row["chars"] is not None else None,
                "encoding": row["encoding"].value if row["encoding"] is not None else "UTF-8",
                "format": row["format"].value if row["format"] is not None else None,
                "boolean": row["boolean"].value == "true" if row["boolean"] is not None else None,
                "statuses": {s.rsplit("StatusCode", 1)[-1] for s in row["statuses"].value.split()},
                "headers": headers,
            }
        )
    return tests


TESTS = _manifest_tests()
RUN = [t for t in TESTS if not t["name"].startswith("update_")]
# Update tests may go on with a query that checks the update's effect; the update request is the one
# a read-only endpoint refuses.
REFUSED = [
    t
    for t in TESTS
    if t["name"].startswith("update_")
    and (
        t["headers"].get("content-type") == "application/sparql-update"
        or (t["body"] or "").startswith("update=")
    )
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_shared("data", "w3c-sparql-protocol", "manifest.ttl")
    return shared_server(tmp_path_factory.mktemp("serve"), MANIFEST_DIR)


def _send(server, test: dict) -> tuple[int, str, bytes]:
    url = urlsplit(server.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    body = None
    if test["body"] is not None:
        encoding = "utf-16" if test["encoding"].upper() == "UTF-16" else "utf-8"
        body = test["body"].encode(encoding)
    headers = dict(test["headers"])
    conn.request(test["method"], test["path"], body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.getheader("content-type", ""), data


def _boolean(content_type: str, data: bytes) -> bool:
    if "json" in content_type:
        return json.loads(data)["boolean"]
    root = ET.fromstring(data)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_manifest_is_read():
    require_shared("data", "w3c-sparql-protocol", "manifest.ttl")
    assert len(RUN) == 27 and len(REFUSED) == 7
    assert {t["name"] for t in TESTS} == {t["name"] for t in RUN + REFUSED}


@pytest.mark.parametrize("test", RUN, ids=[t["name"] for t in RUN])
def test_protocol(server, test):
    status, content_type, data = _send(server, test)
    assert f"{status // 100}xx" in test["statuses"], (status, data[:200])
    if status >= 400:
        assert b"Traceback" not in data and len(data) < 300
        return
    kind = test["format"]
    if kind == "boolean":
        assert content_type.startswith(
            ("application/sparql-results+json", "application/sparql-results+xml")
        )
    elif kind == "tabular":
        assert content_type.startswith(
            (
                "application/sparql-results+json",
                "text/csv",
                "application/sparql-results+xml",
                "text/tab-separated-values",
            )
        )
    elif kind == "RDF":
        assert content_type.startswith(
            ("text/turtle", "application/n-triples", "application/rdf+xml")
        )
    if test["boolean"] is not None:
        assert _boolean(content_type, data) is test["boolean"]


@pytest.mark.parametrize("test", REFUSED, ids=[t["name"] for t in REFUSED])
def test_update_tests_are_refused(server, test):
    status, _, data = _send(server, test)
    assert status == 403 and b"read-only" in data


def test_data_files_are_loaded(server):
    # The dataset tests only mean something if the graphs they name hold the data.
    test = {
        "method": "GET",
        "path": "/sparql?"
        + urllib.parse.urlencode(
            {"query": "SELECT * {GRAPH ?g {?s a ?t}}", "named-graph-uri": DATA1}
        ),
        "body": None,
        "encoding": "UTF-8",
        "headers": {"Accept": "application/json"},
    }
    status, _, data = _send(server, test)
    rows = json.loads(data)["results"]["bindings"]
    assert status == 200 and [r["s"]["value"] for r in rows] == [DATA1]


def test_relative_data_paths_exist():
    require_shared("data", "w3c-sparql-protocol", "manifest.ttl")
    assert all((MANIFEST_DIR / f"data{n}.nt").exists() for n in (1, 2, 3))
    assert isinstance(MANIFEST_DIR, Path)
