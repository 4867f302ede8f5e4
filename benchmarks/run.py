"""The benchmark suite: one entry point, every figure of issue 7 in one JSON file.

    python benchmarks/run.py [--quick | --full] [--json FILE] [--out DIR] [--seed N]

Sizes: 10k, 100k and 1M quads (10M with --full; --quick: 10k and 100k, fewer runs, a smaller
corpus). Each step runs in a process of its own (benchmarks/steps.py), so each peak RSS is that
step's. It reports and never fails on timing: the exit status is 0 unless a step crashes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.report import write_report  # noqa: E402

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
SELECTIVE = (
    "handover-conditioned-on-troop-withdrawal",
    "promised-handovers",
    "withdrawn-obligations",
    "evidence",
)  # competency questions 1, 2, 8, 11


def step(name: str, timeout: float | None = None, quiet: bool = False, **args) -> dict:
    """Run one step in a fresh interpreter; its JSON answer, or {'error': ...}."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.steps", name, json.dumps(args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        print(f"  {name} {args.get('only', '')}: stopped after {timeout:.0f} s", file=sys.stderr)
        return {"error": f"stopped after {timeout:.0f} s", "timed_out": timeout}
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no message)"]
        print(f"  {name}: FAILED ({tail[0]})", file=sys.stderr)
        return {"error": tail[0], "wall_seconds": wall}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if not quiet:
        print(f"  {name} {_brief(result)} ({wall:.1f} s)", file=sys.stderr, flush=True)
    return result


def competency(store: Path, fixed: dict, runs: int, budget: float, limit: float) -> dict:
    """Every competency query, each in its own process with a time limit (a query that runs for
    minutes cannot be interrupted inside pyoxigraph, so its process is stopped instead)."""
    from benchmarks.steps import query_cases

    out: dict = {}
    peak = 0.0
    for case, _, _ in query_cases(fixed):
        r = step(
            "cq",
            timeout=limit,
            quiet=True,
            store=str(store),
            fixed=fixed,
            runs=runs,
            budget=budget,
            only=[case],
        )
        if "error" in r:
            out[case] = {"p50": None, "p95": None, "runs": 0, **r}
        else:
            out[case] = r[case]
            peak = max(peak, r["peak_rss_mb"])
        v = out[case]
        print(
            f"    {case:42s} p50 {v['p50'] if v['p50'] is None else round(v['p50'], 2)} ms "
            f"({v.get('rows', '?')} rows)",
            file=sys.stderr,
            flush=True,
        )
    out["peak_rss_mb"] = peak
    return out


def _brief(result: dict) -> str:
    keys = ("seconds", "articles_per_s", "qps", "nodes", "open_seconds", "peak_rss_mb")
    return " ".join(f"{k}={result[k]:.3g}" for k in keys if isinstance(result.get(k), float | int))


def machine() -> dict:
    cpu = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as fh:
        mem_kb = int(fh.readline().split()[1])
    import pyoxigraph
    import rdflib

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 2**20, 1),
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "date": time.strftime("%Y-%m-%d"),
    }


def _ratio(a: dict, b: dict) -> float | None:
    if "seconds" in a and "seconds" in b and b["seconds"] > 0:
        return a["seconds"] / b["seconds"]
    return None


def _geomean(values: list[float]) -> float | None:
    import math

    values = [v for v in values if v and v > 0]
    return math.exp(sum(map(math.log, values)) / len(values)) if values else None


def run(args: argparse.Namespace) -> dict:
    from benchmarks.generate import fixed_entities

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    sizes = (
        ["10k", "100k"] if args.quick else ["10k", "100k", "1M"] + (["10M"] if args.full else [])
    )
    runs, budget = (5, 2.0) if args.quick else (20, 20.0)
    res: dict = {
        "machine": machine(),
        "mode": "quick" if args.quick else "full",
        "seed": args.seed,
        "sizes": {},
        "peak_rss_mb": {},
    }
    for size in sizes:
        n = SIZES[size]
        print(f"[{size}]", file=sys.stderr)
        nq = out / f"graph-{size}-seed{args.seed}.nq"
        r: dict = {"quads": n}
        if not nq.exists():
            r["gen"] = step("gen", path=str(nq), quads=n, seed=args.seed)
        kg_store, raw_store = out / f"store-{size}", out / f"raw-{size}"
        r["load_raw"] = step("load_raw", nq=str(nq), store=str(raw_store))
        r["load_kg"] = step("load_kg", nq=str(nq), store=str(kg_store))
        r["load_raw_union"] = step("load_raw_union", nq=str(nq), store=str(raw_store) + "-union")
        if n <= 100_000 or not args.quick:
            r["load_kg_sources"] = step("load_kg_sources", nq=str(nq), store=str(out / "tmp-src"))
        for fmt in ("nquads", "turtle"):
            r[f"export_{fmt}_kg"] = step(
                "export", store=str(kg_store), fmt=fmt, path=str(out / f"export-{size}.{fmt}")
            )
            r[f"export_{fmt}_raw"] = step(
                "export_raw",
                store=str(raw_store),
                fmt=fmt,
                path=str(out / f"export-{size}-raw.{fmt}"),
            )
        fixed = fixed_entities(args.seed, n)
        r["cq"] = competency(kg_store, fixed, runs, budget, 20.0 if args.quick else 300.0)
        if n <= (10_000 if args.quick else 100_000):
            r["cq_rdflib"] = step(
                "cq_rdflib",
                nq=str(nq),
                fixed=fixed,
                runs=3 if n > 10_000 else 5,
                budget=budget,
                limit=10.0 if args.quick else 60.0,
            )
        res["sizes"][size] = r
    views = "100k" if args.quick else "1M"
    store = str(out / f"store-{views}")
    res["viz"] = step("viz", store=store, out=str(out))
    if not args.quick:  # minutes: the layout of 100k nodes
        res["viz_scaled"] = step("viz_scaled", store=store, out=str(out), nodes=100_000)
    res["html_open"] = step("html_open", store=store, out=str(out), nodes=5000)
    res["serve"] = step(
        "serve",
        store=str(out / "store-100k"),
        clients=20,
        seconds=5 if args.quick else 15,
        query="withdrawn-obligations",
    )
    res["ingest"] = _ingest(out, 200 if args.quick else 1000)
    return summarise(res)


