"""SERVICE smuggling: a generated family of disguises, none of which may reach the network.

Every variant points SERVICE at a loopback listener that counts hits, and goes to a running
``kg serve`` and through ``kg query``; each must be refused (400/403) with zero hits. The endpoint
has two walls (the parsed-query guard, then workers without network), ``kg query`` only the first,
so the CLI runs test the guard alone. Controls: with ``--allow-service`` the same listener is hit,
so the test can fail. (Before the guard parsed, ``e:x\\'`` hid SERVICE from a tokenizer.)
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from _listener import FirstWallOff, Listener
from _serve_support import build_store, start_server
from click.testing import CliRunner
from conftest import require

from kg.cli import main
from kg.serve.execute import Job, Limits
from kg.serve.pool import QueryPool
from kg.sparql import guard

#: The form from issue 16: the tokenizer read ``\'`` as a string's start, ``#'`` as its end.
SMUGGLED = (
    "PREFIX e: <http://e/> SELECT * WHERE {{ {{ ?s e:x\\' ?o }} UNION "
    "{{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} #'"
)

KEYWORDS = [
    "SERVICE",
    "service",
    "Service",
    "sErViCe",
    "\\u0053ERVICE",
    "SERVIC\\u0045",
    "\\U00000073ervice",
    "\\u0073\\u0065\\u0072\\u0076\\u0069\\u0063\\u0065",
]
#: (prologue, endpoint, pattern before SERVICE): how the endpoint is named.
ENDPOINTS = [
    ("", "<{url}>", ""),
    ("PREFIX s: <{base}> ", "s:", ""),
    ("", "?e", "VALUES ?e {{ <{url}> }} "),
    ("", "?e", "BIND(<{url}> AS ?e) "),
]
#: Text before the SERVICE that once fooled, or might fool, a tokenizer.
PRELUDES = [
    "?s e:x\\' ?o . ",
    '?s e:x\\" ?o . ',
    "?s e:a.b.c ?o . ",
    "?s e:a:b:c ?o . ",
    "?s e:x\\#y ?o . ",
    "?s e:%41%42 ?o . ",
    "?s ?p 'it\\'s' . ",
    '?s ?p """a "quoted" \' one""" . ',
    "# a comment ' \" with quotes\n",
    "?s ?p ?o # SERVICE in a comment\n",
    "?s ?p <http://x/'> . ",
]
WRAPPERS = [
    "{x}",
    "OPTIONAL {{ {x} }}",
    "{{ }} UNION {{ {x} }}",
    "{{ SELECT * WHERE {{ {x} }} }}",
    "FILTER EXISTS {{ {x} }}",
    "FILTER NOT EXISTS {{ {x} }}",
    "GRAPH ?g {{ {x} }}",
    "MINUS {{ {x} }}",
    "OPTIONAL {{ {{ }} UNION {{ GRAPH ?g {{ {x} }} }} }}",
]
TRAILERS = ["", " #'", ' #"', "\n"]


def variants(url: str, n: int = 360) -> list[str]:
    """``n`` disguises drawn (with a fixed seed) from every combination, plus the issue's own."""
    base = url.rsplit("/", 1)[0] + "/"
    combos = list(itertools.product(KEYWORDS, ENDPOINTS, [False, True], PRELUDES, WRAPPERS))
    chosen = random.Random(16).sample(combos, n)
    texts = [SMUGGLED.format(url=url)]
    for i, (keyword, (prologue, endpoint, bind), silent, prelude, wrapper) in enumerate(chosen):
        service = f"{keyword}{' SILENT' if silent else ''} {endpoint}"
        if endpoint == "s:":
            service += url[len(base) :] or "x"
        inner = f"{bind}{service} {{{{ ?a ?b ?c }}}}"
        body = prelude + wrapper.format(x=inner.format(url=url))
        text = (
            f"PREFIX e: <http://e/> {prologue.format(base=base)}SELECT * WHERE {{ {body} }}"
            + TRAILERS[i % len(TRAILERS)]
        )
        texts.append(text)
    return texts


@pytest.fixture(scope="module")
def listener():
    found = Listener()
    yield found
    found.close()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("service") / "store"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def server(store_path):
    found = start_server(store_path, "--timeout", "10")
    yield found
    found.stop()


def _ask(server, text: str) -> tuple[int, bytes]:
    request = urllib.request.Request(
        server.sparql,
        data=text.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_the_family_is_several_hundred_distinct_texts(listener):
    texts = variants(listener.url)
    assert len(set(texts)) == len(texts) > 300
    assert all(guard.may_name_service(t) for t in texts)


def test_the_smuggled_form_is_refused_by_the_endpoint(server, listener):
    before = len(listener.hits)
    status, body = _ask(server, SMUGGLED.format(url=listener.url))
    assert status == 403 and b"--allow-service" in body, body
    assert len(listener.hits) == before


def test_no_variant_reaches_the_network_through_the_endpoint(server, listener):
    texts, before = variants(listener.url), len(listener.hits)
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda t: _ask(server, t), texts))
    let_through = [
        (t, s, b[:120]) for t, (s, b) in zip(texts, answers, strict=True) if s not in (400, 403)
    ]
    assert let_through == []
    assert all(len(b.splitlines()) == 1 and b"Traceback" not in b for _, b in answers)
    assert len(listener.hits) == before


