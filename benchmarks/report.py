"""The benchmark's results as a Markdown table (for the README) and a plot (PNG)."""

from __future__ import annotations

import json
from pathlib import Path

#: Issue 7's targets, for the "target" column.
TARGETS = {
    "cq_p50_ms": 50.0,
    "selective_p50_ms": 10.0,
    "ratio": 1.2,
    "rdflib": 100.0,
    "ingest": 100.0,
}
SELECTIVE = (
    "handover-conditioned-on-troop-withdrawal",
    "promised-handovers",
    "withdrawn-obligations",
    "evidence",
)


def _f(value, fmt: str = ".3g") -> str:
    return "—" if value is None else format(value, fmt)


def markdown(res: dict) -> str:
    m = res["machine"]
    sizes = list(res["sizes"])
    lines = [
        f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, "
        f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}; {res['mode']} run of {m['date']}, "
        f"seed {res['seed']}.",
        "",
        "| step | " + " | ".join(sizes) + " | target |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]

    def row(name: str, cell, target: str = "") -> None:
        lines.append(
            f"| {name} | " + " | ".join(cell(res["sizes"][s]) for s in sizes) + f" | {target} |"
        )

    row("quads", lambda r: f"{r['load_kg'].get('quads', r['quads']):,}")
    row("load, raw pyoxigraph bulk_load (s)", lambda r: _f(r["load_raw"].get("seconds")))
    row("load, kg `Store.bulk_load` (s)", lambda r: _f(r["load_kg"].get("seconds")))
    row(
        "load, kg per source, as `kg build` writes (s)",
        lambda r: _f(r.get("load_kg_sources", {}).get("seconds")),
    )
    row("**load ratio kg / raw**", lambda r: _f(_div(r["load_kg"], r["load_raw"])), "≤ 1.2")
    row(
        "load, raw pyoxigraph with a union copy (s)",
        lambda r: _f(r.get("load_raw_union", {}).get("seconds")),
    )
    row(
        "load ratio kg / raw with a union copy",
        lambda r: _f(_div(r["load_kg"], r["load_raw_union"])) if "load_raw_union" in r else "",
    )
    for fmt in ("nquads", "turtle"):
        row(f"export {fmt}, raw (s)", lambda r, f=fmt: _f(r[f"export_{f}_raw"].get("seconds")))
        row(f"export {fmt}, kg (s)", lambda r, f=fmt: _f(r[f"export_{f}_kg"].get("seconds")))
        row(
            f"**export {fmt} ratio kg / raw**",
            lambda r, f=fmt: _f(_div(r[f"export_{f}_kg"], r[f"export_{f}_raw"])),
            "≤ 1.2",
        )
    row("store on disk (MB)", lambda r: _f(r["load_kg"].get("disk_mb")))
    queries = list(next(iter(res["sizes"].values()))["cq"])
    for q in queries:
        if not isinstance(next(iter(res["sizes"].values()))["cq"].get(q), dict):
            continue
        target = "≤ 10" if q in SELECTIVE else "≤ 50"
        row(f"`{q}` p50 / p95 ms (rows)", lambda r, q=q: _cq(r, q), target + " at 1M")
    row(
        "**rdflib / kg, geometric mean of p50**",
        lambda r: _f(_rdflib(r), ".0f") + "×" if _rdflib(r) else "—",
        "≥ 100× at 100k",
    )
    lines.append("")
    ing = res.get("ingest", {})
    one, two = ing.get("workers_1", {}), ing.get("workers_2", {})
    if one:
        lines += [
            f"Ingestion ({one.get('articles', 0):,} articles, {one.get('words', 0):,} words, "
            f"`kg build`): {_f(one.get('articles_per_s'))} articles/s and "
            f"{_f(one.get('words_per_s'), ',.0f')} words/s on 1 worker, "
            f"{_f(two.get('articles_per_s'))} articles/s on 2 workers (target ≥ 30 articles/s "
            f"a core with the parser); extraction alone {_f(ing.get('extract_only', {}).get('articles_per_s'))} "
            f"articles/s, of which the dependency parser takes "
            f"{_f(100 * (ing.get('extract_only', {}).get('parse_share') or 0), '.0f')} %; peak RSS {_f(one.get('peak_rss_mb'), '.0f')} MB (1 worker, target "
            f"≤ 500 MB), RSS as it went: "
            + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in one.get("rss_samples_mb", []))
            + ".",
            "",
        ]
    viz, html, serve = res.get("viz", {}), res.get("html_open", {}), res.get("serve", {})
    if viz:
        lines.append(
            f"`kg viz` of the whole graph ({_f(viz.get('nodes'), ',')} nodes, "
            f"{_f(viz.get('edges'), ',')} edges): entity graph {_f(viz.get('graph_seconds'))} s, "
            f"GraphML {_f(viz.get('graphml_seconds'))} s, GEXF {_f(viz.get('gexf_seconds'))} s, "
            f"HTML {_f(viz.get('html_seconds'))} s ({_f(viz.get('html_mb'))} MB); peak RSS "
            f"{_f(viz.get('peak_rss_mb'), '.0f')} MB."
        )
    scaled = res.get("viz_scaled", {})
    if scaled.get("nodes"):
        lines.append(
            f"`kg viz` writers at {_f(scaled.get('nodes'), ',')} nodes, "
            f"{_f(scaled.get('edges'), ',')} edges ({scaled.get('copies')} copies of that graph): "
            f"GraphML {_f(scaled.get('graphml_seconds'))} s, GEXF "
            f"{_f(scaled.get('gexf_seconds'))} s, HTML {_f(scaled.get('html_seconds'))} s "
            f"({_f(scaled.get('html_mb'))} MB); peak RSS {_f(scaled.get('peak_rss_mb'), '.0f')} MB."
        )
    if html:
        lines.append(
            f"HTML view of {_f(html.get('nodes'), ',')} nodes in headless Chromium: interactive "
            f"{_f(html.get('open_seconds'))} s after opening (target ≤ 3 s)."
        )
    if serve:
        lines.append(
            f"`kg serve` (2 query workers) with {serve.get('clients')} concurrent clients asking "
            f"`{serve.get('query')}` on the 100k store: {_f(serve.get('qps'))} queries/s, "
            f"latency p50 {_f(serve.get('p50_ms'))} ms, p95 {_f(serve.get('p95_ms'))} ms."
        )
    peaks = res.get("peak_rss_mb", {})
    if peaks:
        lines += [
            "",
            "Peak RSS of each step (MB): "
            + ", ".join(f"{k} {v:.0f}" for k, v in sorted(peaks.items()))
            + ".",
        ]
    return "\n".join(lines) + "\n"


