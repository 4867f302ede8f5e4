"""``kg demo``: the first article, end to end, in one command."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import store_option
from kg.demo import run_demo


@click.command("demo")
@store_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("out"),
    show_default=True,
    help="Where to write graph.ttl.",
)
def demo(store_path: Path | None, out_dir: Path) -> None:
    """Build the bundled article, answer every competency question, write out/graph.ttl."""
    run_demo(store_path, out_dir, echo=click.echo)


COMMANDS = [demo]
