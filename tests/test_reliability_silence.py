"""Nothing lost in silence: what ``kg build`` cannot read is named and counted (exit 1), and a bad
record, a bad date or URL, binary on stdin or a very deep folder is a one-line user error, never an
internal error, a RecursionError or a whole file dropped for one record."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from _copies import KG, copies
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import sources as ingest_sources
from kg.stores.embedded import Store
from kg.vocab import INFERRED_GRAPH

GOOD = "Japan laid claims to the Kuril Islands."


def _build(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, ["build", *args], input=input)


def _skipped(output: str) -> list[str]:
    return [
        line.removeprefix("skipped: ")
        for line in output.splitlines()
        if line.startswith("skipped: ")
    ]


def test_an_unreadable_subfolder_is_named_counted_and_exits_1(tmp_path, monkeypatch):
    """Tests run as root, where chmod 000 still reads; the failing scandir is simulated."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(ingest_sources.os, "scandir", scandir)
    done = _build("--store", str(tmp_path / "s"), str(tmp_path))
    assert done.exit_code == 1
    assert _skipped(done.output) == [f"{locked}: folder not readable: permission denied"]
    assert "1 added" in done.output and "1 refused" in done.output
    strict = _build("--store", str(tmp_path / "s2"), "--strict", str(tmp_path))
    assert strict.exit_code == 1 and f"{locked}: folder not readable" in strict.output


