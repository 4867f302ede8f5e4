"""Load: 20 concurrent clients ask the competency queries of ``kg serve`` for 20 s; zero errors.

KG_LOAD_SECONDS shortens (or lengthens) the run. Speed is measured by benchmarks/serve_load.py,
which this test drives, and is not asserted.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from _serve_support import start_server

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("KG_LOAD_SECONDS", "20"))
CLIENTS = 20


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "serve_load", ROOT / "benchmarks" / "serve_load.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["serve_load"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    bench = _benchmark()
    store = tmp_path_factory.mktemp("load") / "store"
    bench.build_store(store)
    server = start_server(store)
    yield bench, server
    server.stop()


def test_20_clients_over_the_competency_queries_get_no_errors(server):
    bench, srv = server
    urls = bench.query_urls(srv.url)
    assert len(urls) >= 10  # every competency query, required parameters filled
    stats = bench.run(urls, CLIENTS, SECONDS)
    assert stats.errors == []
    assert stats.requests >= len(urls)
    print(stats.summary())
