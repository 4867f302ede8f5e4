"""The server's answers to named questions, kept while the store and the query files stay the same.

Why: the whole-graph questions return thousands of rows (``corroboration`` 28,746 at 2,900
synthetic sources, seconds of a worker), and under load clients ask the same few again and again.
The event loop keeps each 200 answer to a named question (by name, parameters and the format
asked for) with the store's generation it was asked in; while the generation is the same, the
answer is sent again without a worker. The generation is what a worker goes by to reopen its
store (:func:`kg.serve.pool.stamp`: the store directory's time, which every flush changes), and
the named queries' folder's time, so an edited ``.rq`` file is run again. A worker reads the
generation when it takes a job, after the event loop did: an answer kept is never older than
its generation. Only an embedded store's answers are kept (a remote endpoint can change at any
moment). Bounded in bytes; the least recently sent go first.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from kg.queries import QUERIES_DIR
from kg.serve.execute import Job, Reply
from kg.serve.negotiate import NotAcceptable, choose
from kg.serve.pool import stamp
from kg.stores import is_remote

#: Bytes of answers kept in all (an answer is at most ``--max-rows`` rows).
MAX_BYTES = 64 << 20

Generation = tuple[int, int]


class Answers:
    """Replies to named questions by question and format, for one generation of the store."""

    def __init__(self, store_path: Path | str, max_bytes: int = MAX_BYTES) -> None:
        self._path = None if is_remote(str(store_path)) else Path(store_path)
        self.max_bytes = max_bytes
        self._generation: Generation | None = None
        self._kept: OrderedDict[tuple, Reply] = OrderedDict()
        self._bytes = 0

    def generation(self) -> Generation | None:
        """The store's and the query files' generation now; None where nothing is kept."""
        if self._path is None:
            return None
        return stamp(self._path), stamp(QUERIES_DIR)

    def get(self, job: Job) -> Reply | None:
        """The reply kept for ``job`` in the current generation, if any."""
        key = key_of(job)
        if key is None or not self._kept:
            return None
        if self.generation() != self._generation:
            self._clear()
            return None
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
        return found

    def keep(self, job: Job, generation: Generation | None, reply: Reply) -> None:
        """Keep ``reply``, answered to ``job`` in ``generation`` (read before it was sent)."""
        key = key_of(job)
        size = len(reply.body)
        if key is None or generation is None or reply.status != 200 or size > self.max_bytes:
            return
        if generation != self._generation:
            self._clear()
            self._generation = generation
        if key in self._kept:
            self._bytes -= len(self._kept.pop(key).body)
        while self._kept and self._bytes + size > self.max_bytes:
            self._bytes -= len(self._kept.popitem(last=False)[1].body)
        self._kept[key] = reply
        self._bytes += size

    def __len__(self) -> int:
        return len(self._kept)

    def _clear(self) -> None:
        self._kept.clear()
        self._bytes = 0
        self._generation = None


def key_of(job: Job) -> tuple | None:
    """Named questions only (a plain-English one is parsed anew, ad-hoc SPARQL not kept), by the
    format negotiated, not the header's words: every client that gets JSON shares one answer."""
    if job.name is None or job.ask is not None:
        return None
    try:  # (the named questions are SELECT queries: a table of results)
        fmt = choose("results", job.accept, job.format).key
    except NotAcceptable:
        return None  # answered 406 by the worker, never kept
    return (job.name, tuple(sorted(job.params.items())), fmt)
