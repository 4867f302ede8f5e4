"""``kg sources`` lists the sources in the store; ``kg rm`` removes one."""

from __future__ import annotations

from pathlib import Path

import click

from kg import builds, texttable
from kg import sources as _sources
from kg.cli._common import open_store, store_option, wait_option
from kg.engines.base import BuildReport


@click.command("sources")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(_sources.FORMATS),
    default="table",
    show_default=True,
    help="table for people; json or csv for programs.",
)
@click.option("--limit", type=click.IntRange(1), metavar="N", help="Only the first N sources.")
@click.option("--wide", is_flag=True, help="Table rows on one line each, nothing wrapped.")
@store_option
def sources_command(fmt: str, limit: int | None, wide: bool, store_path: Path | None) -> None:
    """List the sources: key, title, publisher, date, facts and near-duplicate of.

    The near-duplicate column stays empty until near-duplicate detection (issue 13, point 3)
    records which source copies which.
    """
    store = open_store(store_path, read_only=True)
    width = None if wide else texttable.terminal_width()
    found = _sources.list_sources(store)
    click.echo(_sources.render(found, fmt, width=width, limit=limit), nl=False)


@click.command("rm")
@click.argument("source", nargs=-1, required=True)
@store_option
@wait_option
def rm_command(source: tuple[str, ...], store_path: Path | None, wait: float) -> None:
    """Remove SOURCE (its key, IRI or id:source/... name; see 'kg sources') from the store.

    Its graph and its share of the union go in one transaction; what another source also
    states stays.
    """
    store = open_store(store_path, wait=wait)
    graphs = [_sources.resolve(store, s) for s in source]  # all found before any is removed
    started = builds.now()
    for graph in graphs:
        n = _sources.remove(store, graph)
        click.echo(f"removed {graph.value.rsplit('/', 1)[-1]} ({n} quads)")
    number = builds.record(store, BuildReport(), started, builds.now(), removed=graphs)
    click.echo(f"logged as build {number} (kg changes --builds)")


COMMANDS = [sources_command, rm_command]
