"""The tests' one model of the first article (tests/first_article.py) holds to the article and its
gold: a change to either that parts them fails here, not as a puzzling answer elsewhere."""

from __future__ import annotations

from conftest import require_shared
from first_article import ARTICLE, TEXT, build_store, extraction, second_extraction
from helpers import gold_score


def test_the_model_is_the_gold_fact_for_fact(tmp_path):
    """Scored by ../shared/eval/score.py, the model has every gold fact and no other."""
    eval_dir = require_shared("eval")
    (gold,) = sorted((eval_dir / "dev" / "gold").glob("00_*.yaml"))
    summary = gold_score(extraction(), gold, eval_dir / "score.py", tmp_path)
    assert summary["strict"]["precision"] == summary["strict"]["recall"] == 1.0, summary["report"]


def test_the_project_ships_the_shared_first_article():
    (shared,) = sorted(require_shared("eval", "dev", "articles").glob("00_*.txt"))
    assert shared.read_text(encoding="utf-8") == TEXT == ARTICLE.read_text(encoding="utf-8")


def test_every_evidence_span_is_its_sources_text_at_those_offsets():
    for ex in (extraction(extras=True), second_extraction()):
        for f in ex.facts:
            text = ex.source.text
            assert text[f.evidence.start : f.evidence.end] == f.evidence.text, f
            assert f.evidence.source == ex.source.key


def test_the_extras_add_one_negated_fact_and_one_below_the_usual_confidence():
    plain, extra = extraction().facts, extraction(extras=True).facts
    added = extra[len(plain) :]
    assert extra[: len(plain)] == plain
    assert [f.negated for f in added] == [True, False]
    assert added[1].confidence < 0.5 <= min(f.confidence for f in plain)


def test_the_store_holds_the_article_and_the_second_source():
    store = build_store(None)
    names = {g.value.rsplit("/", 1)[-1] for g in store.graphs()}
    assert {extraction().source.key, second_extraction().source.key} <= names
