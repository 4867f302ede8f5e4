"""Dev facts survive rewrites of the sentences that state them (issue 12: "≥ 95 % of the facts
survive their rewrites").

tests/data/rewrites/dev.yaml holds gold facts of the development articles, each with the sentence of
its article (verbatim) and rewrites of it that keep the meaning: active and passive, an inserted
adverbial or apposition, another trigger of the class, a nominalisation, the title after the name.
scripts/rewrite_survival.py reads them (``python scripts/rewrite_survival.py`` prints the same
figures); an entry whose original sentence does not yield its fact measures nothing and is reported.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter

import pytest
import yaml
from conftest import ROOT, require_shared

#: The kinds of rewrite the data file may use (the issue's, and the usual variants of them).
KINDS = {
    "active",
    "passive",
    "inserted",
    "apposition",
    "trigger",
    "nominalisation",
    "title-after-name",
    "title-before-name",
    "relative-clause",
    "fronted",
}


def _script():
    """scripts/rewrite_survival.py: the measure the test asserts and the script prints."""
    spec = importlib.util.spec_from_file_location(
        "rewrite_survival", ROOT / "scripts" / "rewrite_survival.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
ENTRIES = SCRIPT.load()


@pytest.fixture(scope="module")
def outcomes():
    """Every original and rewrite read once for the module (one spaCy load, about 15 s)."""
    return SCRIPT.measure(ENTRIES)


def test_every_entry_is_a_fact_with_at_least_three_labelled_rewrites():
    for entry in ENTRIES:
        where = f"{entry['rel']} ({entry['article']})"
        assert {"rel", "article", "sentence", "expect", "rewrites"} <= entry.keys(), where
        assert len(entry["rewrites"]) >= 3, where
        texts = [r["text"] for r in entry["rewrites"]]
        assert len(set(texts)) == len(texts) and entry["sentence"] not in texts, where
        assert {r["kind"] for r in entry["rewrites"]} <= KINDS, where


def test_every_sentence_is_copied_verbatim_from_its_dev_article():
    articles = require_shared("eval", "dev", "articles")
    for entry in ENTRIES:
        text = (articles / entry["article"]).read_text(encoding="utf-8")
        assert entry["sentence"] in text, (entry["article"], entry["sentence"])


def _gold() -> dict[str, list[dict]]:
    """The gold facts of every dev article, by article file name."""
    gold_dir = require_shared("eval", "dev", "gold")
    return {
        f"{path.stem}.txt": yaml.safe_load(path.read_text(encoding="utf-8")).get("facts") or []
        for path in sorted(gold_dir.glob("*.yaml"))
    }


def test_every_entry_is_a_relation_its_article_s_gold_states():
    gold = _gold()
    for entry in ENTRIES:
        assert entry["rel"] in {f["rel"] for f in gold[entry["article"]]}, entry["article"]


def test_every_relation_with_three_dev_facts_has_three_facts_told_three_ways():
    counts = Counter(f["rel"] for facts in _gold().values() for f in facts)
    covered = Counter(e["rel"] for e in ENTRIES if len(e["rewrites"]) >= 3)
    short = {rel: covered[rel] for rel, n in counts.items() if n >= 3 and covered[rel] < 3}
    assert not short, f"relations with >= 3 dev facts but < 3 facts with >= 3 rewrites: {short}"


def test_most_originals_yield_their_fact_so_that_survival_measures_something(outcomes):
    """An original that fails measures nothing; the report names them (scripts/rewrite_survival.py).
    The bar here only keeps the measure from emptying: at least two thirds are measured."""
    measured = [o for o in outcomes if o.original]
    assert len(measured) * 3 >= len(outcomes) * 2, SCRIPT.report(outcomes)


def test_95_percent_of_the_facts_survive_their_rewrites(outcomes):
    """The issue's bar, over every measured rewrite of every relation."""
    survived, measured = SCRIPT.rates(outcomes)["overall"]
    assert measured >= 120, SCRIPT.report(outcomes)
    assert survived / measured >= SCRIPT.BAR, SCRIPT.report(outcomes)


def test_every_relation_keeps_95_percent_of_its_facts_through_the_rewrites(outcomes):
    table = SCRIPT.rates(outcomes)
    below = {rel: f"{s}/{m}" for rel, (s, m) in table.items() if m and s / m < SCRIPT.BAR}
    assert not below, f"below {SCRIPT.BAR:.0%}: {below}\n{SCRIPT.report(outcomes)}"


def test_a_sentence_that_tells_another_fact_is_not_counted_as_a_survivor():
    """The measure is not vacuous: another seizer, or another programme suspended, is a loss."""
    seized = next(e for e in ENTRIES if e["rel"] == "controls" and "Sandy Cay" in e["sentence"])
    assert SCRIPT.yields(seized, "China seizes the disputed Sandy Cay Reef.")
    assert not SCRIPT.yields(seized, "Vietnam seizes the disputed Sandy Cay Reef.")
    visas = next(e for e in ENTRIES if e["expect"].get("what") == "visa-free program")
    assert not SCRIPT.yields(visas, "The ministry added that it would stop joint fishing trips.")
