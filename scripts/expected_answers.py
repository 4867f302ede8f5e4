"""Write the expected answer of every competency question on the first article, for review.

    python scripts/expected_answers.py [OUT_DIR]     (default: tests/data/expected)

Builds the bundled first article (TASS, 10 May 2019) with ``kg.engines.local`` into an in-memory store,
answers each question in ``queries/`` (with the parameter of ``PARAMS`` where it has one) and
writes ``<question>.csv``: the W3C SPARQL CSV that ``kg query NAME --format csv`` prints. The files
are then read against the article by a person; rows the article contradicts are listed in
``REVIEW.md`` beside them, not corrected by hand. tests/test_expected_answers.py compares the
tool's answers with the committed files, so run this again only when an answer changed on purpose
(and review the diff).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg import queries, results
from kg.engines import local
from kg.paths import ARTICLES_DIR, ROOT
from kg.stores.embedded import Store

ARTICLE = ARTICLES_DIR / "tass-2019-05-10-kono-lavrov.txt"
OUT_DIR = ROOT / "tests" / "data" / "expected"

#: The parameter each question is asked with: required ones always, optional ones where a single
#: territory or entity of the article makes the answer easier to review than the whole graph.
PARAMS: dict[str, dict[str, str]] = {
    "evidence": {"entity": "Shikotan"},
    "timeline": {"territory": "Kuril Islands"},
}


def article_store() -> Store:
    """The first article built by the real pipeline (what ``kg build`` stores)."""
    store = Store(None)
    local.build([ARTICLE], store)
    return store


def answer_csv(store: Store, name: str) -> bytes:
    """The question's answer as ``kg query NAME --format csv`` writes it."""
    result = queries.answer(store, queries.get(name), PARAMS.get(name, {}))
    return results.serialize(result, "csv")


def main(out_dir: Path = OUT_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    store = article_store()
    for query in queries.load_all():
        (out_dir / f"{query.name}.csv").write_bytes(answer_csv(store, query.name))
        print(out_dir / f"{query.name}.csv")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR)
