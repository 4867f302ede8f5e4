"""Distributed ingestion on Dask: extract on the cluster, load here, same graph as a serial build.

The sources are cut into partitions; each Dask task extracts one partition's sources
(:func:`kg.ingest.sources.extract_source`) and maps them to quads (:func:`kg.mapping.extraction_quads`),
returning each source's graph as N-Quads. The client writes the results as one N-Quads shard per
source, then loads the shards into the store in sorted source order (``replace_graph`` inside
``Store.batched``: new sources by atomic batches, a source already in the store in a transaction of
its own): exactly what a serial build writes, whatever order the workers finish in.

Workers read the sources by path, so on a real cluster the sources must be on storage every worker
sees at the same path (a shared file system). The shards are returned to the client, so the
workers need no storage the client can read. Without a scheduler address a ``LocalCluster`` of
``workers`` processes is started and stopped.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import iris, mapping
from kg.engines.base import BuildReport, collect_sources, signature, write_source
from kg.errors import KgError, UsageError
from kg.ingest.sources import extract_source
from kg.limits import DEFAULT as DEFAULT_LIMITS
from kg.limits import Limits
from kg.stores.base import GraphStore

#: One source's outcome: (name, [(graph IRI, N-Quads bytes, facts, text signature)] or an error
#: message, the bad records skipped in it).
Outcome = tuple[str, list[tuple[str, bytes, int, str | None]] | str, list[str]]


def extract_partition(
    sources: list[str], as_of: str | None, limits: Limits = DEFAULT_LIMITS
) -> list[Outcome]:
    """What a worker does: extract each source of a partition and serialise its quads (the table
    limits apply; the time limit does not, off a process's main thread: kg.limits)."""
    out: list[Outcome] = []
    for source in sources:
        problems: list[str] = []
        try:
            graphs = []
            for extraction in extract_source(
                Path(source), as_of=as_of, problems=problems, limits=limits
            ):
                quads = list(mapping.extraction_quads(extraction))
                graph = iris.source_iri(extraction.source.key).value
                data = (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"") if quads else b""
                graphs.append((graph, data, len(extraction.facts), signature(extraction)))
            out.append((source, graphs, problems))
        except KgError as exc:
            out.append((source, str(exc), problems))
    return out


def partitions(sources: list[str], n: int) -> list[list[str]]:
    """``sources`` in ``n`` contiguous runs of near-equal length (order kept)."""
    n = max(1, min(n, len(sources)))
    size, extra = divmod(len(sources), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(sources[start:end])
        start = end
    return [p for p in out if p]


def build(
    paths: Iterable[str | Path],
    store: GraphStore,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    strict: bool = False,
    as_of: str | None = None,
    progress: Callable[[str], None] | None = None,
    shard_dir: Path | None = None,
    start: Callable[[int], None] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> BuildReport:
    """Extract ``paths`` on a Dask cluster and load the shards into ``store`` (``start`` and
    ``progress`` as in :func:`kg.engines.local.build`)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'dispute-kg[dask]'") from None
    report = BuildReport()
    sources = collect_sources(paths, report, strict)
    if "-" in sources:
        raise UsageError("--engine dask reads files, not standard input ('-')")
    if not sources:
        return report
    if start:
        start(len(sources))
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            )
            client = Client(cluster)
    except OSError as exc:
        raise UsageError(
            f"--scheduler {scheduler}: cannot reach the Dask scheduler: {exc}"
        ) from None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        parts = partitions([str(s) for s in sources], n_workers * 4)
        futures = client.map(extract_partition, parts, as_of=as_of, limits=limits, pure=False)
        with tempfile.TemporaryDirectory(prefix="kg-shards-") as tmp:
            shards = Path(shard_dir or tmp)
            shards.mkdir(parents=True, exist_ok=True)
            with store.batched():  # new sources by batches, each whole or not at all
                for future in futures:  # in partition order: the store sees the serial order
                    for name, outcome, problems in future.result():
                        if strict and problems:
                            raise KgError(problems[0])
                        report.skipped.extend((name, p) for p in problems)
                        _load(name, outcome, store, shards, report, strict)
                        if progress:
                            progress(name)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    store.flush()
    return report


def _load(
    name: str,
    outcome: list[tuple[str, bytes, int, str | None]] | str,
    store: GraphStore,
    shards: Path,
    report: BuildReport,
    strict: bool,
) -> None:
    """Write a source's shard, then replace its graph with the shard's bytes (whole or not at all)."""
    if isinstance(outcome, str):
        if strict:
            raise KgError(outcome)
        report.skipped.append((name, outcome))
        return
    for graph, data, facts, text_signature in outcome:
        shard = shards / f"{report.sources:06d}.nq"
        shard.write_bytes(data)  # with shard_dir, kept for a server's own bulk loader
        write_source(store, ox.NamedNode(graph), data, facts, report, text_signature)
