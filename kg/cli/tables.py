"""``kg table-diff``: what changed between two snapshots of a BorderLines table."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import limit_options
from kg.ingest.table_diff import diff_tables
from kg.limits import Limits


@click.command("table-diff")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@limit_options(timeout=False)
def table_diff(old: Path, new: Path, limits: Limits) -> None:
    """Show claims and control that changed between two BorderLines snapshots."""
    diff = diff_tables(old, new, max_bytes=limits.table_bytes, max_rows=limits.table_rows)
    for line in diff.lines():
        click.echo(line)
    click.echo(f"{len(diff.changes)} territories changed between {old.name} and {new.name}")


COMMANDS = [table_diff]
