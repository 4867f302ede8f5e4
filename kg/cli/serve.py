"""``kg serve``: the read-only SPARQL endpoint and query page over the store."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import store_option
from kg.errors import UsageError
from kg.stores.embedded import default_store_path


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (loopback unless you mean to share the store).",
)
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@store_option
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=float,
    help="Seconds a query may run before it is stopped (answered 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(1),
    help="Result cap: rows (or triples) returned at most; a header says when cut.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Query worker processes for ad-hoc SPARQL (/sparql): such queries that can run at once.",
)
@click.option(
    "--named-workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Query worker processes for the named questions (/queries/NAME), a lane of their own "
    "so slow questions never hold up ad-hoc queries.",
)
@click.option(
    "--slow-workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Query worker processes for queries that took over a second the last time they were "
    "asked (a lane of their own, so they do not hold up the cheap ones).",
)
@click.option(
    "--query-memory",
    default="2G",
    show_default=True,
    metavar="SIZE",
    help="Memory one query may add to its worker (e.g. 512M, 2G; 0 for no cap); past it the "
    "query is stopped and answered 503.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Allow SERVICE (federated queries to other endpoints) and give the query workers "
    "network access; both refused by default.",
)
@click.option(
    "--max-query-length",
    default=64 * 1024,  # kg.serve.protocol.MAX_QUERY, not imported: the CLI loads no server
    show_default=True,
    type=click.IntRange(1),
    help="Longest query text accepted, in bytes (longer: 413).",
)
@click.option(
    "--read-timeout",
    default=10.0,
    show_default=True,
    type=float,
    help="Seconds a client may take to send a request's headers, and again its body; "
    "slower connections are closed.",
)
@click.option(
    "--max-connections",
    default=256,
    show_default=True,
    type=click.IntRange(1),
    help="Open connections at most; one more is answered 503 and closed.",
)
@click.option(
    "--cors",
    "cors",
    metavar="ORIGIN",
    multiple=True,
    help="Let web pages from ORIGIN (e.g. https://example.org) read answers; repeatable. "
    "Off by default: other sites' pages cannot read this store.",
)
@click.option(
    "--warm",
    is_flag=True,
    help="Answer the whole-graph named questions (those with no required parameter) once at "
    "start, in the background, so that their first asker waits no longer than later ones.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    metavar="NAME",
    multiple=True,
    help="Also answer requests addressed to NAME (the Host header); others get 403, which "
    "stops DNS rebinding. Repeatable.",
)
def serve(
    host: str,
    port: int,
    store_path: Path | None,
    timeout: float,
    max_rows: int,
    workers: int,
    named_workers: int,
    slow_workers: int,
    query_memory: str,
    allow_service: bool,
    max_query_length: int,
    read_timeout: float,
    max_connections: int,
    cors: tuple[str, ...],
    allow_hosts: tuple[str, ...],
    warm: bool,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint at /sparql, with a query page at /.

    Read-only: updates are refused. Example: kg serve --port 7878, then
    curl 'http://127.0.0.1:7878/sparql?query=ASK%7B%7D'.
    """
    from kg.serve.app import ServeConfig
    from kg.serve.app import serve as run_server
    from kg.serve.memory import parse_size

    if timeout <= 0:
        raise UsageError(f"--timeout {timeout}: must be more than 0 seconds")
    if read_timeout <= 0:
        raise UsageError(f"--read-timeout {read_timeout}: must be more than 0 seconds")
    try:
        memory = parse_size(query_memory)
    except ValueError as exc:
        raise UsageError(f"--query-memory {exc}") from None
    config = ServeConfig(
        store_path=store_path or default_store_path(),
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        named_workers=named_workers,
        slow_workers=slow_workers,
        query_memory=memory,
        allow_service=allow_service,
        max_query=max_query_length,
        read_timeout=read_timeout,
        max_connections=max_connections,
        cors=cors,
        allow_hosts=allow_hosts,
        warm=warm,
    )
    run_server(config)


COMMANDS = [serve]
