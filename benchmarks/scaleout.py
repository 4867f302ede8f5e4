"""Scaling out: articles per second on a Dask cluster of 1 and 2 workers, and load time per store.

    python -m benchmarks.scaleout [--articles 160] [--virtuoso URL --gsp URL] [--json]

The corpus is the project's real articles (data/articles and, when present, the shared dev
articles), each copied under new headlines (so each copy is its own source) up to --articles.
Extraction runs on a Dask LocalCluster (the cluster's start-up is timed apart); the shards are then
loaded into an embedded store and, with --virtuoso, into Virtuoso (credentials from
KG_STORE_USER / KG_STORE_PASSWORD). Loading is timed on its own: the same shards, one transaction
(or one remote write) per source, as ``kg build --engine dask`` does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from kg.engines.dask import extract_partition, partitions
from kg.paths import ARTICLES_DIR, ROOT

DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"


def corpus(folder: Path, n: int) -> list[str]:
    """``n`` article files: the real ones, then copies under new first lines."""
    originals = sorted(ARTICLES_DIR.glob("*.txt")) + sorted(DEV.glob("*.txt"))
    out = []
    for i in range(n):
        text = originals[i % len(originals)].read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        path = folder / f"a{i:05d}.txt"
        path.write_text(f"{first} (copy {i})\n{rest}" if i >= len(originals) else text, "utf-8")
        out.append(str(path))
    return out


def extract(sources: list[str], workers: int) -> tuple[float, float, list]:
    """(cluster start and warm-up seconds, extraction seconds, outcomes) on a LocalCluster."""
    from dask.distributed import Client, LocalCluster

    t0 = time.perf_counter()
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, dashboard_address=None, silence_logs=40
    )
    client = Client(cluster)
    client.run(extract_partition, sources[:1], None)  # every worker loads the gazetteer and rules
    started = time.perf_counter() - t0
    t1 = time.perf_counter()
    futures = client.map(
        extract_partition, partitions(sources, workers * 4), as_of=None, pure=False
    )
    outcomes = [o for f in futures for o in f.result()]
    seconds = time.perf_counter() - t1
    client.close()
    cluster.close()
    return started, seconds, outcomes


def load(outcomes: list, store) -> tuple[float, int]:
    """Seconds to write every source's graph into ``store`` (and flush), and the quads written."""
    import pyoxigraph as ox

    t0 = time.perf_counter()
    quads = 0
    for _name, graphs in outcomes:
        for graph, data, _facts in graphs if not isinstance(graphs, str) else []:
            parsed = list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) if data else []
            quads += store.replace_graph(ox.NamedNode(graph), parsed)
    store.flush()
    return time.perf_counter() - t0, quads


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=160)
    parser.add_argument("--virtuoso", metavar="URL", help="SPARQL endpoint (query + update)")
    parser.add_argument("--gsp", metavar="URL", help="its Graph Store Protocol endpoint")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from kg.stores.embedded import Store

    report: dict = {"articles": args.articles, "extract": {}, "load": {}}
    with tempfile.TemporaryDirectory() as tmp:
        sources = corpus(Path(tmp) / "articles", args.articles) if _mkdir(tmp) else []
        outcomes: list = []
        for workers in (1, 2):
            started, seconds, outcomes = extract(sources, workers)
            report["extract"][workers] = {
                "cluster_start_s": round(started, 2),
                "seconds": round(seconds, 2),
                "articles_per_s": round(len(sources) / seconds, 1),
            }
        seconds, quads = load(outcomes, Store(Path(tmp) / "store"))
        report["quads"] = quads
        report["load"]["embedded"] = {
            "seconds": round(seconds, 2),
            "quads_per_s": round(quads / seconds),
        }
        if args.virtuoso:
            from kg.stores.remote import RemoteStore

            remote = RemoteStore(args.virtuoso, gsp_endpoint=args.gsp)
            for graph in remote.graphs():
                remote.drop_graph(graph)
            seconds, quads = load(outcomes, remote)
            engine = re.sub(r"\W+", "-", remote.engine.lower()).strip("-")
            report["load"][engine] = {
                "seconds": round(seconds, 2),
                "quads_per_s": round(quads / seconds),
            }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return report


def _mkdir(tmp: str) -> bool:
    (Path(tmp) / "articles").mkdir()
    return True


def _print(report: dict) -> None:
    print(f"{report['articles']} articles, {report['quads']} quads")
    for workers, r in report["extract"].items():
        print(
            f"  extract, {workers} Dask worker(s): {r['articles_per_s']} articles/s "
            f"({r['seconds']} s; cluster start {r['cluster_start_s']} s)"
        )
    for store, r in report["load"].items():
        print(f"  load into {store}: {r['seconds']} s ({r['quads_per_s']} quads/s)")


if __name__ == "__main__":
    main(sys.argv[1:])
