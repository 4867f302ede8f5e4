"""Fair scheduling: named questions, ad-hoc SPARQL and known-slow queries in separate lanes.

The named questions (``/queries/NAME``) are known and some are heavy (whole-graph listings,
``corroboration``); ad-hoc queries (``/sparql``) are mostly small. In one pool, 20 clients asking
named questions held every worker and a cheap ``ASK`` waited seconds behind them. So each lane has
its own workers and its own queue, and a lane that is overloaded refuses its own requests (503
after ``--timeout`` in the queue), never the other lanes'.

Admission by cost, measured: pyoxigraph gives no estimate before it runs a query, so the lanes
remember what each query (a named question with its parameters, or a SPARQL text) cost a worker
last time; one that took over :data:`SLOW_SECONDS` (or ran out of time) goes to the ``slow`` lane
next time, so the same heavy question asked again and again fills one worker of its own, not the
lane of the cheap ones. A query that became fast again goes back. Within a lane, first come,
first served. A named question already answered in this generation of the store is answered
again without a worker (:mod:`kg.serve.answers`), and clients asking one that is being answered
wait for that run rather than start their own; as that run's answer serves everyone, it may take
:data:`NAMED_BUDGET` times the timeout (a client waits ``--timeout`` at most, then gets 503).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from kg.errors import StoreError
from kg.serve import answers
from kg.serve.execute import Job, Limits, Reply
from kg.serve.pool import QueryPool, unavailable

LANES = ("adhoc", "named", "slow")
_LABELS = {"adhoc": "ad-hoc query", "named": "named-question", "slow": "slow-query"}
#: A query that kept a worker this long is sent to the slow lane the next time it is asked.
SLOW_SECONDS = 1.0
#: A named question's run may take this many times ``--timeout``: its answer is kept for every client
#: until the store changes, and the clients waiting past ``--timeout`` get 503 with ``Retry-After``
#: meanwhile (``corroboration`` takes seconds on a store of thousands of sources: docs/performance.md).
NAMED_BUDGET = 6
#: Queries remembered at most (then forgotten all at once: a cache, not a record).
_REMEMBERED = 10_000


def lane_of(job: Job, slow: bool = False) -> str:
    """``slow`` for a query known to be slow, ``named`` for a question asked by name (or in plain
    English at ``/ask``: it answers a named question), else ``adhoc``."""
    if slow:
        return "slow"
    return "named" if job.name is not None or job.ask is not None else "adhoc"


def _key(job: Job) -> tuple:
    return (
        job.ask,
        job.name,
        tuple(sorted(job.params.items())),
        job.query,
        tuple(job.default_graphs or ()),
        tuple(job.named_graphs or ()),
    )


class Lanes:
    """One :class:`QueryPool` a lane; ``run`` sends a job to its lane's pool."""

    def __init__(
        self,
        store_path: Path | str,
        *,
        adhoc: int = 2,
        named: int = 2,
        slow: int = 1,
        timeout: float = 10.0,
        limits: Limits | None = None,
    ) -> None:
        sizes = {"adhoc": adhoc, "named": named, "slow": slow}
        self.pools = {
            lane: QueryPool(
                store_path, size=sizes[lane], timeout=timeout, limits=limits, label=_LABELS[lane]
            )
            for lane in LANES
        }
        self._cost: dict[tuple, float] = {}
        self.timeout = timeout
        self.answers = answers.Answers(store_path)
        self._pending: dict[tuple, asyncio.Future] = {}  # named questions being answered

    def start(self) -> None:
        """Start every lane's workers at once, then wait for them all."""
        launched = {lane: pool.launch() for lane, pool in self.pools.items()}
        try:
            for lane, pool in self.pools.items():
                pool.ready(launched[lane])
        except StoreError:
            for workers in launched.values():
                for worker in workers:
                    worker.kill()
            raise

    def lane(self, job: Job) -> str:
        """The lane ``job`` goes to now."""
        return lane_of(job, self._cost.get(_key(job), 0.0) >= SLOW_SECONDS)

    async def run(self, job: Job) -> Reply:
        """The reply to ``job``: a named question's from this generation of the store if there is
        one, or from the run of the same question already under way; else from its lane."""
        kept = self.answers.get(job)
        if kept is not None:
            return kept
        key = answers.key_of(job)
        if key is None:
            return await self._run(job)
        task = self._pending.get(key)
        if task is None:  # the first to ask: the others wait for the same run
            generation = self.answers.generation()
            task = asyncio.ensure_future(self._run(job, budget=NAMED_BUDGET * self.timeout))
            self._pending[key] = task
            task.add_done_callback(lambda done: self._settle(job, key, generation, done))
        try:  # shielded: a client that leaves, or waits no longer, does not stop the run
            return await asyncio.wait_for(asyncio.shield(task), self.timeout)
        except TimeoutError:
            return unavailable(
                f"the answer to {job.name!r} is being computed (over {self.timeout:g} s; it is "
                "kept once done, until the store changes); try again shortly"
            )

    async def warm(self, names: list[str]) -> None:
        """Answer these named questions once, in turn, before clients ask (``kg serve --warm``):
        a whole-graph question then costs its first asker nothing, as it would every later one,
        until the store changes. In JSON, the format clients get unless they ask for another."""
        for name in names:
            job = Job(name=name)
            await self.run(job)  # through the same run a client asking meanwhile waits for
            pending = self._pending.get(answers.key_of(job) or ())
            if pending is not None:
                await asyncio.wait([pending])

    def _settle(
        self, job: Job, key: tuple, generation: answers.Generation | None, done: asyncio.Future
    ) -> None:
        self._pending.pop(key, None)
        if not done.cancelled() and done.exception() is None:
            self.answers.keep(job, generation, done.result())

    async def _run(self, job: Job, budget: float | None = None) -> Reply:
        key = _key(job)

        def remember(seconds: float) -> None:
            if len(self._cost) >= _REMEMBERED:
                self._cost.clear()
            self._cost[key] = seconds

        return await self.pools[self.lane(job)].run(job, on_cost=remember, budget=budget)

    def network_wall(self) -> str | None:
        """None when every worker is off the network, else why one is not."""
        return next((w for p in self.pools.values() if (w := p.network_wall())), None)

    def memory_cap(self) -> str | None:
        """None when every worker's memory is capped (or no cap was asked), else why not."""
        return next((w for p in self.pools.values() if (w := p.memory_cap())), None)

    def close(self) -> None:
        for pool in self.pools.values():
            pool.close()
