"""A small pool of worker processes that run queries, each under a deadline.

Why processes: pyoxigraph evaluates a query in Rust and offers no way to cancel it. A thread past
its deadline could only be abandoned, still holding a core and the store; repeated slow queries
would pile up. A process can be ended: on timeout the worker is killed (the request answers 503)
and a new one is started in the background, so the server keeps serving. Workers open the store
read-only, and reopen it when the store directory changes, so a finished ``kg build`` shows without
a restart. Unless SERVICE is allowed (or the store is a remote endpoint), each worker first cuts
itself off the network (:mod:`kg.sparql.netwall`), caps the memory a query may add to it
(:mod:`kg.serve.memory`), and tells the pool whether both worked. A query past the memory cap
aborts its worker; the pool answers it 503 naming the cap and starts a new worker, as on timeout.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import KgError, StoreError
from kg.serve import memory
from kg.serve.execute import Job, Limits, Reply, error, execute
from kg.sparql import netwall
from kg.stores import is_remote, open_store

_STARTUP_SECONDS = 60.0
#: A worker's first plain-English question loads the language pipeline (a second or two, more on a
#: busy machine): that once, the question gets this much longer than the query timeout.
_FIRST_ASK_SECONDS = 30.0


def stamp(path: Path) -> int:
    """The store's generation as a worker sees it: the time its directory last changed (RocksDB
    adds a file on every flush), 0 if it cannot be read."""
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0


def _worker_main(conn: Connection, store_path: str, limits: Limits) -> None:
    """The worker process: open the store, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    path, local = Path(store_path), not is_remote(store_path)
    wall = _wall(local, limits)
    try:
        store, opened = open_store(store_path, read_only=True), stamp(path)
    except KgError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", (wall, memory.cap(limits.memory))))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if local and stamp(path) != opened:
                store, opened = open_store(path, read_only=True), stamp(path)
            reply = execute(store, job, limits)
        except KgError as exc:
            reply = error(503, str(exc))
        except MemoryError:  # Python's allocations fail cleanly; Rust's abort the worker instead
            reply = error(503, _over_memory(limits))
        except Exception as exc:  # noqa: BLE001 - a worker answers, it never dies of a query
            reply = error(500, f"internal error: {type(exc).__name__}: {exc}")
        conn.send(reply)


def _wall(local: bool, limits: Limits) -> str | None:
    """Put up the network wall; None when it stands, else why not (said once at server start)."""
    if limits.allow_service:
        return "--allow-service was given"
    if not local:
        return "the store is a remote endpoint, which the workers must reach"
    return netwall.isolate()


