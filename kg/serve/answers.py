"""A query worker's answers to named questions, kept for as long as its store is the same.

Why: the whole-graph questions return thousands of rows (``corroboration`` 28,746 at 2,900
synthetic sources, several seconds), and under load clients ask the same ones again and again, so
a worker that computes each answer once per store generation serves the rest from memory. A worker
opens its store read-only and opens it again when the store's files change (kg.serve.pool), and a
read-only store shows only what was on disk when it was opened; so an answer is exactly what the
open store would answer, and is dropped with it. Only an embedded store's answers are kept: a
remote endpoint can change at any moment. The rows kept are bounded, as the worker's memory is
capped (kg.serve.memory): the oldest answers go first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from kg.queries import Result
from kg.store import Store
from kg.stores.base import GraphStore

#: Rows (or triples) kept in all, by one worker: ~30 MB of terms at 100 bytes a value.
MAX_ROWS = 100_000


class Answers:
    """Answers of named questions by their text and parameters, for one open store."""

    def __init__(self, max_rows: int = MAX_ROWS) -> None:
        self.max_rows = max_rows
        self._store: GraphStore | None = None
        self._kept: OrderedDict[Hashable, Result] = OrderedDict()
        self._rows = 0

    def get(
        self,
        store: GraphStore,
        key: Hashable,
        compute: Callable[[], Result],
    ) -> Result:
        """The answer kept for ``key`` (a question's text and parameters) on this ``store``, else
        ``compute()``'s (kept if there is room)."""
        if not isinstance(store, Store):
            return compute()
        if store is not self._store:  # reopened: a new generation of the store
            self.clear()
            self._store = store
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
            return found
        result = compute()
        size = _size(result)
        if size <= self.max_rows:
            while self._kept and self._rows + size > self.max_rows:
                self._rows -= _size(self._kept.popitem(last=False)[1])
            self._kept[key] = result
            self._rows += size
        return result

    def clear(self) -> None:
        self._kept.clear()
        self._rows = 0
        self._store = None

    def __len__(self) -> int:
        return len(self._kept)


def _size(result: Result) -> int:
    return max(1, len(result.rows) + len(result.triples))