def _ingest(out: Path, n: int) -> dict:
    from benchmarks.corpus import make_corpus

    corpus = out / f"corpus-{n}"
    if not corpus.exists():
        make_corpus(corpus, n)
    print(f"[ingest {n} articles]", file=sys.stderr)
    return {
        "workers_1": step("ingest", corpus=str(corpus), workers=1, store=str(out / "ingest-1")),
        "workers_2": step("ingest", corpus=str(corpus), workers=2, store=str(out / "ingest-2")),
        "extract_only": step("extract_only", corpus=str(corpus)),
    }


def summarise(res: dict) -> dict:
    """The headline keys of issue 7 next to the raw figures."""
    load, load_same, export, p50, ratio = {}, {}, {}, {}, {}
    peak = res["peak_rss_mb"]
    for size, r in res["sizes"].items():
        load[size] = _ratio(r["load_kg"], r["load_raw"])
        if "load_raw_union" in r:
            load_same[size] = _ratio(r["load_kg"], r["load_raw_union"])
        export[size] = {
            f: _ratio(r[f"export_{f}_kg"], r[f"export_{f}_raw"]) for f in ("nquads", "turtle")
        }
        p50[size] = {q: v["p50"] for q, v in r["cq"].items() if isinstance(v, dict)}
        if "cq_rdflib" in r and "error" not in r["cq_rdflib"]:
            ratio[size] = _geomean(
                [
                    r["cq_rdflib"][q]["p50"] / p50[size][q]
                    for q in p50[size]
                    if (r["cq_rdflib"].get(q) or {}).get("p50") and p50[size][q]
                ]
            )
        for key, value in r.items():
            if isinstance(value, dict) and "peak_rss_mb" in value:
                peak[f"{key}@{size}"] = value["peak_rss_mb"]
        if "load_kg" in r and "disk_mb" in r["load_kg"]:
            res.setdefault("store_disk_mb", {})[size] = r["load_kg"]["disk_mb"]
    for key in ("viz", "viz_scaled", "html_open", "serve"):
        if "peak_rss_mb" in res.get(key, {}):
            peak[key] = res[key]["peak_rss_mb"]
    ingest = res.get("ingest", {})
    for key, value in ingest.items():
        if "peak_rss_mb" in value:
            peak[f"ingest_{key}"] = value["peak_rss_mb"]
    one = ingest.get("workers_1", {})
    res.update(
        {
            "ingest_articles_per_s": one.get("articles_per_s"),
            "ingest_words_per_s": one.get("words_per_s"),
            "ingest_articles_per_s_2_workers": ingest.get("workers_2", {}).get("articles_per_s"),
            "load_ratio_vs_pyoxigraph": load,
            "load_ratio_vs_pyoxigraph_same_work": load_same,
            "export_ratio_vs_pyoxigraph": export,
            "cq_p50_ms": p50,
            "rdflib_ratio": ratio,
            "serve_qps": res.get("serve", {}).get("qps"),
        }
    )
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="10k and 100k only (CI, < 3 min)")
    mode.add_argument("--full", action="store_true", help="also 10M quads")
    parser.add_argument("--json", metavar="FILE", help="write every figure here")
    parser.add_argument("--out", default=str(ROOT / "out" / "bench"), help="work directory")
    parser.add_argument(
        "--results",
        default=None,
        help="where the Markdown table and plot go (default: benchmarks/results "
        "for a full run, the work directory for --quick)",
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    res = run(args)
    res["wall_seconds"] = time.perf_counter() - start
    text = json.dumps(res, indent=1, sort_keys=True)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(text + "\n")
    results = Path(args.results or (args.out if args.quick else ROOT / "benchmarks" / "results"))
    table = write_report(res, results)
    print(table)
    print(f"done in {res['wall_seconds']:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