def _div(a: dict, b: dict) -> float | None:
    if a.get("seconds") and b.get("seconds"):
        return a["seconds"] / b["seconds"]
    return None


def _cq(r: dict, q: str) -> str:
    v = r["cq"].get(q)
    if not isinstance(v, dict):
        return "—"
    if v.get("p50") is None:
        return f"> {v.get('timed_out', 0):.0f} s"
    rows = f" ({v['rows']:,} rows)" if v.get("rows") is not None else ""
    return f"{v['p50']:.3g} / {v['p95']:.3g}{rows}"


def _rdflib(r: dict) -> float | None:
    import math

    rd, kg = r.get("cq_rdflib"), r.get("cq", {})
    if not rd or "error" in rd:
        return None
    ratios = [
        rd[q]["p50"] / kg[q]["p50"]
        for q in kg
        if isinstance(rd.get(q), dict)
        and rd[q].get("p50")
        and isinstance(kg.get(q), dict)
        and kg[q].get("p50")
    ]
    return math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None


def plot(res: dict, path: Path) -> None:
    """Two panels: competency-query p50 by graph size (log-log), and kg / raw ratios."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = list(res["sizes"])
    xs = [res["sizes"][s]["load_kg"].get("quads") or res["sizes"][s]["quads"] for s in sizes]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 5))
    queries = [
        q for q, v in res["sizes"][sizes[0]]["cq"].items() if "[" not in q and isinstance(v, dict)
    ]
    for q in queries:
        ys = [(res["sizes"][s]["cq"].get(q) or {}).get("p50") for s in sizes]
        ys = [y if y is not None else float("nan") for y in ys]
        style = "-o" if q in SELECTIVE else "--."
        ax1.plot(xs, ys, style, label=q, linewidth=1)
    ax1.axhline(50, color="red", linewidth=0.8, linestyle=":")
    ax1.axhline(10, color="orange", linewidth=0.8, linestyle=":")
    ax1.set(
        xscale="log",
        yscale="log",
        xlabel="quads",
        ylabel="p50 (ms)",
        title="Competency queries (kg.queries.run)",
    )
    ax1.legend(fontsize=6, ncol=2)
    width = 0.25
    for i, (name, key) in enumerate(
        (("load", None), ("export nquads", "nquads"), ("export turtle", "turtle"))
    ):
        vals = []
        for s in sizes:
            r = res["sizes"][s]
            a, b = (
                (r["load_kg"], r["load_raw"])
                if key is None
                else (r[f"export_{key}_kg"], r[f"export_{key}_raw"])
            )
            vals.append(_div(a, b) or 0)
        ax2.bar([j + i * width for j in range(len(sizes))], vals, width, label=name)
    ax2.axhline(1.2, color="red", linewidth=0.8, linestyle=":")
    ax2.set_xticks([j + width for j in range(len(sizes))], sizes)
    ax2.set(ylabel="kg time / raw pyoxigraph time", title="Load and export vs raw pyoxigraph")
    ax2.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(res: dict, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    table = markdown(res)
    (folder / "results.md").write_text(table)
    plot(res, folder / "benchmark.png")
    return table


def emit(res: dict, path: Path | None) -> None:
    """Print a result as JSON and keep it at ``path`` (``--json``), the same bytes either way."""
    text = json.dumps(res, indent=1, sort_keys=True)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    print(text)
