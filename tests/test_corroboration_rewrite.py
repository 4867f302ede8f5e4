"""The rewritten ``corroboration`` (rivals from who holds a stance on what, issue 16 point 3) gives
the answers of the query it replaced, row for row, on a synthetic store where claims, control,
sovereignty, rejections and part-of chains meet (tests/data/queries/corroboration-before.rq is the
old text, kept only for this comparison)."""

from __future__ import annotations

import sys
from pathlib import Path

from kg import queries
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import generate  # noqa: E402

BEFORE = Path(__file__).resolve().parent / "data" / "queries" / "corroboration-before.rq"


def test_the_new_corroboration_answers_as_the_old(tmp_path):
    nq = tmp_path / "synthetic.nq"
    generate.write_nquads(nq, 40_000, seed=3)
    store = Store(tmp_path / "store")
    store.bulk_load(nq)
    new = queries.run(store, queries.get("corroboration").text)
    old = queries.run(store, queries.load_file(BEFORE).text)
    contested = [row for row in new.rows if "contested by" in str(row)]
    assert len(new.rows) > 1000 and contested, "the store must exercise the rivals"
    assert new.variables == old.variables
    assert new.rows == old.rows  # the same rows in the same ORDER BY order
