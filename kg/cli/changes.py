"""``kg changes``: what is new since a date or a build."""

from __future__ import annotations

from pathlib import Path

import click

from kg import builds, texttable
from kg import changes as _changes
from kg.cli._common import open_store, store_option


@click.command("changes")
@click.option(
    "--since", metavar="DATE", help="Sources published on or after DATE (YYYY[-MM[-DD]])."
)
@click.option(
    "--since-build",
    "build",
    type=click.IntRange(1),
    metavar="N",
    help="What build N brought: the sources it added or replaced.",
)
@click.option(
    "--territory", metavar="T", help="Only sources that speak of T (or a part or whole of it)."
)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(_changes.FORMATS), default="table", show_default=True
)
@click.option("--builds", "show_log", is_flag=True, help="List the builds logged in the store.")
@store_option
def changes(
    since: str | None,
    build: int | None,
    territory: str | None,
    fmt: str,
    show_log: bool,
    store_path: Path | None,
) -> None:
    """New or withdrawn claims, changes of control, documents, offices and meetings reported by
    the sources published since DATE (or written by one build), and BorderLines snapshot
    differences, each with the source that reports it."""
    store = open_store(store_path, read_only=True)
    if show_log:
        click.echo(_changes.render_log(builds.log(store)), nl=False)
        return
    if since is None and build is None:
        raise click.UsageError("give --since DATE or --since-build N (or --builds)")
    found = _changes.changes(store, since=since, territory=territory, build=build)
    click.echo(_changes.render(found, fmt, texttable.terminal_width()), nl=False)


COMMANDS = [changes]
