"""Sources as things of their own (issue 13, point 5): kg sources lists them, kg rm removes one
(its graph and its share of the union, atomically), every kg build says what it added,
replaced, left unchanged and refused, and a build on a terminal shows a progress bar."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import pty
import subprocess
import time

import pyoxigraph as ox
import pytest
from _copies import ARTICLE, KG, TITLE, copies
from click.testing import CliRunner

from kg import sources
from kg.cli import main
from kg.engines import local
from kg.errors import UsageError
from kg.stores.embedded import Store


def extract_facts(path):
    """The distinct facts one copy states, as the mapper names them (a fact read twice is one)."""
    from kg import iris
    from kg.ingest.article import read_article

    ex = read_article(path)
    return [iris.fact_iri(f) for f in ex.facts]


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def union(store: Store) -> set[str]:
    """The default graph (the union copy the queries read), as N-Triples lines."""
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


@pytest.fixture()
def two_copies(tmp_path):
    return copies(tmp_path / "news", 2)


def test_kg_sources_lists_key_title_publisher_date_and_facts(tmp_path, two_copies):
    store_dir = str(tmp_path / "s")
    assert cli("build", "--store", store_dir, str(two_copies)).exit_code == 0
    table = cli("sources", "--store", store_dir)
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split()[:5] == [
        "key",
        "title",
        "publisher",
        "date",
        "facts",
    ]
    assert "near-duplicate of" in table.output.splitlines()[0]
    rows = json.loads(cli("sources", "-f", "json", "--store", store_dir).output)
    assert [r["title"] for r in rows] == [f"Copy 0: {TITLE}", f"Copy 1: {TITLE}"]
    per_copy = len(set(extract_facts(two_copies / "copy-000.txt")))
    assert {(r["publisher"], r["date"], r["facts"]) for r in rows} == {
        ("TASS", "2019-05-10", per_copy)
    }
    assert [r["duplicate_of"] for r in rows] == [None, rows[0]["key"]]  # a re-headlined copy
    assert table.output.rstrip().endswith(f"2 sources, {2 * per_copy} facts")
    listed = list(
        csv.DictReader(io.StringIO(cli("sources", "-f", "csv", "--store", store_dir).output))
    )
    assert [r["key"] for r in listed] == [r["key"] for r in rows] and listed[0]["facts"] == str(
        per_copy
    )


def test_the_table_wraps_long_titles_to_the_width(tmp_path, two_copies):
    store = Store(tmp_path / "s")
    local.build([two_copies], store)
    text = sources.render(sources.list_sources(store), "table", width=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "overcome" in text and "…" not in text  # wrapped, not cut


def test_rm_removes_a_source_and_keeps_what_another_states(tmp_path, two_copies):
    store = Store(tmp_path / "s")
    local.build([two_copies / "copy-000.txt"], store)
    only_first = union(store)
    local.build([two_copies], store)
    key = sources.list_sources(store)[1].key
    second = sources.resolve(store, key)
    removed = sources.remove(store, second)
    assert removed > 0 and second not in store.graphs()
    assert union(store) == only_first  # shared facts stay; the copy's own triples are gone
    assert [s.title for s in sources.list_sources(store)] == [f"Copy 0: {TITLE}"]


def test_kg_rm_cli_names_what_it_removed_and_suggests_keys(tmp_path, two_copies):
    store_dir = str(tmp_path / "s")
    cli("build", "--store", store_dir, str(two_copies))
    key = json.loads(cli("sources", "-f", "json", "--store", store_dir).output)[0]["key"]
    wrong = cli("rm", "--store", store_dir, "tass-2019")
    assert wrong.exit_code == 2 and f"did you mean: '{key}'" in wrong.output
    del wrong  # its traceback holds the failed command's store, open, with the lock
    gc.collect()
    done = cli("rm", "--store", store_dir, key)
    assert done.exit_code == 0 and done.output.startswith(f"removed {key} ("), done.output
    assert len(json.loads(cli("sources", "-f", "json", "--store", store_dir).output)) == 1
    with pytest.raises(UsageError, match="no such source graph"):
        sources.resolve(Store(store_dir, read_only=True), key)


def test_every_build_says_what_it_added_replaced_left_unchanged_and_refused(tmp_path, two_copies):
    store_dir = str(tmp_path / "s")
    first = cli("build", "--store", store_dir, str(two_copies))
    assert "2 source(s) read: 2 added, 0 replaced, 0 unchanged, 0 refused" in first.output
    (two_copies / "copy-001.txt").write_text(
        ARTICLE.read_text(encoding="utf-8")
        .replace(TITLE, f"Copy 1: {TITLE}")
        .replace("Lavrov", "Sergey Lavrov", 1),
        encoding="utf-8",
    )
    (two_copies / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    again = cli("build", "--store", store_dir, str(two_copies))
    assert again.exit_code == 1  # something was refused
    assert "2 source(s) read: 0 added, 1 replaced, 1 unchanged, 1 refused" in again.output
    assert "skipped: " in again.output and "a PNG image" in again.output


def test_an_unchanged_source_is_not_written_again(tmp_path):
    store = Store(tmp_path / "s")
    local.build([ARTICLE], store)
    before = union(store)
    report = local.build([ARTICLE], store)
    assert (report.unchanged, report.quads) == (1, 0) and union(store) == before


def test_a_build_on_a_terminal_shows_a_bar_with_rate_and_time_left(tmp_path):
    folder = copies(tmp_path / "news", 6)
    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen(
        [*KG, "build", "--store", str(tmp_path / "s"), str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=child_fd,
    )
    os.close(child_fd)
    seen = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=120)
    os.close(main_fd)
    assert proc.returncode == 0
    assert b"building" in seen and b"sources/s" in seen and b"6/6" in seen, seen
    assert b"6 added" in out


def test_no_bar_on_a_pipe(tmp_path):
    folder = copies(tmp_path / "news", 3)
    done = subprocess.run(
        [*KG, "build", "--store", str(tmp_path / "s"), str(folder)],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stderr == b""
