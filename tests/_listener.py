"""A tiny threaded HTTP server on a loopback port that counts the requests it gets: "the network"
for the SERVICE tests (any hit means a query fetched from outside)."""

from __future__ import annotations

import http.server
import threading

_EMPTY = b'{"head":{"vars":["a"]},"results":{"bindings":[]}}'


class Listener:
    def __init__(self) -> None:
        hits: list[str] = []

        class _Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server spelling
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(_EMPTY)))
                self.end_headers()
                self.wfile.write(_EMPTY)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class FirstWallOff:
    """Query-worker limits that put the network wall up but leave the guard off: ``allow_service``
    reads False once (the worker's start, kg.serve.pool._wall) and True after (the guard), so a
    SERVICE reaches pyoxigraph and only the second wall can stop it. Tests only."""

    max_rows = 100
    memory = None  # no memory cap (kg.serve.memory)

    def __init__(self) -> None:
        self._reads = 0

    @property
    def allow_service(self) -> bool:
        self._reads += 1
        return self._reads > 1