def test_a_folder_1100_levels_deep_is_walked(tmp_path):
    deep = tmp_path
    for _ in range(1100):  # os.makedirs itself recurses
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_text(GOOD, encoding="utf-8")
    try:
        assert list(ingest_sources.find_sources([tmp_path])) == [deep / "a.txt"]
    finally:  # shutil.rmtree (pytest's clean-up) recurses too
        (deep / "a.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_a_bad_record_is_named_by_line_and_the_others_are_built(tmp_path):
    records = [
        {"text": GOOD, "title": "Good one"},
        {"text": "Russia rejected the claim.", "published": "not-a-date"},
        "not json",
        {"text": "Japan claims Shikotan.", "url": "javascript:alert(1)"},
        {"text": "Japan claims Habomai.", "url": "http://example.org/a b"},
        {"text": "Japan claims Iturup.", "published": "2019-13-45"},
        {
            "text": "Japan claims Kunashir.",
            "published": "Fri, 10 May 2019 09:00:00 GMT",
            "url": "https://example.org/news/1",
            "title": "Good two",
        },
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    done = _build("--store", str(tmp_path / "s"), str(path))
    assert done.exit_code == 1, done.output
    assert _skipped(done.output) == [
        f"{path}:2: field 'published': 'not-a-date' is not a date (use YYYY-MM-DD)",
        f"{path}:3: invalid JSON: Expecting value",
        f"{path}:4: field 'url': 'javascript:alert(1)' is not an http(s) URL",
        f"{path}:5: field 'url': 'http://example.org/a b' is not a valid URL "
        "(spaces or other characters a URL cannot hold?)",
        f"{path}:6: field 'published': '2019-13-45' is not a date (use YYYY-MM-DD)",
    ]
    assert "internal error" not in done.output
    store = Store(tmp_path / "s", read_only=True)
    titles = {str(q.object.value) for q in store.quads() if q.predicate.value.endswith("title")}
    assert {"Good one", "Good two"} <= titles
    issued = [q.object for q in store.quads() if q.predicate.value.endswith("/issued")]
    assert [t.value for t in issued] == ["2019-05-10"]


def test_a_bad_date_in_extract_is_a_user_error(tmp_path):
    done = CliRunner().invoke(
        main, ["extract", "-"], input=json.dumps({"text": GOOD, "published": "not-a-date"})
    )
    assert done.exit_code == 1
    assert done.output == (
        "Error: <stdin>:1: field 'published': 'not-a-date' is not a date (use YYYY-MM-DD)\n"
    )


def test_a_records_file_with_no_good_record_is_refused(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "x", "url": "ftp://a"}\nnope\n')
    done = _build("--store", str(tmp_path / "s"), str(path))
    assert done.exit_code == 1
    assert _skipped(done.output)[-1] == f"{path}: no record could be read (2 bad, each named above)"


def test_random_bytes_on_stdin_are_refused_like_a_file(tmp_path):
    noise = bytes(range(256)) * 8 + os.urandom(2048)
    done = _build("--store", str(tmp_path / "s"), "-", input=noise)
    assert done.exit_code == 1
    assert _skipped(done.output) == ["<stdin>: binary file, not text"]
    assert "0 added" in done.output
    png = _build("--store", str(tmp_path / "s2"), "-", input=b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert _skipped(png.output)[0].startswith("<stdin>: a PNG image, not text")
    latin = CliRunner().invoke(
        main, ["extract", "-"], input="Japan claims the Kuril Islands. Caf\xe9.".encode("latin-1")
    )
    assert latin.exit_code == 1 and "<stdin>: invalid UTF-8 at byte" in latin.output


def test_text_on_stdin_is_still_read(tmp_path):
    done = _build("--store", str(tmp_path / "s"), "-", input=GOOD.encode())
    assert done.exit_code == 0 and "1 added" in done.output


def _children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(p) for p in text.split()}


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_workers_die_with_a_killed_build(tmp_path):
    sources = copies(tmp_path / "src", 150)
    process = subprocess.Popen(
        [*KG, "build", "--store", str(tmp_path / "s"), "--workers", "2", str(sources)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline, workers = time.monotonic() + 60, set()
    while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the build's workers never started"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "workers lived on after their build was killed"


# -- kg load -------------------------------------------------------------------------------------


def _load(store: Path, *args: str):
    done = CliRunner().invoke(main, ["load", "--store", str(store), *args])
    done.exc_info = None  # a kept traceback would hold the store open
    gc.collect()
    return done


def _quads(store: Path, graph: ox.NamedNode | None = None) -> list[ox.Quad]:
    gc.collect()
    opened = Store(store, read_only=True)
    found = list(opened.quads(graph))
    del opened
    gc.collect()
    return found


def test_load_overwrites_a_graph_kg_writes_only_with_replace(tmp_path):
    store = tmp_path / "s"
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    assert _build("--store", str(store), str(article)).exit_code == 0
    gc.collect()
    [source] = {q.graph_name for q in _quads(store)}
    data = tmp_path / "mine.ttl"
    data.write_text("<http://x/a> <http://x/p> 1 .\n", encoding="utf-8")
    for graph, what in (
        (source.value, "a source's graph"),
        (str(INFERRED_GRAPH.value), "the inferred graph"),
    ):
        refused = _load(store, str(data), "--graph", graph)
        assert refused.exit_code == 2 and what in refused.output and "--replace" in refused.output
        assert refused.output.count("\n") == 1
    assert len(_quads(store, source)) > 1  # the source's graph is untouched
    done = _load(store, str(data), "--graph", source.value, "--replace")
    assert done.exit_code == 0, done.output
    assert len(_quads(store, source)) == 1


def test_rdf_12_triple_terms_load_and_reload(tmp_path):
    data = tmp_path / "said.ttl"
    data.write_text(
        "PREFIX ex: <http://example.org/>\n"
        "ex:tass ex:reported <<( ex:japan ex:claims ex:kurils )>> .\n"
        "ex:claim ex:q << ex:russia ex:holds ex:kurils >> .\n",
        encoding="utf-8",
    )
    store = tmp_path / "s"
    first = _load(store, str(data))
    assert first.exit_code == 0, first.output
    for _ in range(2):
        again = _load(store, str(data))
        assert again.exit_code == 0, again.output
        assert "3 triple(s)" in again.output and "(replacing 3)" in again.output
    objects = [q.object for q in _quads(store)]
    assert sum(isinstance(o, ox.Triple) for o in objects) == 2
