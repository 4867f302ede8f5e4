"""Requests never block the server: slow clients are cut off, long queries refused, parsing runs
off the event loop, and a cheap query is answered while an expensive one is still being handled."""

from __future__ import annotations

import select
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from _serve_support import build_store, start_server

READ_TIMEOUT = 1.0
MAX_CONNECTIONS = 12


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "store"
    build_store(path)
    found = start_server(
        path,
        *("--read-timeout", str(READ_TIMEOUT), "--max-connections", str(MAX_CONNECTIONS)),
        *("--timeout", "8", "--workers", "2"),
    )
    yield found
    found.stop()


def _post(server, text: str, timeout: float = 60) -> tuple[int, bytes]:
    request = urllib.request.Request(
        server.sparql, data=text.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _cheap(server) -> tuple[int, float]:
    started = time.monotonic()
    status, _ = _post(server, "ASK {}", timeout=10)
    return status, time.monotonic() - started


def _connect(server) -> socket.socket:
    parts = urllib.parse.urlsplit(server.url)
    return socket.create_connection((parts.hostname, parts.port), timeout=10)


def _trickle(sock: socket.socket, data: bytes, gap: float) -> tuple[float, bytes] | None:
    """Send ``data`` a byte every ``gap`` s; (seconds until the server closed the connection, what
    it said first), or None if it let us send it all."""
    started = time.monotonic()
    for byte in data:
        try:
            sock.send(bytes([byte]))
        except OSError:
            return time.monotonic() - started, b""
        readable, _, _ = select.select([sock], [], [], gap)
        if readable:
            said = _read_to_close(sock)
            return time.monotonic() - started, said
    return None


def _read_to_close(sock: socket.socket) -> bytes:
    """All the server says until it closes the connection (10 s at most)."""
    said, sock_timeout = b"", sock.gettimeout()
    sock.settimeout(10)
    try:
        while chunk := sock.recv(4096):
            said += chunk
    except OSError:
        pass
    sock.settimeout(sock_timeout)
    return said


def test_slow_headers_are_cut_off_while_another_client_is_answered(server):
    sock = _connect(server)
    head = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 60 + b"\r\n\r\n"
    cheap: list[tuple[int, float]] = []
    other = threading.Thread(target=lambda: (time.sleep(0.3), cheap.append(_cheap(server))))
    other.start()
    cut = _trickle(sock, head, 0.1)  # ~9 s to send it all
    other.join()
    sock.close()
    assert cut is not None, "the server waited for the whole slow request head"
    assert cut[0] < READ_TIMEOUT + 2 and cut[1] == b"", cut  # closed, nothing said
    assert cheap and cheap[0][0] == 200 and cheap[0][1] < 1.0, cheap


def test_a_slow_body_is_answered_408_and_closed(server):
    sock = _connect(server)
    sock.sendall(
        b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 80\r\n\r\n"
    )
    cut = _trickle(sock, b"ASK {} " + b"#" * 73, 0.1)
    sock.close()
    assert cut is not None and cut[0] < READ_TIMEOUT + 2, cut
    assert cut[1].startswith(b"HTTP/1.1 408") and b"--read-timeout" in cut[1], cut


def test_an_over_long_query_is_413_naming_the_limit(server):
    status, body = _post(server, "ASK {} #" + "x" * (64 * 1024))
    assert status == 413 and body.count(b"\n") == 1, body
    assert b"65536 bytes" in body and b"--max-query-length" in body
    status, body = _post(server, "ASK {} #" + "x" * (64 * 1024 - 16))
    assert status == 200, body
    for size, expected in ((30_000, 200), (64 * 1024 + 1, 413)):  # in a URL, too
        query = urllib.parse.quote("ASK {} #" + "x" * (size - 8))
        try:
            with urllib.request.urlopen(f"{server.sparql}?query={query}", timeout=30) as answer:
                status = answer.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status == expected, size


def test_64_kb_of_a_dot_a_is_refused_fast(server):
    """The old tokenizer took ~30 s on this, on the event loop, stalling every client."""
    started = time.monotonic()
    status, body = _post(server, "a." * (32 * 1024 - 8))
    assert status == 400 and body.startswith(b"the query does not parse at line 1"), body
    assert len(body) < 1000  # the message and a caret under the spot, not the 64 KB echoed back
    assert time.monotonic() - started < 5


def test_a_cheap_query_answers_while_an_expensive_parse_runs(server):
    """~64 KB of '||' naming 'service' costs the checking parser seconds, in one worker process;
    the event loop and the other worker keep answering meanwhile."""
    big = "ASK { FILTER(" + "true||" * 10_000 + "'service') }"
    big_done: list[float] = []
    started = time.monotonic()
    worker = threading.Thread(
        target=lambda: (_post(server, big), big_done.append(time.monotonic() - started))
    )
    worker.start()
    time.sleep(0.5)
    cheap = [_cheap(server) for _ in range(3)]
    cheap_done = time.monotonic() - started
    worker.join(60)
    assert all(status == 200 and seconds < 1.0 for status, seconds in cheap), cheap
    assert big_done and cheap_done < big_done[0], (cheap_done, big_done)


def test_connections_past_the_limit_get_503_and_the_server_recovers(server):
    held = [_connect(server) for _ in range(MAX_CONNECTIONS + 3)]
    try:
        refused = 0
        for sock in held[MAX_CONNECTIONS:]:
            sock.settimeout(5)
            said = _read_to_close(sock)
            refused += said.startswith(b"HTTP/1.1 503") and b"--max-connections" in said
        assert refused == 3
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.3)
    assert _cheap(server)[0] == 200
