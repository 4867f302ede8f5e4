"""Every competency question's answer on the first article equals its reviewed CSV.

tests/data/expected/<question>.csv was written by scripts/expected_answers.py and read against the
article (REVIEW.md lists the rows the article contradicts). A change to the extractor, the mapper,
the store or a query that changes an answer fails here, naming the rows gained and lost; when the
change is meant, regenerate the CSV and review its diff.
"""

from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path

import pytest

from kg import queries

ROOT = Path(__file__).resolve().parent.parent
EXPECTED_DIR = Path(__file__).parent / "data" / "expected"


def _script():
    """scripts/expected_answers.py, which writes the files: the parameters come from its table."""
    spec = importlib.util.spec_from_file_location(
        "expected_answers", ROOT / "scripts" / "expected_answers.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
NAMES = sorted(q.name for q in queries.load_all())


@pytest.fixture(scope="module")
def store(built_article_store):
    """The build the script writes from (``SCRIPT.article_store()``), shared with the session."""
    return built_article_store


def _rows(data: bytes) -> tuple[list[str], list[tuple[str, ...]]]:
    header, *rows = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    return header, [tuple(r) for r in rows]


def test_every_question_has_a_reviewed_answer():
    assert sorted(p.stem for p in EXPECTED_DIR.glob("*.csv")) == NAMES
    review = (EXPECTED_DIR / "REVIEW.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in review or f"| {name} |" in review for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_answer_equals_the_reviewed_csv(store, name: str):
    header, expected = _rows((EXPECTED_DIR / f"{name}.csv").read_bytes())
    got_header, got = _rows(SCRIPT.answer_csv(store, name))
    assert got_header == header
    if "ORDER BY" not in queries.get(name).text.upper():
        expected, got = sorted(expected), sorted(got)
    lost = [r for r in expected if r not in got]
    gained = [r for r in got if r not in expected]
    assert got == expected, f"{name}: rows lost {lost}, rows gained {gained} (or the order changed)"
