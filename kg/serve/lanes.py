"""Fair scheduling: named questions and ad-hoc SPARQL run in separate lanes of workers.

The named questions (``/queries/NAME``) are known and some are heavy (a territory's timeline over
thousands of sources takes seconds); ad-hoc queries (``/sparql``) are mostly small. In one pool,
20 clients asking named questions held every worker and a cheap ``ASK`` waited seconds behind
them. So each lane has its own workers and its own queue: a slow lane can time out its own
requests (503 after ``--timeout`` in the queue), never the other lane's. Within a lane, requests
are served first come, first served; a slow ad-hoc query holds one ad-hoc worker until its
timeout, the others go on.
"""

from __future__ import annotations

from pathlib import Path

from kg.serve.execute import Job, Limits, Reply
from kg.serve.pool import QueryPool

LANES = ("adhoc", "named")


def lane_of(job: Job) -> str:
    """``named`` for a competency question asked by name, ``adhoc`` for SPARQL text."""
    return "named" if job.name is not None else "adhoc"


class Lanes:
    """One :class:`QueryPool` a lane; ``run`` sends a job to its lane's pool."""

    def __init__(
        self,
        store_path: Path | str,
        *,
        adhoc: int = 2,
        named: int = 2,
        timeout: float = 10.0,
        limits: Limits | None = None,
    ) -> None:
        sizes = {"adhoc": adhoc, "named": named}
        self.pools = {
            lane: QueryPool(store_path, size=sizes[lane], timeout=timeout, limits=limits)
            for lane in LANES
        }

    def start(self) -> None:
        for pool in self.pools.values():
            pool.start()

    async def run(self, job: Job) -> Reply:
        return await self.pools[lane_of(job)].run(job)

    def network_wall(self) -> str | None:
        """None when every worker is off the network, else why one is not."""
        return next((w for p in self.pools.values() if (w := p.network_wall())), None)

    def memory_cap(self) -> str | None:
        """None when every worker's memory is capped (or no cap was asked), else why not."""
        return next((w for p in self.pools.values() if (w := p.memory_cap())), None)

    def close(self) -> None:
        for pool in self.pools.values():
            pool.close()
