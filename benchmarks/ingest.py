"""Ingestion speed alone (issue 12): ``kg build`` of the benchmark corpus on 1 and 2 workers and
extraction alone, with the parser's and the entity recogniser's shares, each step in a process
of its own (benchmarks/steps.py), as ``run.py`` measures them among the rest:

    python benchmarks/ingest.py --articles 200 --json benchmarks/results/ingest-speed.json

Articles a second are given by the wall clock and by CPU time: on a shared machine the wall clock
also counts the other jobs, CPU time only the build's (with 2 workers, the sum of the processes').
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import make_corpus  # noqa: E402
from benchmarks.report import emit  # noqa: E402
from benchmarks.run import machine, step  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--out", type=Path, default=Path("out/bench-ingest"))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    corpus = args.out / f"corpus-{args.articles}"
    if not corpus.exists():
        make_corpus(corpus, args.articles)
    res = {"machine": machine(), "articles": args.articles}
    for workers in (1, 2):
        store = str(args.out / f"ingest-{workers}")
        res[f"workers_{workers}"] = step("ingest", corpus=str(corpus), workers=workers, store=store)
    res["extract_only"] = step("extract_only", corpus=str(corpus))
    emit(res, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
