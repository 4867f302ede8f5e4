"""kg ask: the time to read a question and answer it, on a synthetic store (benchmarks/generate.py).

``python benchmarks/ask.py [QUADS ...]`` (default 10,000 and 100,000) prints, per size: building
the entity index (one scan of the store's labels and the gazetteer), interpreting a question with
that index, and ``kg.ask.answer`` whole (index, interpretation, query). The English pipeline is
loaded before timing (half a second, once per process). Reports; never fails on timing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import write_nquads  # noqa: E402
from kg import ask  # noqa: E402
from kg.ask import entities, words  # noqa: E402
from kg.stores.embedded import Store  # noqa: E402

QUESTIONS = ["who claims the Kuril Islands?", "what did Lavorv say?", "list the meetings"]


def _median(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _measure(store: Store) -> tuple[float, float, float]:
    """Seconds: building the index, interpreting with it, answering whole."""
    index_s = _median(lambda: entities.Index(store), 3)
    index = entities.Index(store)
    interpret_s = statistics.median(
        _median(lambda q=q: ask.interpret(store, q, index=index)) for q in QUESTIONS
    )
    answer_s = statistics.median(_median(lambda q=q: ask.answer(store, q), 3) for q in QUESTIONS)
    return index_s, interpret_s, answer_s


def main(sizes: list[int]) -> None:
    words.words("warm up")  # load the pipeline outside the timings
    print("| quads | index (s) | interpret (ms) | answer whole (s) |")
    print("|---:|---:|---:|---:|")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "graph.nq"
            write_nquads(path, size)
            store = Store(Path(tmp) / "store")
            store.bulk_load(path)
            index_s, interpret_s, answer_s = _measure(store)
            print(f"| {size:,} | {index_s:.2f} | {interpret_s * 1000:.0f} | {answer_s:.2f} |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
