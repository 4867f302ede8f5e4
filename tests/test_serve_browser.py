"""Browser safety of ``kg serve``: no CORS unless asked, the Host header checked (DNS rebinding),
only http(s) IRIs rendered as links on the query page."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.parse

import pytest
from _page_support import open_page, run, set_query
from _serve_support import MANIFEST_DIR_OR_NONE, build_store, shared_server, start_server

from kg.serve.browser import host_refusal, served_names

ASK = "/sparql?query=ASK%7B%7D"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    return shared_server(tmp_path_factory.mktemp("serve"), MANIFEST_DIR_OR_NONE)


@pytest.fixture(scope="module")
def opened(tmp_path_factory):
    """A server that lets one origin read answers and answers one more host name."""
    path = tmp_path_factory.mktemp("cors") / "store"
    build_store(path)
    server = start_server(path, "--cors", "https://ok.example", "--allow-host", "kg.example")
    yield server
    server.stop()


def _get(server, path: str, **headers: str) -> tuple[int, dict[str, str], str]:
    parts = urllib.parse.urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.putrequest("GET", path, skip_host="Host" in headers)
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    response = conn.getresponse()
    result = (
        response.status,
        {k.lower(): v for k, v in response.getheaders()},
        response.read().decode(),
    )
    conn.close()
    return result


def test_other_sites_cannot_read_answers_by_default(server):
    status, headers, _ = _get(server, ASK, Origin="http://elsewhere.example")
    assert status == 200 and "access-control-allow-origin" not in headers


def test_cors_opens_to_the_origin_given_only(opened):
    _, headers, _ = _get(opened, ASK, Origin="https://ok.example")
    assert headers["access-control-allow-origin"] == "https://ok.example"
    _, headers, _ = _get(opened, ASK, Origin="http://elsewhere.example")
    assert "access-control-allow-origin" not in headers
    parts = urllib.parse.urlsplit(opened.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request(
        "OPTIONS",
        "/sparql",
        headers={
            "Origin": "https://ok.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    preflight = conn.getresponse()
    preflight.read()
    conn.close()
    assert preflight.status == 200 and "POST" in preflight.getheader("access-control-allow-methods")


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:7878", "127.0.0.1.nip.io"])
def test_a_rebound_name_is_refused_with_one_line(server, host):
    status, _, body = _get(server, ASK, Host=host)
    assert status == 403
    assert body.count("\n") == 1 and "--allow-host" in body and host.split(":")[0] in body


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST:1234", "[::1]:80"])
def test_loopback_names_are_served_on_loopback(server, host):
    assert _get(server, ASK, Host=host)[0] == 200


def test_allow_host_adds_a_name(opened):
    assert _get(opened, ASK, Host="kg.example:8080")[0] == 200
    assert _get(opened, ASK, Host="other.example")[0] == 403


def test_served_names():
    assert served_names("127.0.0.1") >= {"localhost", "127.0.0.1", "::1"}
    public = served_names("192.0.2.7", ["KG.example."])
    assert public == {"192.0.2.7", "kg.example"}
    assert host_refusal("localhost", public, "192.0.2.7") is not None
    assert host_refusal("kg.example:80", public, "192.0.2.7") is None
    # listening on all interfaces: any address (rebinding needs a name), names only when allowed
    assert host_refusal("10.1.2.3:7878", served_names("0.0.0.0"), "0.0.0.0") is None
    assert host_refusal("evil.example", served_names("0.0.0.0"), "0.0.0.0") is not None
    assert "\n" not in host_refusal("a\nb\x1b[31m", public, "192.0.2.7")
    assert host_refusal(None, public, "192.0.2.7") is None  # HTTP/1.0: browsers always send Host


def test_page_renders_only_web_iris_as_links(server, browser):
    page = open_page(browser, server.url + "/")
    set_query(
        page,
        "SELECT ?u WHERE { VALUES ?u { <javascript:alert(1)> "
        "<data:text/html,x> <https://example.org/a> } } ORDER BY ?u",
    )
    run(page)
    hrefs = page.eval_on_selector_all("#results a", "links => links.map(a => a.href)")
    assert hrefs == ["https://example.org/a"]
    cells = page.locator("#results td").all_inner_texts()
    assert "javascript:alert(1)" in cells and "data:text/html,x" in cells


def test_a_client_that_disconnects_is_one_log_line(tmp_path):
    path = tmp_path / "store"
    build_store(path)
    server = start_server(path)
    parts = urllib.parse.urlsplit(server.url)
    try:
        for head in (
            b"Content-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK",
            b"Content-Type: application/sparql-query\r\nContent-Length: 7\r\n\r\nASK {}\n",
        ):
            sock = socket.create_connection((parts.hostname, parts.port), timeout=10)
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: localhost\r\n" + head)
            time.sleep(0.3)
            sock.close()
        time.sleep(0.5)
        assert _get(server, ASK)[0] == 200  # still serving
    finally:
        server.stop()
    log = server.process.stderr.read().decode()
    assert "Traceback" not in log and "ClientDisconnect" not in log, log
    [line] = [x for x in log.splitlines() if "disconnected" in x]
    assert "127.0.0.1:" in line and "POST /sparql" in line
