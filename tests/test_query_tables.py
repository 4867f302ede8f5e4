"""Tables a person can read: words for facts, the terminal's width filled, long cells wrapped
(never cut), ``--wide`` and ``--limit``, and no question listing a row twice (issue 13, point 2)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import require_shared
from first_article import TITLE

from kg import queries, results, sources
from kg.engines.local import build
from kg.paths import ARTICLES_DIR
from kg.stores.embedded import Store
from kg.vocab import ID

MOSCOW_MEETING = "Sergey Lavrov and Taro Kono met in Moscow on 10 May 2019"


def kg(store_dir: str, *args: str, columns: int = 100) -> str:
    from kg.cli import main

    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(main, [*args, "--store", store_dir])
    assert result.exit_code == 0, result.output
    return result.output


def _unwrapped(text: str) -> str:
    return " ".join(text.split())


def test_facts_read_as_words_in_the_meeting_and_timeline_columns(store_dir):
    out = kg(store_dir, "query", "meetings", columns=160)
    assert out.splitlines()[0].split()[0] == "meeting"
    assert MOSCOW_MEETING in out and "id:meeting/" not in out
    out = kg(store_dir, "query", "timeline", "--wide")
    table = out.split("rows\n")[0]  # the legend names sources by their id:
    assert "Japan and the Soviet Union signed the Joint Declaration in 1956" in table
    assert "id:" not in table


def test_a_wide_terminal_is_used_and_a_narrow_one_wraps_without_cutting(store_dir):
    wide = kg(store_dir, "query", "meetings", columns=160)
    assert any(line.startswith(MOSCOW_MEETING) for line in wide.splitlines())
    narrow = kg(store_dir, "query", "meetings", columns=60)
    lines = narrow.splitlines()
    assert max(len(line) for line in lines) <= 60
    first = lines[0].index("date")  # the meeting column, read down its wrapped lines
    rows = [line for line in lines[1:] if not line.startswith("  ↳")]
    column = _unwrapped(" ".join(line[:first] for line in rows))
    assert MOSCOW_MEETING not in narrow and MOSCOW_MEETING in column
    cells = [line for line in lines if not line.lstrip().startswith("↳")]
    assert not any("…" in line for line in cells)  # only the evidence preview is shortened
    assert TITLE in _unwrapped(narrow.split("3 rows", 1)[1])  # the legend, whole


def test_wide_puts_each_row_on_one_line_with_its_whole_sentence(store_dir):
    out = kg(store_dir, "query", "meetings", "--wide", columns=40)
    lines = out.splitlines()
    assert len(lines) == 1 + 3 * 2 + 1 + 1  # header, 3 rows with evidence, count, legend
    assert "…" not in out and lines[-1].endswith(TITLE)


def test_limit_keeps_the_first_rows_of_any_format(store_dir):
    out = kg(store_dir, "query", "meetings", "--limit", "2")
    assert "2 of 3 rows (--limit 2)" in out and out.count(" met ") == 2
    csv_lines = kg(store_dir, "query", "meetings", "--limit", "1", "-f", "csv").splitlines()
    assert len(csv_lines) == 2
    last = kg(store_dir, "sources", "--limit", "1").splitlines()[-1]
    assert re.fullmatch(r"1 source, \d+ facts", last)  # nothing left out: no note
    two = [sources.SourceInfo(k, ID + "source/" + k, "Article", k, None, None, 3) for k in "ab"]
    table = sources.render(two, "table", limit=1).splitlines()
    assert table[-1] == "1 of 2 sources, 6 facts (--limit 1)" and table[-2].startswith("a ")


def test_sources_wrap_and_widen(store_dir):
    lines = kg(store_dir, "sources", columns=80).splitlines()
    start, end = lines[0].index("title"), lines[0].index("publisher")
    titles = _unwrapped(" ".join(line[start:end] for line in lines[1:-1]))
    assert max(len(line) for line in lines) <= 80 and titles == TITLE
    wide = kg(store_dir, "sources", "--wide", columns=40)
    assert TITLE in wide.splitlines()[1]


@pytest.fixture(scope="module")
def dev_store() -> Store:
    """The first article and the shared dev articles in one store."""
    dev = require_shared("eval", "dev", "articles")
    store = Store(None)
    build([ARTICLES_DIR, dev], store)
    return store


def _assert_each_row_once(store: Store, name: str) -> None:
    """Not in any format, nor as the table shows it (labels for IRIs, with the evidence)."""
    params = {"entity": "Japan"} if name == "evidence" else {}
    result = queries.answer(store, queries.get(name), params)
    assert result.rows and len(set(result.rows)) == len(result.rows)
    names = results._Names(store)
    shown = [
        i
        for i, v in enumerate(result.variables)
        if results._shown(v, result.variables) or v in ("source", "start", "end")
    ]
    seen = [tuple(names.text(row[i]) for i in shown) for row in result.rows]
    assert len(set(seen)) == len(seen)


@pytest.mark.parametrize("name", sorted(q.name for q in queries.load_all()))
def test_no_question_lists_a_row_twice(article_store, name):
    _assert_each_row_once(article_store, name)


@pytest.mark.parametrize("name", sorted(q.name for q in queries.load_all()))
def test_no_question_lists_a_row_twice_on_the_dev_articles(dev_store, name):
    _assert_each_row_once(dev_store, name)
