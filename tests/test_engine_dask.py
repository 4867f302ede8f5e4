"""Distributed ingestion: a build on a 2-worker Dask LocalCluster writes exactly the serial graph."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import require, require_module

from kg.cli import main
from kg.engines import dask as dask_engine
from kg.engines import local
from kg.engines.dask import partitions
from kg.paths import ARTICLES_DIR
from kg.stores.embedded import Store


def test_partitions_keep_order_and_cover_everything():
    items = [str(i) for i in range(10)]
    parts = partitions(items, 4)
    assert [x for p in parts for x in p] == items
    assert sorted(len(p) for p in parts) == [2, 2, 3, 3]
    assert partitions(items[:2], 8) == [["0"], ["1"]]


@pytest.mark.slow
def test_dask_build_equals_serial_build(tmp_path):
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        require(False, "dask[distributed] is not installed (pip install 'dispute-kg[dask]')")
    sources = [ARTICLES_DIR, ARTICLES_DIR / "missing.txt"]
    serial = Store(tmp_path / "serial")
    expected = local.build(sources, serial)
    distributed = Store(tmp_path / "dask")
    report = dask_engine.build(sources, distributed, workers=2)
    assert report == expected  # same sources, facts, quads and skipped paths
    assert set(distributed.quads()) == set(serial.quads())
    assert distributed.graphs() == serial.graphs()
    out = CliRunner().invoke(
        main,
        ["build", "--store", str(tmp_path / "cli"), "--engine", "dask", "--workers", "2"]
        + [str(s) for s in sources],
    )
    assert out.exit_code == 1  # the missing path is reported and skipped, as in a serial build
    assert expected.summary() in out.output and "missing.txt" in out.output


def test_dask_refuses_stdin(tmp_path):
    require_module("dask.distributed", "dask[distributed]")
    out = CliRunner().invoke(
        main, ["build", "--store", str(tmp_path / "s"), "--engine", "dask", "-"]
    )
    assert out.exit_code == 2 and "standard input" in out.output
