"""kg build: idempotent, one graph per source, parallel == serial, every input kind, and bad input
that is reported on one line without touching the store."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from first_article import ARTICLE, TITLE

from kg import iris
from kg.cli import main
from kg.engines import local
from kg.errors import KgError
from kg.ingest import sources as ingest_sources
from kg.paths import ARTICLES_DIR
from kg.stores.embedded import Store


def quads(store: Store) -> set[str]:
    return {str(q) for q in store.quads()}


def graph_quads(store: Store, graph) -> set[str]:
    return {str(q) for q in store.quads(graph)}


def copies(folder: Path, n: int) -> list[Path]:
    """The first article under ``n`` names, each with its own headline (so its own source key)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = ARTICLE.read_text(encoding="utf-8")
    out = []
    for i in range(n):
        path = folder / f"copy-{i}.txt"
        path.write_text(text.replace(TITLE, f"Copy {i}: {TITLE}"), encoding="utf-8")
        out.append(path)
    return out


@pytest.fixture(scope="module")
def text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


# -- idempotence and graphs -------------------------------------------------------------------------


def test_building_twice_gives_the_same_graph(tmp_path):
    store = Store(tmp_path / "store")
    first = local.build([ARTICLE], store)
    before = quads(store)
    n = len(store)
    second = local.build([ARTICLE], store)
    assert len(store) == n == len(before) == first.quads
    assert second.quads == 0 and second.unchanged == 1  # the same graph is not written again
    assert quads(store) == before
    assert first.sources == second.sources == 1 and not first.skipped


def test_each_source_has_its_own_graph_and_rebuilding_one_replaces_only_it(tmp_path):
    a, b = copies(tmp_path / "src", 2)
    store = Store(tmp_path / "store")
    local.build([a, b], store)
    graphs = store.graphs()
    assert len(graphs) == 2
    g_a = next(g for g in graphs if "copy-0" in g.value)
    g_b = next(g for g in graphs if g != g_a)
    b_before = graph_quads(store, g_b)
    # rewrite a: one sentence fewer
    a.write_text(
        a.read_text(encoding="utf-8").replace(
            " Moscow has stated many times that Russia’s sovereignty over the islands cannot be called into "
            "question.",
            "",
        ),
        encoding="utf-8",
    )
    a_before = graph_quads(store, g_a)
    local.build([a], store)
    assert store.graphs() == graphs
    assert graph_quads(store, g_b) == b_before  # untouched
    a_after = graph_quads(store, g_a)
    assert a_after != a_before and a_after  # replaced, not appended to
    assert not any("sovereignty" in q.lower() and "called into question" in q for q in a_after)


def test_parallel_build_equals_serial_build(tmp_path):
    sources = copies(tmp_path / "src", 4)
    serial, parallel = Store(tmp_path / "serial"), Store(tmp_path / "parallel")
    r1 = local.build([tmp_path / "src"], serial, workers=1)
    r2 = local.build([tmp_path / "src"], parallel, workers=2)
    assert r1.sources == r2.sources == len(sources)
    assert len(serial.graphs()) == len(sources)
    assert quads(serial) == quads(parallel)
    assert r1.summary() == r2.summary()


# -- input kinds ------------------------------------------------------------------------------------


def test_json_and_jsonl_records_with_metadata(tmp_path, text):
    record = {
        "text": text,
        "title": "A record title",
        "url": "https://example.org/kono",
        "published": "2019-05-10T12:00:00+03:00",
        "publisher": "TASS",
    }
    (tmp_path / "one.json").write_text(json.dumps(record), encoding="utf-8")
    lines = [
        json.dumps({**record, "title": f"Record {i}", "url": f"https://example.org/{i}"})
        for i in range(2)
    ]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    store = Store(tmp_path / "store")
    report = local.build([tmp_path / "one.json", tmp_path / "many.jsonl"], store)
    assert report.sources == 3 and not report.skipped
    assert len(store.graphs()) == 3
    text_quads = "\n".join(quads(store))
    for url in ("https://example.org/kono", "https://example.org/0", "https://example.org/1"):
        assert url in text_quads
    assert "A record title" in text_quads and "Record 1" in text_quads
    assert '"2019-05-10"' in text_quads  # the date part of the timestamp
    assert "2019-05-10T12" not in text_quads


def test_stdin_plain_text_and_jsonl(tmp_path, text):
    runner = CliRunner()
    store = tmp_path / "store"
    done = runner.invoke(main, ["build", "--store", str(store), "-"], input=text)
    assert done.exit_code == 0, done.output
    assert "1 source(s) read" in done.output
    record = json.dumps({"text": text, "title": "From stdin", "published": "2019-05-10"})
    done = runner.invoke(main, ["build", "--store", str(store), "-"], input=record + "\n")
    assert done.exit_code == 0, done.output
    s = Store(store)
    assert len(s.graphs()) == 2
    assert "From stdin" in "\n".join(quads(s))


def test_html_source(tmp_path):
    page = tmp_path / "kono.html"
    page.write_text(_page(), encoding="utf-8")
    store = Store(tmp_path / "store")
    report = local.build([tmp_path], store)
    assert report.sources == 1 and report.facts > 0 and not report.skipped
    assert "https://example.org/politics/1057567" in "\n".join(quads(store))


