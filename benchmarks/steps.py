"""The measured steps. Each runs in a process of its own (``python -m benchmarks.steps STEP
JSON-ARGS``) and prints one JSON object, with the process's peak RSS, so the memory figure of a
step is that step's alone.
"""

from __future__ import annotations

import json
import resource
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

NQ = ox.RdfFormat.N_QUADS


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 1e6


def _clock(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _cpu_seconds() -> float:
    """CPU time of this process and its reaped children: on the shared machine the wall clock
    counts the other jobs' time too, the CPU time only this step's."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# -- generating ------------------------------------------------------------------------------------


def gen(path: str, quads: int, seed: int) -> dict:
    from benchmarks.generate import write_nquads

    seconds, counts = _clock(lambda: write_nquads(Path(path), quads, seed))
    return {"seconds": seconds, **counts}


# -- load ------------------------------------------------------------------------------------------


def load_raw(nq: str, store: str) -> dict:
    """Raw pyoxigraph: bulk-load the file into a new store."""
    shutil.rmtree(store, ignore_errors=True)

    def run():
        s = ox.Store(store)
        s.bulk_load(path=nq, format=NQ)
        s.flush()
        return len(s)

    seconds, n = _clock(run)
    return {"seconds": seconds, "quads": n, "disk_mb": du_mb(Path(store))}


def load_raw_union(nq: str, store: str) -> dict:
    """Raw pyoxigraph doing kg's work: bulk-load the file, then each triple once more into the
    default graph (what a script needs for a union default graph that does not repeat a triple
    once per source). Shows what of the load ratio is the data written, not kg's code."""
    shutil.rmtree(store, ignore_errors=True)

    def run():
        s = ox.Store(store)
        s.bulk_load(path=nq, format=NQ)
        with open(nq, "rb") as fh:
            s.bulk_extend(
                ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(fh, format=NQ)
            )
        s.flush()

    seconds, _ = _clock(run)
    return {"seconds": seconds, "disk_mb": du_mb(Path(store))}


def load_kg(nq: str, store: str) -> dict:
    """The kg bulk path: Store.bulk_load (all-or-nothing into an empty store)."""
    from kg.stores.embedded import Store

    shutil.rmtree(store, ignore_errors=True)

    def run():
        s = Store(store)
        s.bulk_load(Path(nq))
        s.flush()
        return len(s)

    seconds, n = _clock(run)
    return {"seconds": seconds, "quads": n, "disk_mb": du_mb(Path(store))}


def load_kg_sources(nq: str, store: str) -> dict:
    """The per-source path of ``kg build``: Store.replace_graph a source, in ``Store.batched``."""
    from kg.stores.embedded import Store

    shutil.rmtree(store, ignore_errors=True)

    def run():
        s = Store(store)
        graph, batch = None, []
        with open(nq, "rb") as fh, s.batched():
            for q in ox.parse(fh, format=NQ):
                if q.graph_name != graph and batch:
                    s.replace_graph(graph, batch)
                    batch = []
                graph = q.graph_name
                batch.append(q)
            if batch:
                s.replace_graph(graph, batch)
        s.flush()
        return len(s)

    seconds, n = _clock(run)
    return {"seconds": seconds, "quads": n, "disk_mb": du_mb(Path(store))}


# -- export ----------------------------------------------------------------------------------------


def export(store: str, fmt: str, path: str) -> dict:
    from kg.export import rdf
    from kg.stores.embedded import Store

    s = Store(store, read_only=True)
    seconds, data = _clock(lambda: rdf.export_rdf(s, fmt))
    Path(path).write_bytes(data)
    return {"seconds": seconds, "bytes": len(data)}


def export_raw(store: str, fmt: str, path: str) -> dict:
    """Raw pyoxigraph: dump N-Quads; Turtle of the union through a CONSTRUCT."""
    s = ox.Store.read_only(store)

    def run():
        if fmt == "nquads":
            return s.dump(format=NQ)
        union = s.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        return union.serialize(format=ox.RdfFormat.TURTLE)

    seconds, data = _clock(run)
    Path(path).write_bytes(data)
    return {"seconds": seconds, "bytes": len(data)}


# -- queries ---------------------------------------------------------------------------------------


def _query_params(fixed: dict) -> dict[str, dict[str, str]]:
    """Parameterised questions get their natural parameter; the others run on the whole graph."""
    return {
        "evidence": {"entity": fixed["person"]},
        "timeline": {"territory": fixed["territory"]},
        "claims[territory]": {"territory": fixed["territory"]},
        "disputes[territory]": {"territory": fixed["territory"]},
        "officials[state]": {"state": fixed["state"]},
        "statements[speaker]": {"speaker": fixed["person"]},
    }


def query_cases(fixed: dict) -> list[tuple[str, str, dict]]:
    """(case name, query name, parameters) for every competency query, and the parameterised
    variants of the optional-parameter ones."""
    from kg import queries

    params = _query_params(fixed)
    cases = []
    for q in queries.load_all():
        cases.append((q.name, q.name, params.get(q.name, {})))
    for case, values in params.items():
        if "[" in case:
            cases.append((case, case.split("[")[0], values))
    return cases


def _timed_runs(fn, runs: int, budget: float) -> tuple[list[float], object]:
    """``runs`` timings in ms, fewer if one run is slow (at least 3 when the budget allows)."""
    times, value = [], None
    start = time.perf_counter()
    for i in range(runs):
        t, value = _clock(fn)
        times.append(t * 1000)
        spent = time.perf_counter() - start
        if i >= 2 and spent > budget or spent > 3 * budget:
            break
    return times, value


def _pct(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def cq(store: str, fixed: dict, runs: int, budget: float, only: list[str] | None = None) -> dict:
    """p50/p95 of every competency query through kg.queries.run (terms out, JSON round trip)."""
    from kg import queries
    from kg.stores.embedded import Store

    s = Store(store, read_only=True)
    out = {}
    for case, name, values in query_cases(fixed):
        if only is not None and case not in only:
            continue
        q = queries.get(name)
        bindings = {k: ox.NamedNode(v) for k, v in values.items()}
        queries.run(s, q.text, bindings)  # warm the caches
        times, result = _timed_runs(lambda q=q, b=bindings: queries.run(s, q.text, b), runs, budget)
        out[case] = {
            "p50": _pct(times, 0.5),
            "p95": _pct(times, 0.95),
            "runs": len(times),
            "rows": len(result.rows),
        }
    return out


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def cq_rdflib(nq: str, fixed: dict, runs: int, budget: float, limit: float = 60.0) -> dict:
    """The same queries through rdflib (its in-memory Dataset, union default graph). A run past
    ``limit`` seconds is stopped (rdflib is pure Python, so a signal interrupts it) and counted as
    taking ``limit``: its ratio is then a lower bound."""
    import signal

    import rdflib
    from rdflib.plugins.sparql import prepareQuery

    from kg import queries
    from kg.vocab import PREFIXES

    ds = rdflib.Dataset(default_union=True)
    load_s, _ = _clock(lambda: ds.parse(nq, format="nquads"))
    out: dict = {"_load_seconds": load_s}
    for case, name, values in query_cases(fixed):
        q = queries.get(name)
        bindings = {k: rdflib.URIRef(v) for k, v in values.items()}
        prepared = prepareQuery(q.text, initNs=PREFIXES)

        def run(p=prepared, b=bindings):
            return len(list(ds.query(p, initBindings=b)))

        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            times, rows = _timed_runs(run, runs, budget)
            out[case] = {"p50": _pct(times, 0.5), "runs": len(times), "rows": rows}
        except _Timeout:
            out[case] = {"p50": limit * 1000, "runs": 1, "timed_out": True}
        except Exception as exc:  # rdflib cannot run this query: say so, go on
            out[case] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return out


# -- ingestion ------------------------------------------------------------------------------------


def ingest(corpus: str, workers: int, store: str | None) -> dict:
    """``kg build`` of the corpus (extraction and writing), with RSS sampled as it goes."""
    from kg.engines.local import build
    from kg.stores.embedded import Store

    shutil.rmtree(store, ignore_errors=True) if store else None
    s = Store(store)
    paths = sorted(Path(corpus).glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    samples: list[tuple[int, float]] = []
    count = [0]

    def progress(_name: str) -> None:
        count[0] += 1
        if count[0] % max(1, len(paths) // 10) == 0:
            samples.append((count[0], _rss_now_mb()))

    cpu = _cpu_seconds()
    seconds, report = _clock(lambda: build([corpus], s, workers=workers, progress=progress))
    cpu = _cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "articles_per_cpu_s": report.sources / cpu,
        "articles": report.sources,
        "words": words,
        "facts": report.facts,
        "quads": report.quads,
        "articles_per_s": report.sources / seconds,
        "words_per_s": words / seconds,
        "rss_samples_mb": samples,
        "workers_peak_rss_mb": peak_rss_mb(children=True),
    }


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 1e6


def extract_only(corpus: str) -> dict:
    """Extraction alone (no store), for the ingestion profile: the parser's share of it (wall
    clock and CPU), and the entity recogniser's (run on demand, kg.ingest.nlp.proposals)."""
    from kg.ingest.nlp import parse, proposals
    from kg.ingest.nlp import rules as _rules
    from kg.ingest.sources import extract_source

    paths = sorted(Path(corpus).glob("*.txt"))
    parse.nlp()  # the pipeline's one-off load is not a per-article cost
    spent = {"parse": [0.0, 0.0], "recognise": [0.0, 0.0]}

    def timed(name, real):
        def run(arg):
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                return real(arg)
            finally:
                spent[name][0] += time.perf_counter() - t0
                spent[name][1] += time.process_time() - c0

        return run

    real_parse, real_recognise = _rules.parse_many, proposals.recognise
    _rules.parse_many = timed("parse", real_parse)
    proposals.recognise = timed("recognise", real_recognise)
    cpu = _cpu_seconds()
    try:
        seconds, _ = _clock(lambda: [extract_source(p) for p in paths])
    finally:
        _rules.parse_many, proposals.recognise = real_parse, real_recognise
    cpu = _cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "articles_per_s": len(paths) / seconds,
        "articles_per_cpu_s": len(paths) / cpu,
        "parse_seconds": spent["parse"][0],
        "parse_share": spent["parse"][0] / seconds,
        "parse_cpu_share": spent["parse"][1] / cpu,
        "recognise_cpu_share": spent["recognise"][1] / cpu,
    }


# -- views -----------------------------------------------------------------------------------------


def viz(store: str, out: str) -> dict:
    """``kg viz`` as GraphML, GEXF and HTML of the whole entity graph."""
    from kg.export import gexf, graphml, html
    from kg.graph.view import build_graph, evidence_index
    from kg.stores.embedded import Store

    s = Store(store, read_only=True)
    result: dict = {}
    t, G = _clock(lambda: build_graph(s))
    result["graph_seconds"] = t
    result["nodes"], result["edges"] = G.number_of_nodes(), G.number_of_edges()
    for name, fn in (("graphml", graphml.graphml), ("gexf", gexf.gexf)):
        t, data = _clock(lambda fn=fn: fn(G))
        Path(out, f"viz.{name}").write_bytes(data)
        result[f"{name}_seconds"] = t
    t, data = _clock(lambda: html.html_page(G, evidence_index(s)))
    Path(out, "viz.html").write_bytes(data)
    result["html_seconds"], result["html_mb"] = t, len(data) / 1e6
    return result


def viz_scaled(store: str, out: str, nodes: int) -> dict:
    """``kg viz``'s writers on a graph of at least ``nodes`` nodes: copies of the store's entity
    graph side by side (each node renamed per copy), since a store with 100k entities would take
    a ~5M-quad graph to generate and load."""
    import networkx as nx

    from kg.export import gexf, graphml, html
    from kg.graph.view import build_graph, evidence_index
    from kg.stores.embedded import Store

    s = Store(store, read_only=True)
    base, evidence = build_graph(s), evidence_index(s)
    copies = -(-nodes // max(1, base.number_of_nodes()))
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    for i in range(copies):
        G.update(nx.relabel_nodes(base, lambda n, i=i: f"{n}-{i}" if i else n))
    result: dict = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "copies": copies}
    for name, fn in (("graphml", graphml.graphml), ("gexf", gexf.gexf)):
        t, data = _clock(lambda fn=fn: fn(G))
        Path(out, f"viz-scaled.{name}").write_bytes(data)
        result[f"{name}_seconds"] = t
    t, data = _clock(lambda: html.html_page(G, evidence))
    Path(out, "viz-scaled.html").write_bytes(data)
    result["html_seconds"], result["html_mb"] = t, len(data) / 1e6
    return result


def html_open(store: str, out: str, nodes: int) -> dict:
    """The HTML view of a ``nodes``-node part of the graph, opened in headless Chromium: seconds
    until the page says it is ready (drawn, and answering pan, zoom, search and clicks)."""
    from playwright.sync_api import sync_playwright

    from kg.export import html
    from kg.graph.subgraphs import induced
    from kg.graph.view import build_graph, evidence_index
    from kg.stores.embedded import Store

    s = Store(store, read_only=True)
    G = build_graph(s)
    G = induced(G, list(G.nodes)[:nodes])
    built, data = _clock(lambda: html.html_page(G, evidence_index(s)))
    path = Path(out, f"viz-{nodes}.html")
    path.write_bytes(data)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgViz && window.kgViz.ready", timeout=60_000)
        opened = time.perf_counter() - start
        hits = page.evaluate("kgViz.search('a')")
        browser.close()
    return {
        "nodes": G.number_of_nodes(),
        "build_seconds": built,
        "open_seconds": opened,
        "mb": len(data) / 1e6,
        "search_hits": hits,
    }


# -- serve -----------------------------------------------------------------------------------------


def serve(store: str, clients: int, seconds: float, query: str) -> dict:
    """``kg serve`` with ``clients`` concurrent clients asking a competency query for ``seconds``."""
    from kg import queries

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "serve",
            "--store",
            store,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    body = urllib.parse.urlencode({"query": queries.get(query).text}).encode()
    try:
        _wait_up(url, proc)
        deadline = time.perf_counter() + seconds
        latencies: list[float] = []

        def client() -> int:
            n = 0
            while time.perf_counter() < deadline:
                req = urllib.request.Request(
                    url,
                    data=body,
                    headers={
                        "Content-Type": "application/x-www-form-urlencoded",
                        "Accept": "application/sparql-results+json",
                    },
                )
                t, _ = _clock(lambda req=req: urllib.request.urlopen(req, timeout=60).read())
                latencies.append(t * 1000)
                n += 1
            return n

        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            done = sum(pool.map(lambda _: client(), range(clients)))
        elapsed = time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {
        "qps": done / elapsed,
        "requests": done,
        "clients": clients,
        "query": query,
        "p50_ms": _pct(latencies, 0.5),
        "p95_ms": _pct(latencies, 0.95),
        "server_peak_rss_mb": peak_rss_mb(children=True),
    }


def _wait_up(url: str, proc: subprocess.Popen) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("kg serve did not answer within 30 s")


STEPS = {
    f.__name__: f
    for f in (
        gen,
        load_raw,
        load_raw_union,
        load_kg,
        load_kg_sources,
        export,
        export_raw,
        cq,
        cq_rdflib,
        ingest,
        extract_only,
        viz,
        viz_scaled,
        html_open,
        serve,
    )
}


def main(argv: list[str]) -> int:
    name, args = argv[0], json.loads(argv[1])
    result = STEPS[name](**args)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