def test_no_variant_reaches_the_network_through_kg_query(store_path, listener):
    runner, before = CliRunner(), len(listener.hits)
    for text in variants(listener.url):
        done = runner.invoke(main, ["query", "--store", str(store_path), "--sparql", text])
        assert done.exit_code == 1, (text, done.output)
        assert "service" in done.output.lower(), (text, done.output)
        assert "Traceback" not in done.output
    assert len(listener.hits) == before


def test_allow_service_does_reach_the_listener(store_path, listener):
    """The control: the same listener is hit when SERVICE is allowed, so the tests above can fail."""
    before = len(listener.hits)
    text = SMUGGLED.format(url=listener.url)
    done = CliRunner().invoke(
        main, ["query", "--store", str(store_path), "--sparql", text, "--allow-service"]
    )
    assert done.exit_code == 0, done.output
    assert len(listener.hits) > before
    allowed = start_server(store_path, "--allow-service")
    try:
        before = len(listener.hits)
        status, body = _ask(allowed, text)
        assert status == 200, body
        assert len(listener.hits) > before
    finally:
        allowed.stop()
    assert "--allow-service" in allowed.process.stderr.read().decode()


def test_a_literal_or_iri_that_says_service_still_runs(server):
    status, _ = _ask(server, 'SELECT * { ?s ?p "SERVICE" . ?s ?p <http://x/service> } # SERVICE')
    assert status == 200


# -- the second wall ---------------------------------------------------------------------------

_PROBE = """
import socket, sys
import pyoxigraph as ox
from kg.sparql import netwall
why = netwall.isolate()
if why is not None:
    print("unavailable:", why); sys.exit(0)
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=5).close()
    print("connected")
except OSError as exc:
    print("refused:", exc)
try:
    list(ox.Store().query("SELECT * {{ SERVICE <{url}> {{ ?a ?b ?c }} }}"))
    print("fetched")
except Exception as exc:
    print("service failed:", type(exc).__name__)
"""


def test_a_walled_process_cannot_connect_or_fetch(listener):
    """What a query worker does first: after isolate(), no connect and no SERVICE gets out."""
    before = len(listener.hits)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(port=listener.port, url=listener.url)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = done.stdout
    require(not out.startswith("unavailable"), f"no network namespace here: {out.strip()}")
    assert "connected" not in out and "refused:" in out, (out, done.stderr)
    assert "fetched" not in out and "service failed" in out, (out, done.stderr)
    assert len(listener.hits) == before
    # and without the wall the same connect works (so the probe can tell)
    with urllib.request.urlopen(listener.url, timeout=5) as answer:
        assert answer.status == 200


_AS_NOBODY = """
import encodings.idna, os, socket  # imported first: nobody cannot read this Python's files
from kg.sparql import netwall
os.setgid(65534)
os.setuid(65534)
print(netwall.isolate())
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=5).close()
    print("connected")
except OSError as exc:
    print("refused:", exc)
"""


def test_an_unprivileged_process_walls_itself_in_a_user_namespace(listener):
    """The path for a server not run as root (CI runs as root, so it would go unseen)."""
    if os.getuid() != 0:
        pytest.skip("runs as root, to drop to an unprivileged user; the other tests cover non-root")
    done = subprocess.run(
        [sys.executable, "-c", _AS_NOBODY.format(port=listener.port)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    why, _, connect = done.stdout.partition("\n")
    require(why == "None", f"no unprivileged user namespace here: {why} {done.stderr[-300:]}")
    assert connect.startswith("refused:"), (done.stdout, done.stderr)


def _require_network_namespace() -> None:
    """Skip (with the reason) where this machine cannot give a process an empty network namespace."""
    probe = subprocess.run(
        [sys.executable, "-c", "from kg.sparql import netwall; print(netwall.isolate())"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    require(probe.stdout.strip() == "None", f"no network namespace here: {probe.stdout.strip()}")


def test_the_endpoint_workers_are_walled(store_path):
    """No warning line at start means every worker reported the wall up."""
    _require_network_namespace()
    walled = start_server(store_path)
    walled.stop()
    log = walled.process.stderr.read().decode()
    assert "kg serve: SPARQL endpoint" in log and "network wall is unavailable" not in log, log


def _run_in_pool(store_path, limits, query: str):
    async def go():
        pool = QueryPool(store_path, size=1, timeout=20, limits=limits)
        pool.start()
        try:
            return pool.network_wall(), await pool.run(Job(query=query, accept="application/json"))
        finally:
            pool.close()

    return asyncio.run(go())


def test_a_real_worker_with_the_guard_off_still_cannot_fetch(store_path, listener):
    """Inside a query worker, the second wall alone stops a SERVICE that got past the first."""
    _require_network_namespace()
    query = f"SELECT * {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"
    before = len(listener.hits)
    wall, reply = _run_in_pool(store_path, FirstWallOff(), query)
    assert wall is None
    assert reply.status != 200 and len(reply.body.splitlines()) == 1, reply
    assert len(listener.hits) == before
    wall, reply = _run_in_pool(store_path, Limits(allow_service=True), query)  # the control
    assert wall == "--allow-service was given" and reply.status == 200, reply
    assert len(listener.hits) > before
