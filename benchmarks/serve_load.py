"""Load on ``kg serve``: N concurrent clients asking the competency queries for S seconds.

Reports requests, errors, throughput and p50/p99 latency (printed, and as JSON with --json FILE).
It measures; it asserts nothing about speed (tests/test_load.py asserts zero errors).

    python benchmarks/serve_load.py --store .kg --clients 20 --seconds 20 --json load.json
    python benchmarks/serve_load.py --url http://127.0.0.1:7878   # a server already running
"""

from __future__ import annotations

import argparse
import itertools
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: Values for required parameters of the competency queries (labels resolve in the article graph).
PARAMS = {"entity": "Japan"}
ACCEPT = "application/sparql-results+json"


@dataclass
class Stats:
    clients: int
    seconds: float
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    throughput: float = 0.0  # requests per second
    p50_ms: float = 0.0
    p99_ms: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.requests} requests by {self.clients} clients in {self.seconds:.1f} s: "
            f"{self.throughput:.1f}/s, p50 {self.p50_ms:.1f} ms, p99 {self.p99_ms:.1f} ms, "
            f"{len(self.errors)} error(s)"
        )


def query_urls(base: str) -> list[str]:
    """One URL per competency query (required parameters filled from PARAMS), from /queries."""
    with urllib.request.urlopen(base + "/queries", timeout=30) as response:
        listed = json.loads(response.read())
    urls = []
    for query in listed:
        params = {p["name"]: PARAMS[p["name"]] for p in query["params"] if p["required"]}
        tail = "?" + urllib.parse.urlencode(params) if params else ""
        urls.append(f"{base}/queries/{urllib.parse.quote(query['name'])}{tail}")
    return urls


def run(urls: list[str], clients: int, seconds: float) -> Stats:
    """``clients`` threads ask ``urls`` round-robin until ``seconds`` have passed."""
    stats = Stats(clients=clients, seconds=seconds)
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        for url in itertools.islice(itertools.cycle(urls), offset, None):
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            error = None
            try:
                request = urllib.request.Request(url, headers={"Accept": ACCEPT})
                with urllib.request.urlopen(request, timeout=60) as response:
                    json.loads(response.read())
            except urllib.error.HTTPError as exc:
                error = f"{url}: HTTP {exc.code} {exc.read()[:200]!r}"
            except (OSError, ValueError) as exc:
                error = f"{url}: {type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - started
            with lock:
                stats.requests += 1
                latencies.append(elapsed)
                if error:
                    stats.errors.append(error)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats.seconds = time.monotonic() - started
    if latencies:
        ordered = sorted(latencies)
        stats.throughput = stats.requests / stats.seconds
        stats.p50_ms = statistics.median(ordered) * 1000
        stats.p99_ms = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    return stats


def build_store(path: Path, sources: list[Path] | None = None) -> None:
    """A store from ``sources`` (default: the project's articles)."""
    from kg.engines import local
    from kg.paths import ARTICLES_DIR
    from kg.stores.embedded import Store

    local.build(sources or [ARTICLES_DIR], Store(path))


def start_server(
    store: Path, workers: int, extra: tuple[str, ...] = ()
) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
    command += ["serve"]
    command += ["--store", str(store), "--port", str(port), "--workers", str(workers), *extra]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited: {process.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=5):
                return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("kg serve did not answer within 60 s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--url", help="a running kg serve (default: start one)")
    where.add_argument("--store", type=Path, help="store to serve (default: build one from data/)")
    parser.add_argument("--sources", type=Path, nargs="*", help="what to build the store from")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    process = None
    with tempfile.TemporaryDirectory() as tmp:
        base = args.url
        if base is None:
            store = args.store
            if store is None:
                store = Path(tmp) / "store"
                build_store(store, args.sources)
            process, base = start_server(store, args.workers)
        try:
            stats = run(query_urls(base.rstrip("/")), args.clients, args.seconds)
        finally:
            if process is not None:
                process.terminate()
                process.wait(10)
    print(stats.summary())
    for error in stats.errors[:10]:
        print("  " + error)
    if args.json:
        args.json.write_text(json.dumps(asdict(stats), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
