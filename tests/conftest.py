"""Shared fixtures (the first article's stores among them), and the rule for tests that need a
system component. Shared helpers that are not fixtures live in helpers.py.

A test that needs Java, Chromium, Graphviz, Raptor or a SPARQL server calls ``require(...)``: where the
component is absent it skips with the reason, unless ``KG_REQUIRE_ALL=1`` (set by ``.ci/run``), where
the absence is a failure, so CI runs everything. The evaluation set in ``../shared`` is no component:
it sits beside a checkout rather than in a registry ``.ci/run`` installs from, so a test that reads it
skips with the reason wherever it is absent (``.ci/run`` says so before the tests run).
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def require(ok: bool, reason: str) -> None:
    """Skip (or, under KG_REQUIRE_ALL=1, fail) when a needed component is missing."""
    if ok:
        return
    if os.environ.get("KG_REQUIRE_ALL") == "1":
        pytest.fail(f"KG_REQUIRE_ALL=1 but {reason}")
    pytest.skip(reason)


def require_executable(name: str, package: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"{name} not found (Debian package {package})")
    return path  # type: ignore[return-value]


def require_module(name: str, package: str) -> ModuleType:
    """A module of the ``test`` extra, imported; where it is missing, skip (or fail) as above,
    which ``pytest.importorskip`` would not."""
    try:
        return importlib.import_module(name)
    except ImportError:
        require(False, f"{name} is not installed (Python package {package}, the 'test' extra)")
        raise


def require_shared(*parts: str) -> Path:
    """A path under ../shared (the evaluation set); where it is missing the test skips, also under
    KG_REQUIRE_ALL=1, since no installer can supply it (a fresh clone on its own has none)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing: these tests read the shared evaluation set")
    return path


#: Headless Chromium as this machine allows it: no sandbox as root, no background network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium driven by Playwright (Debian's chromium; never a downloaded browser)."""
    chromium = require_executable("chromium", "chromium")
    sync_api = require_module("playwright.sync_api", "playwright")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def article_store():
    """The first article's hand-made model (tests/first_article.py) in an in-memory store: the
    query tests' data, apart from the extractor. Read only: the whole session shares it."""
    from first_article import extraction

    from kg import iris
    from kg.mapping import extraction_quads
    from kg.stores.embedded import Store

    store = Store(None)
    ex = extraction()
    store.replace_graph(iris.source_iri(ex.source.key), extraction_quads(ex))
    return store


@pytest.fixture(scope="session")
def built_article_store():
    """The first article through the real pipeline (``kg build``), built once for the session,
    for the tests whose point is what the extractor reads from it. Read only."""
    from first_article import ARTICLE

    from kg.engines import local
    from kg.stores.embedded import Store

    store = Store(None)
    report = local.build([ARTICLE], store)
    assert report.sources == 1 and not report.skipped, report
    return store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, article_store) -> str:
    """The first article's hand-made model on disk, for commands run with --store."""
    from kg.stores.embedded import Store

    path = tmp_path_factory.mktemp("kg") / "store"
    disk = Store(path)
    for graph in article_store.graphs():
        disk.replace_graph(graph, article_store.quads(graph))
    disk.flush()
    del disk
    return str(path)