def _page() -> str:
    return (Path(__file__).parent / "data" / "html" / "kono-lavrov.html").read_text(
        encoding="utf-8"
    )


def test_csv_table(tmp_path):
    table = ARTICLES_DIR.parent / "borderlines" / "disputed_territories_2021-08.csv"
    store = Store(tmp_path / "store")
    report = local.build([table], store)
    assert report.sources == 1 and report.facts > 0
    assert [g.value for g in store.graphs()] == [iris.source_iri(_table_key(table)).value]


def _table_key(path: Path) -> str:
    from kg.ingest import table

    return table.read_table(path).source.key


# -- bad input --------------------------------------------------------------------------------------


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, what its one-line error must say)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = {
        "empty": ("empty.txt", b"", "empty file"),
        "blank": ("blank.txt", b"  \n\n \n", "empty file"),
        "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "a PNG image"),
        "utf8": (
            "latin1.txt",
            "Kono met Lavrov in Moscow. Caf\xe9.".encode("latin-1"),
            "invalid UTF-8",
        ),
        "no_text": (
            "records.jsonl",
            b'{"text": "Fine text about nothing at all."}\n{"title": "no text"}\n',
            "records.jsonl:2: record has no 'text'",
        ),
        "truncated": ("broken.json", b'{"text": "Moscow and Tokyo', "broken.json:1: invalid JSON"),
        "truncated_line": (
            "broken.jsonl",
            b'{"text": "ok text here"}\n{"text": "Mosc\n',
            "broken.jsonl:2: invalid JSON",
        ),
        "no_article": (
            "nav.html",
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            "no article text found in the HTML",
        ),
    }
    out = {}
    for name, (file, data, message) in cases.items():
        path = folder / file
        path.write_bytes(data)
        out[name] = (path, message)
    return out


def test_each_bad_input_is_one_line_naming_the_file_and_leaves_the_store_unchanged(tmp_path):
    store = Store(tmp_path / "store")
    local.build([ARTICLE], store)
    before = quads(store)
    bad = _bad_inputs(tmp_path / "bad")
    bad["missing"] = (tmp_path / "nope.txt", "no such file or directory")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.md").write_text("not a source", encoding="utf-8")
    bad["empty_dir"] = (tmp_path / "nothing", "no sources here")
    partial = {"no_text", "truncated_line"}  # a bad record is skipped, the good one before it built
    for name, (path, message) in bad.items():
        report = local.build([path], store)
        assert report.sources == (1 if name in partial else 0), name
        [(source, reason)] = report.skipped
        assert str(path) in reason, (name, reason)
        assert message in reason, (name, reason)
        assert "\n" not in reason and "Traceback" not in reason
        if name in partial:
            before = quads(store)
        assert quads(store) == before, name


def test_build_goes_on_with_the_rest_and_exits_1(tmp_path):
    bad = _bad_inputs(tmp_path / "src")
    good = copies(tmp_path / "src", 2)
    missing = tmp_path / "nope.txt"
    runner = CliRunner()
    store = tmp_path / "store"
    done = runner.invoke(
        main, ["build", "--store", str(store), str(tmp_path / "src"), str(missing)]
    )
    assert done.exit_code == 1
    skipped = [line for line in done.output.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == len(bad) + 1
    for path, message in bad.values():
        assert any(str(path) in line and message in line for line in skipped), (path, skipped)
    assert any(str(missing) in line for line in skipped)
    assert "Traceback" not in done.output
    # the good copies, and the good first record of the two records files with a bad line
    assert f"{len(good) + 2} source(s) read" in done.output
    done.exc_info = None
    del done
    gc.collect()  # the in-process run's traceback held the store open
    assert len(Store(store).graphs()) == len(good) + 2


def test_strict_stops_at_the_first_bad_source(tmp_path):
    folder = tmp_path / "src"
    good_a, good_c = copies(folder, 2)
    good_a = good_a.rename(folder / "a.txt")
    good_c = good_c.rename(folder / "c.txt")
    (folder / "b.txt").write_bytes(b"")
    store = Store(tmp_path / "store")
    with pytest.raises(KgError, match=r"b\.txt: empty file"):
        local.build([folder], store, strict=True)
    assert len(store.graphs()) == 1  # a was written, c never read
    runner = CliRunner()
    done = runner.invoke(
        main, ["build", "--store", str(tmp_path / "store2"), "--strict", str(folder)]
    )
    assert done.exit_code == 1
    assert done.output.strip().splitlines()[-1].startswith("Error: ")
    assert "b.txt: empty file" in done.output and "Traceback" not in done.output


def test_strict_stops_at_a_missing_path(tmp_path):
    store = Store(tmp_path / "store")
    with pytest.raises(KgError, match="no such file"):
        local.build([tmp_path / "nope.txt", ARTICLE], store, strict=True)
    assert len(store) == 0


def test_copies_share_no_source_key(tmp_path):
    paths = copies(tmp_path, 3)
    keys = {ingest_sources.extract_source(p)[0].source.key for p in paths}
    assert len(keys) == 3
