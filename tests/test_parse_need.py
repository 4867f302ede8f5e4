"""benchmarks/parse_need.py counts what the parse is spent on (issue 12): its counts must be those
of the sentences it reads, so that the shares docs/performance.md quotes cannot rot unnoticed."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.parse_need import measure  # noqa: E402


def test_counts_sentences_without_a_trigger_form_and_without_a_fact(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Tokyo, March 3 (Kyodo) -- Japan claims the southern Kuril Islands.\n\n"
        "Beijing reacted angrily.\n",
        encoding="utf-8",
    )
    n = measure([article])
    assert n["articles"] == 1
    assert n["sentences"] == 2
    assert n["no_trigger_form"] == 1  # "Beijing reacted angrily."
    assert n["no_trigger_form_words"] == 3
    assert n["not_worth_parsing"] >= 1  # no trigger form: not worth parsing either
    assert n["no_fact"] == 1  # the claim is a fact; the reaction none
    assert n["no_trigger_form_share"] == 0.5
    from kg.ingest.nlp import proposals, rules

    before = (rules._parse, rules.proposals.propose, proposals.recognise)
    measure([article])
    assert (rules._parse, rules.proposals.propose, proposals.recognise) == before  # restored
