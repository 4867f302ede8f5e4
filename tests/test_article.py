"""The article ingester on the bundled first article: layout, metadata, facts, evidence, determinism,
and the development-set score."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require_shared
from first_article import ARTICLE, TITLE
from helpers import arg_key, find, gold_score

from kg import facts as facts_format
from kg.ingest import article
from kg.model import Extraction


@pytest.fixture(scope="module")
def text() -> str:
    return article.read_text(ARTICLE)


@pytest.fixture(scope="module")
def parsed(text) -> article.Article:
    return article.parse(text, name=ARTICLE.name)


@pytest.fixture(scope="module")
def extraction(parsed) -> Extraction:
    return article.extract(parsed)


# -- layout and metadata ----------------------------------------------------------------------------


def test_title_dateline_publisher_and_date(parsed):
    src = parsed.source
    assert src.title == TITLE
    assert src.dateline.startswith("MOSCOW, May 10")
    assert src.publisher == "TASS"
    assert src.published == "2019-05-10"
    assert src.kind == "Article"
    assert src.key.startswith("tass-2019-05-10-japanese-top-diplomat")


def test_page_furniture_and_headline_are_not_body(parsed, text):
    body = [p.text for p in parsed.body]
    assert not any("All news" in p for p in body)
    assert TITLE not in body
    # the dateline is cut off the first paragraph, which starts with the story
    assert any(p.startswith("Moscow and Tokyo have failed") for p in body)
    assert not any(p.startswith("MOSCOW, May 10") for p in body)
    for p in parsed.body:
        assert text[p.start : p.end] == p.text


def test_the_year_comes_from_on_friday(text):
    """No year in "MOSCOW, May 10": 10 May is a Friday in 2019; without the weekday, the latest year
    the text mentions (2018) is all there is."""
    without = text.replace(" on Friday", "")
    assert article.parse(without, name="x").source.published == "2018-05-10"
    assert article.parse(text, name="x").source.published == "2019-05-10"


def test_metadata_given_by_the_caller_wins(text):
    src = article.parse(
        text,
        name="x",
        title="Another title",
        url="https://example.org/a",
        published="2019-05-11",
        publisher="Example",
    ).source
    assert (src.title, src.url, src.published, src.publisher) == (
        "Another title",
        "https://example.org/a",
        "2019-05-11",
        "Example",
    )


# -- facts and evidence -----------------------------------------------------------------------------


def test_every_evidence_quotes_the_text_exactly(extraction, text):
    assert extraction.facts
    for f in extraction.facts:
        ev = f.evidence
        assert text[ev.start : ev.end] == ev.text, f
        assert ev.source == extraction.source.key
        assert "All news" not in ev.text


def test_promised_handover_of_shikotan_with_the_peace_treaty_condition(extraction):
    found = find(
        extraction.facts,
        "promisesHandover",
        territory="territory/shikotan",
        **{"from": "state/soviet-union", "to": "state/japan"},
    )
    assert len(found) == 1
    f = found[0]
    assert f.args["document"].subtype == "JointDeclaration"
    assert "peace treaty" in f.args["condition"]
    assert "Shikotan Island" in f.evidence.text


def test_memorandum_conditions_the_handover_on_troop_withdrawal(extraction):
    found = [
        f
        for f in find(extraction.facts, "conditionedOn")
        if f.args["document"].subtype == "Memorandum"
    ]
    # "those islands" are the ones the 1956 declaration offered: Shikotan and the group of small
    # islands (the Habomai), a fact each; not the whole Kuril chain
    assert {arg_key(f.args["territory"]) for f in found} == {
        "territory/shikotan",
        "territory/habomai",
    }
    for f in found:
        assert f.args["document"].date == "1960-01-27"
        assert "foreign troops" in f.args["condition"] and "pulled out" in f.args["condition"]
        assert arg_key(f.args.get("to")) == "state/japan"


def test_offices(extraction):
    assert find(
        extraction.facts,
        "holdsRole",
        person="person/taro-kono",
        role="foreign minister",
        of="state/japan",
    )
    assert find(
        extraction.facts,
        "holdsRole",
        person="person/sergey-lavrov",
        role="foreign minister",
        of="state/russia",
    )
    assert find(
        extraction.facts,
        "holdsRole",
        person="person/shinzo-abe",
        role="prime minister",
        of="state/japan",
    )


def test_meetings_with_their_dates(extraction):
    by_date = {f.args.get("date"): f for f in find(extraction.facts, "meeting")}
    assert {"2019-05-10", "2018-11-14", "2019-02"} <= set(by_date)
    assert arg_key(by_date["2019-05-10"].args["participants"]) == {
        "person/taro-kono",
        "person/sergey-lavrov",
    }
    assert arg_key(by_date["2019-02"].args["participants"]) == {
        "person/taro-kono",
        "person/sergey-lavrov",
    }
    singapore = by_date["2018-11-14"]
    assert arg_key(singapore.args["participants"]) == {"person/vladimir-putin", "person/shinzo-abe"}
    assert arg_key(singapore.args["place"]) == "city/singapore"


def test_joint_declaration_signed_by_the_soviet_union_and_japan_in_1956(extraction):
    found = find(extraction.facts, "signed", parties={"state/soviet-union", "state/japan"})
    declarations = [f for f in found if f.args["document"].subtype == "JointDeclaration"]
    assert len(declarations) == 1
    assert declarations[0].args["date"].startswith("1956")


def test_sovereignty_claim_handover_and_withdrawal(extraction):
    assert find(
        extraction.facts,
        "assertsSovereignty",
        state="state/russia",
        territory="territory/kuril-islands",
    )
    assert find(
        extraction.facts,
        "claims",
        claimant="state/japan",
        territory="territory/southern-kuril-islands",
    )
    assert find(
        extraction.facts,
        "handedOverTo",
        territory="territory/kuril-islands",
        to="state/soviet-union",
    )
    withdrew = find(extraction.facts, "withdrewObligation", state="state/soviet-union")
    assert len(withdrew) == 1 and withdrew[0].args["date"] == "1960"


def test_no_fact_is_asserted_for_what_did_not_happen(extraction):
    # "a peace treaty has still not been reached": no signed peace treaty
    for f in find(extraction.facts, "signed"):
        assert f.args["document"].subtype != "Treaty" or "Security" in f.args["document"].label


# -- determinism ------------------------------------------------------------------------------------


def _extract_in_subprocess(path: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = (
        "import sys, pathlib; from kg import facts; from kg.ingest import article\n"
        "for line in facts.lines(article.read_article(pathlib.Path(sys.argv[1]))): print(line)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_two_runs_give_the_same_facts_byte_for_byte(extraction):
    first = _extract_in_subprocess(ARTICLE, "1")
    second = _extract_in_subprocess(ARTICLE, "2")
    assert first == second
    in_process = "".join(line + "\n" for line in facts_format.lines(extraction)).encode("utf-8")
    assert first == in_process


# -- development-set score --------------------------------------------------------------------------


def test_dev_article_00_scores_full_recall(tmp_path):
    eval_dir = require_shared("eval")
    for src in sorted((eval_dir / "dev" / "articles").glob("00_*.txt")):
        gold = eval_dir / "dev" / "gold" / f"{src.stem}.yaml"
        summary = gold_score(article.read_article(src), gold, eval_dir / "score.py", tmp_path)
        assert summary["strict"]["recall"] == 1.0, summary["report"]
        assert summary["strict"]["precision"] >= 0.9, summary["report"]
