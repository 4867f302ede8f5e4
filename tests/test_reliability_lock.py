"""Two writers on one store: the second waits (``--wait``) or says the store is busy on one line;
neither corrupts it."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _copies import ARTICLE, KG, copies
from click.testing import CliRunner

from kg.cli import main
from kg.engines import local
from kg.errors import StoreError
from kg.stores.embedded import Store


def holder(store: Path, seconds: float) -> subprocess.Popen:
    """Another process that opens the store for writing, says so, and keeps it ``seconds``."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from kg.stores.embedded import Store
        s = Store({str(store)!r})
        print("open", flush=True)
        time.sleep({seconds})
        """
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    return process


def test_a_busy_store_is_one_line_at_once_with_wait_0(tmp_path):
    store = tmp_path / "store"
    Store(store)
    gc.collect()
    process = holder(store, 30)
    try:
        with pytest.raises(StoreError, match="the store is busy") as info:
            Store(store, wait=0)
        assert "\n" not in str(info.value) and "--wait" in str(info.value)
        done = CliRunner().invoke(
            main, ["build", "--store", str(store), "--wait", "0", str(ARTICLE)]
        )
        assert done.exit_code == 1
        lines = done.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and "busy" in lines[0]
        # a reader is never locked out by a writer
        assert Store(store, read_only=True).graphs() == []
    finally:
        process.kill()
        process.wait()


def test_a_writer_waits_for_a_busy_store_then_writes(tmp_path):
    store = tmp_path / "store"
    Store(store)
    gc.collect()
    process = holder(store, 1.0)
    try:
        opened = Store(store, wait=30)  # backs off until the holder is gone
        assert process.poll() is not None  # it could only open once the other one ended
        local.build([ARTICLE], opened)
        assert len(opened.graphs()) == 1
    finally:
        process.kill()
        process.wait()


def test_the_same_process_opening_twice_is_busy_not_a_crash(tmp_path):
    first = Store(tmp_path / "store")
    with pytest.raises(StoreError, match="busy"):
        Store(tmp_path / "store", wait=0.2)
    assert len(first) == 0


def test_two_builds_at_once_both_finish_and_the_store_is_whole(tmp_path):
    src = copies(tmp_path / "src", 6)
    reference = Store(None)
    local.build([src], reference)
    store = tmp_path / "store"
    runs = [
        subprocess.Popen(
            [*KG, "build", "--store", str(store), "--wait", "60", str(src)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "6 source(s) read" in out
    result = Store(store, read_only=True)
    assert {str(q) for q in result.quads()} == {str(q) for q in reference.quads()}
    assert len(result) == len(reference)