class _Worker:
    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
        self.process, self.conn = process, conn
        self.wall: str | None = None  # why this worker has network, None when it has none
        self.asked = False  # whether it has loaded the language pipeline for /ask
        self.uncapped: str | None = None  # why its memory is not capped, None when it is

    @classmethod
    def start(cls, store_path: Path | str, limits: Limits) -> _Worker:
        return cls.launch(store_path, limits).ready(store_path)

    @classmethod
    def launch(cls, store_path: Path | str, limits: Limits) -> _Worker:
        """Start the process (not waiting for it: a server starts all its workers at once)."""
        ctx = multiprocessing.get_context("spawn")  # no fork of a process with threads
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=_worker_main,
            args=(child, str(store_path), limits),
            daemon=True,
            name="kg-serve-worker",
        )
        process.start()
        child.close()
        return cls(process, parent)

    def ready(self, store_path: Path | str) -> _Worker:
        """This worker once it has opened the store; StoreError if it could not."""
        if not self.conn.poll(_STARTUP_SECONDS):
            self.kill()
            raise StoreError(
                f"{store_path}: a query worker did not start in {_STARTUP_SECONDS:.0f} s"
            )
        try:
            status, message = self.conn.recv()
        except EOFError:
            status, message = "error", "a query worker exited while starting"
        if status != "ready":
            self.kill()
            raise StoreError(message)
        self.wall, self.uncapped = message
        return self

    def roundtrip(self, job: Job, timeout: float) -> Reply | None:
        """The worker's reply, or None if it did not answer within ``timeout`` seconds."""
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                return None
            return self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)  # reaped, so alive() is False and the exit code tells why
            return error(500, "the query worker died while running the query")

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """``size`` workers; ``run`` gives a job to a free worker and waits at most ``timeout``."""

    def __init__(
        self,
        store_path: Path | str,
        *,
        size: int = 2,
        timeout: float = 10.0,
        limits: Limits | None = None,
        label: str = "query",
    ) -> None:
        self.store_path, self.size, self.timeout, self.label = store_path, size, timeout, label
        self.limits = limits or Limits()
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    def start(self) -> None:
        self.ready(self.launch())

    def launch(self) -> list[_Worker]:
        """Start every worker's process; :meth:`ready` waits for them (split so that lanes start
        all their workers at once)."""
        return [_Worker.launch(self.store_path, self.limits) for _ in range(self.size)]

    def ready(self, launched: list[_Worker]) -> None:
        try:
            for worker in launched:
                self._add(worker.ready(self.store_path))
        except StoreError:
            for worker in launched:
                worker.kill()
            raise

    def network_wall(self) -> str | None:
        """None when every worker is off the network, else why one is not."""
        return next((w.wall for w in self._all if w.wall is not None), None)

    def memory_cap(self) -> str | None:
        """None when every worker's memory is capped as asked, else why one is not."""
        return next((w.uncapped for w in self._all if w.uncapped is not None), None)

    def _add(self, worker: _Worker) -> None:
        if self._closed:
            worker.kill()
            return
        self._all.add(worker)
        self._idle.put_nowait(worker)

    async def run(
        self,
        job: Job,
        on_cost: Callable[[float], None] | None = None,
        *,
        budget: float | None = None,
    ) -> Reply:
        """The job's reply; ``on_cost`` is told the seconds a worker spent on it (not the wait).
        A worker may spend ``budget`` seconds on it (default: the pool's timeout)."""
        budget = self.timeout if budget is None else budget
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            return unavailable(
                f"all {self.size} {self.label} workers stayed busy for {self.timeout:g} s; "
                "try again later"
            )
        first_ask = job.ask is not None and not worker.asked
        timeout = budget + (_FIRST_ASK_SECONDS if first_ask else 0.0)
        started = time.monotonic()
        reply = await asyncio.to_thread(worker.roundtrip, job, timeout)
        worker.asked = worker.asked or job.ask is not None
        if on_cost is not None and not first_ask:  # a first question's cost is the pipeline's
            on_cost(time.monotonic() - started)
        if reply is not None and worker.alive():
            self._idle.put_nowait(worker)
            return reply
        self._all.discard(worker)
        await asyncio.to_thread(worker.kill)
        if self.limits.memory is not None and worker.process.exitcode in memory.CAP_SIGNALS:
            said = f"kg serve: {_over_memory(self.limits)}; its worker was replaced"
            print(said, file=sys.stderr, flush=True)
            reply = error(503, _over_memory(self.limits))
        task = asyncio.create_task(self._replace())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        if reply is not None:
            return reply
        return unavailable(f"the query ran past the {budget:g} s timeout and was stopped")

    async def _replace(self) -> None:
        worker = await asyncio.to_thread(_Worker.start, self.store_path, self.limits)
        self._add(worker)

    def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            worker.kill()
        self._all.clear()


def _over_memory(limits: Limits) -> str:
    return (
        f"the query needed more than the {memory.show(limits.memory)} of memory a query may use "
        "(kg serve --query-memory) and was stopped"
    )


def unavailable(message: str) -> Reply:
    """503 with ``Retry-After``: the server is busy, not broken."""
    reply = error(503, message)
    return Reply(reply.status, reply.media_type, reply.body, {"Retry-After": "1"})
