"""``kg table-diff``: what changed between two snapshots of a BorderLines table."""

from __future__ import annotations

from pathlib import Path

import click

from kg.ingest.table import diff_tables


@click.command("table-diff")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
def table_diff(old: Path, new: Path) -> None:
    """Show claims and control that changed between two BorderLines snapshots."""
    diff = diff_tables(old, new)
    for line in diff.lines():
        click.echo(line)
    click.echo(f"{len(diff.changes)} territories changed between {old.name} and {new.name}")


COMMANDS = [table_diff]
