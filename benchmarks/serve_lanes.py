"""Limits per query under load (issue 16, point 3): named questions and ad-hoc queries at once.

A store of N synthetic sources (``benchmarks/generate.py``, the shape the ingesters write) is
served by ``kg serve``; for each client count, half the clients ask the named questions in turn
(every competency query, the parameterised ones with their natural parameter, as
``benchmarks/steps.py`` runs them: ``corroboration`` and ``timeline`` of a territory among them)
and half ask cheap ad-hoc SPARQL. Reported per kind: requests, throughput, p50/p99 latency and
every non-200 answer with its status and reason. It measures; it asserts nothing.

    python benchmarks/serve_lanes.py --sources 3000 --clients 20 50 --seconds 20 \\
        --json benchmarks/results/serve-lanes.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.serve_load import ACCEPT, start_server  # noqa: E402

#: Cheap ad-hoc queries (``{territory}`` is the benchmark's territory IRI).
ADHOC = (
    "ASK {}",
    "SELECT ?label WHERE { <{territory}> rdfs:label ?label }",
    "SELECT ?fact WHERE { ?fact a dkg:Claim } LIMIT 10",
    "SELECT (COUNT(*) AS ?n) WHERE { ?fact dkg:territory <{territory}> }",
)


@dataclass
class Kind:
    """The answers to one kind of client (named or ad-hoc) in one run."""

    clients: int
    requests: int = 0
    throughput: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    non_200: dict[str, int] = field(default_factory=dict)  # "status reason" -> count
    latencies: list[float] = field(default_factory=list, repr=False)

    def finish(self, seconds: float) -> None:
        ordered = sorted(self.latencies)
        if ordered:
            self.throughput = len(ordered) / seconds
            self.p50_ms = statistics.median(ordered) * 1000
            self.p99_ms = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
        self.requests = len(ordered)


def named_urls(base: str, fixed: dict) -> list[str]:
    from benchmarks.steps import query_cases

    urls = []
    for _, name, params in query_cases(fixed):
        tail = "?" + urllib.parse.urlencode(params) if params else ""
        urls.append(f"{base}/queries/{urllib.parse.quote(name)}{tail}")
    return urls


def adhoc_urls(base: str, fixed: dict) -> list[str]:
    return [
        f"{base}/sparql?"
        + urllib.parse.urlencode({"query": q.replace("{territory}", fixed["territory"])})
        for q in ADHOC
    ]


def _ask(url: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Accept": ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            return response.status, ""
    except urllib.error.HTTPError as exc:
        reason = exc.read().decode(errors="replace").strip().splitlines()
        return exc.code, (reason[0] if reason else exc.reason)[:160]
    except OSError as exc:
        return 0, f"{type(exc).__name__}: {exc}"[:160]


def _clients(urls: list[str], n: int, seconds: float, out: multiprocessing.Queue) -> None:
    """``n`` client threads on ``urls`` round-robin until ``seconds`` have passed; puts the
    latencies and the non-200 answers on ``out``. One process a kind of client: reading the named
    answers (large bodies) holds this process's GIL, which must not delay the other kind's clocks."""
    os.nice(10)  # the load generator yields the cores to the server, as clients elsewhere would
    latencies: list[float] = []
    non_200: Counter[str] = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        for url in itertools.islice(itertools.cycle(urls), offset, None):
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            status, reason = _ask(url)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    name = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]
                    non_200[f"{status} {name}: {reason}"] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.put((latencies, dict(non_200)))


def run(urls: dict[str, list[str]], clients: int, seconds: float) -> dict[str, Kind]:
    """``clients`` clients, half on each kind's URLs, each kind in its own process."""
    per_kind = {"named": clients // 2, "adhoc": clients - clients // 2}
    kinds = {kind: Kind(n) for kind, n in per_kind.items()}
    queues = {kind: multiprocessing.Queue() for kind in per_kind}
    started = time.monotonic()
    procs = [
        multiprocessing.Process(target=_clients, args=(urls[kind], n, seconds, queues[kind]))
        for kind, n in per_kind.items()
    ]
    for proc in procs:
        proc.start()
    for kind in per_kind:
        latencies, non_200 = queues[kind].get()
        kinds[kind].latencies, kinds[kind].non_200 = latencies, non_200
    for proc in procs:
        proc.join()
    elapsed = time.monotonic() - started
    for kind in kinds.values():
        kind.finish(elapsed)
    return kinds


def build(path: Path, sources: int) -> dict:
    """The synthetic store (~220 quads a source) and the entities the parameters name."""
    from benchmarks.generate import fixed_entities, write_nquads
    from kg.stores.embedded import Store

    nq = path.with_suffix(".nq")
    counts = write_nquads(nq, sources * 220)
    Store(path).bulk_load(nq)
    nq.unlink()
    return {**counts, "fixed": fixed_entities(target_quads=sources * 220)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=3000, help="synthetic sources to build")
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 50])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers (ad-hoc lane)")
    parser.add_argument("--named-workers", type=int, default=2, help="kg serve --named-workers")
    parser.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout")
    parser.add_argument("--warm", action="store_true", help="kg serve --warm")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    report: dict = {"sources": args.sources, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        built = build(Path(tmp) / "store", args.sources)
        report.update(built, build_s=round(time.monotonic() - started, 1))
        print(f"store: {built['sources']} sources, {built['quads']} quads", flush=True)
        extra = ("--named-workers", str(args.named_workers), "--timeout", str(args.timeout))
        extra += ("--warm",) if args.warm else ()
        process, base = start_server(Path(tmp) / "store", args.workers, extra)
        try:
            urls = {
                "named": named_urls(base, built["fixed"]),
                "adhoc": adhoc_urls(base, built["fixed"]),
            }
            for clients in args.clients:
                kinds = run(urls, clients, args.seconds)
                report["runs"].append(
                    {"clients": clients, "seconds": args.seconds}
                    | {
                        k: {n: v for n, v in asdict(kind).items() if n != "latencies"}
                        for k, kind in kinds.items()
                    }
                )
                for name, kind in kinds.items():
                    print(
                        f"{clients} clients, {name} ({kind.clients}): {kind.requests} requests, "
                        f"{kind.throughput:.1f}/s, p50 {kind.p50_ms:.0f} ms, p99 {kind.p99_ms:.0f} ms, "
                        f"{sum(kind.non_200.values())} non-200",
                        flush=True,
                    )
                    for reason, count in Counter(kind.non_200).most_common():
                        print(f"    {count} x {reason}")
        finally:
            process.terminate()
            process.wait(10)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
