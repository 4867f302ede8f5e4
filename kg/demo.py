"""The demo: build the bundled articles, answer every competency question, write the graph."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg import queries, results
from kg.engines import local
from kg.export.rdf import export_rdf
from kg.paths import ARTICLES_DIR
from kg.stores.embedded import Store, default_store_path


def run_demo(store_path: Path | None, out_dir: Path, echo: Callable[[str], None] = print) -> Store:
    store = Store(store_path or default_store_path())
    report = local.build([ARTICLES_DIR], store)
    echo(f"Built {store.path}: {report.summary()}\n")
    for q in queries.load_all():
        values = {p.name: _example(p.name) for p in q.params or () if p.required}
        echo(f"== {q.title}\n   {q.question}")
        result = queries.answer(store, q, values)
        echo(results.serialize(result, "table", store).decode("utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "graph.ttl"
    target.write_bytes(export_rdf(store, "turtle"))
    echo(f"Wrote {target}.\n")
    echo(
        "Try next:\n"
        "  kg queries                                   # the questions, by name\n"
        "  kg query timeline --param territory='Kuril Islands'\n"
        "  kg query evidence --param entity='Taro Kono' --format json\n"
        "  kg query --sparql 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5'\n"
        "  kg validate                                  # SHACL check of the store\n"
        "  kg build ../my-articles/                     # your own articles"
    )
    return store


def _example(param: str) -> str:
    return {"entity": "Shikotan", "territory": "Kuril Islands", "dispute": "Kuril Islands"}.get(
        param, ""
    )
