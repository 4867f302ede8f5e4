"""``kg load`` of a big file is all or nothing (issue 16, point 5): ``kill -9`` at any moment, or a
syntax error on its last line, leaves the store as it was, or (a kill after the write) with the
whole graph and its union copy; never part of it."""

from __future__ import annotations

import gc
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from _copies import KG
from click.testing import CliRunner

from kg import load
from kg.cli import main
from kg.stores import unfinished
from kg.stores.embedded import Store

BIG = 120_000  # over CHUNK_QUADS (one transaction), under ATOMIC_TRIPLES (one ingestion)


def _ntriples(path: Path, n: int, *, bad_last: bool = False, subject: str = "s") -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(f'<http://example.org/{subject}{i}> <http://example.org/p{i % 5}> "v{i}" .\n')
        if bad_last:
            out.write("<http://example.org/broken> .\n")
    return path


def _state(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Every quad of the store (named graphs and the union default graph), as text."""
    store = Store(path, read_only=True)
    named = frozenset(str(q) for q in store.quads_for_pattern(None, None, None, None))
    default = frozenset(
        str(q) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    )
    return named - default, default


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("atomic")
    big = _ntriples(root / "big.nt", BIG)
    first = root / "first"
    load.load(
        _ntriples(root / "small.nt", 100, subject="other"), Store(first)
    )  # a store with something in it
    return root, big, first


def test_a_syntax_error_on_the_last_line_of_a_big_file_changes_nothing(files, tmp_path):
    root, _, first = files
    bad = _ntriples(tmp_path / "big.nt", BIG, bad_last=True)
    store = tmp_path / "store"
    shutil.copytree(first, store)
    before = _state(store)
    done = CliRunner().invoke(main, ["load", "--store", str(store), str(bad)])
    assert done.exit_code == 1 and f"{bad}:{BIG + 1}" in done.output
    assert _state(store) == before


def _load(store: Path, big: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*KG, "load", "--store", str(store), str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_kill_9_at_any_moment_leaves_the_store_as_it_was_or_the_graph_whole(files, tmp_path):
    root, big, first = files
    before = _state(first)
    whole = tmp_path / "whole"
    shutil.copytree(first, whole)
    started = time.monotonic()
    assert _load(whole, big).wait() == 0
    seconds = time.monotonic() - started
    after = _state(whole)
    assert len(after[0] - before[0]) == BIG and len(after[1] - before[1]) == BIG

    outcomes = []
    for n, share in enumerate((0.3, 0.5, 0.65, 0.8, 0.9, 0.97)):
        store = tmp_path / f"killed-{n}"
        shutil.copytree(first, store)
        process = _load(store, big)
        time.sleep(seconds * share)
        process.send_signal(signal.SIGKILL)
        killed = process.wait() == -signal.SIGKILL
        state = _state(store)
        assert state in (before, after), f"kill at {share:.0%} of the load left part of the graph"
        outcomes.append((killed, state == after))
    assert any(killed for killed, _ in outcomes), "no kill landed during a load"


def test_a_file_over_one_ingestion_is_written_in_several(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "CHUNK_QUADS", 3)
    monkeypatch.setattr(load, "ATOMIC_TRIPLES", 7)
    store = Store(tmp_path / "store")
    other = _ntriples(tmp_path / "other.nt", 2, subject="other")
    load.load(other, store, graph="http://example.org/other")
    path = _ntriples(tmp_path / "data.nt", 30)
    report = load.load(path, store)
    assert report.triples == 30
    again = load.load(_ntriples(tmp_path / "data.nt", 12), store)  # replaced: old dropped first
    assert (again.triples, again.replaced) == (12, 30)
    named = {
        (q.subject, q.predicate, q.object) for q in store.quads() if q.graph_name == report.graph
    }
    default = {
        (q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    assert len(named) == 12 and len(default) == 12 + 2  # the union of the two graphs, no more


def test_the_cli_says_when_a_file_is_too_big_for_one_step(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "CHUNK_QUADS", 3)
    monkeypatch.setattr(load, "ATOMIC_TRIPLES", 7)
    store = str(tmp_path / "store")
    small = CliRunner().invoke(
        main, ["load", "--store", store, str(_ntriples(tmp_path / "a.nt", 7))]
    )
    assert small.exit_code == 0 and "note:" not in small.output
    big = CliRunner().invoke(
        main, ["load", "--store", store, str(_ntriples(tmp_path / "b.nt", 30))]
    )
    assert big.exit_code == 0
    assert "note: b.nt: 30 triples, over 7 written at once: written in 5 steps;" in big.output
    assert "30 triple(s) from b.nt" in big.output


class _Killed(BaseException):
    """Stands for a kill: raised between two steps, and not caught as an error."""


def _stopped_after_two_steps(path: Path, tmp_path: Path, monkeypatch) -> tuple[ox.NamedNode, set]:
    """A load of 30 triples in steps of 7 into a store at ``path``, stopped as a kill would stop it
    after two steps (no clean-up runs); the graph, and the store's quads before the load."""
    monkeypatch.setattr(load, "CHUNK_QUADS", 3)
    monkeypatch.setattr(load, "ATOMIC_TRIPLES", 7)
    store = Store(path)
    other = _ntriples(tmp_path / "other.nt", 2, subject="other")
    load.load(other, store, graph="http://example.org/o")
    before = {str(q) for q in store.quads_for_pattern(None, None, None, None)}
    written = []
    real = store.ingest

    def ingest_then_die(graph, quads):
        if len(written) == 2:
            raise _Killed
        written.append(graph)
        real(graph, quads)

    def die(graph):
        raise _Killed  # a kill runs no clean-up either

    monkeypatch.setattr(store, "ingest", ingest_then_die)
    monkeypatch.setattr(store, "drop_graph", die)
    try:  # not pytest.raises: its traceback would keep the store open
        load.load(_ntriples(tmp_path / "data.nt", 30), store)
    except _Killed:
        pass
    else:
        pytest.fail("the load was not stopped")
    graph = written[0]
    assert len(list(store.quads(graph))) == 14  # two steps of seven landed ...
    assert unfinished.marked(store) == [graph]  # ... and the graph is marked unfinished
    monkeypatch.undo()  # it holds the store: let it close on return
    return graph, before


def test_a_load_stopped_between_two_steps_is_dropped_by_the_next_writer(tmp_path, monkeypatch):
    path = tmp_path / "store"
    graph, before = _stopped_after_two_steps(path, tmp_path, monkeypatch)
    gc.collect()
    assert Store(path, read_only=True).recovered == []  # a reader changes nothing
    reopened = Store(path)
    assert reopened.recovered == [graph]
    assert {str(q) for q in reopened.quads_for_pattern(None, None, None, None)} == before
    assert unfinished.marked(reopened) == []
    del reopened
    assert Store(path).recovered == []  # once


def test_the_cli_names_the_graph_it_dropped(tmp_path):
    store = Store(tmp_path / "store")
    graph = ox.NamedNode("http://example.org/half")
    store.ingest(
        graph,
        [
            ox.Quad(
                ox.NamedNode("http://example.org/s"),
                ox.NamedNode("http://example.org/p"),
                ox.Literal("o"),
            )
        ],
    )
    unfinished.begin(store, graph)
    del store
    done = CliRunner().invoke(
        main, ["load", "--store", str(tmp_path / "store"), str(_ntriples(tmp_path / "a.nt", 3))]
    )
    assert done.exit_code == 0, done.output
    assert "note: dropped http://example.org/half: a kg load stopped before" in done.output
    assert not Store(tmp_path / "store").has_graph(graph)


def test_a_kill_9_between_steps_leaves_the_graph_whole_or_absent(files, tmp_path):
    """The real thing: ``kg load`` in steps of 2,000 triples, killed at several moments; the next
    writer's open leaves the store as it was or with the whole graph."""
    root, _, first = files
    data = _ntriples(tmp_path / "steps.nt", 20_000)
    script = (
        "import sys; from kg import load; load.CHUNK_QUADS = 500; load.ATOMIC_TRIPLES = 2_000; "
        "from kg.cli import main; sys.exit(main(['load', '--store', sys.argv[1], sys.argv[2]]))"
    )

    def run(store: Path) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-c", script, str(store), str(data)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    before = _state(first)
    whole = tmp_path / "whole"
    shutil.copytree(first, whole)
    started = time.monotonic()
    assert run(whole).wait() == 0
    seconds = time.monotonic() - started
    after = _state(whole)
    assert len(after[0] - before[0]) == 20_000
    outcomes = []
    for n, share in enumerate((0.5, 0.7, 0.8, 0.9, 0.95)):
        store = tmp_path / f"killed-{n}"
        shutil.copytree(first, store)
        process = run(store)
        time.sleep(seconds * share)
        process.send_signal(signal.SIGKILL)
        killed = process.wait() == -signal.SIGKILL
        del Store(store).recovered  # the next writer opens it
        state = _state(store)
        assert state in (before, after), f"kill at {share:.0%} left part of the graph"
        outcomes.append((killed, state == before))
    assert any(killed and absent for killed, absent in outcomes), "no kill landed between steps"
