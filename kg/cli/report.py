"""``kg report``: a dossier on one dispute, as HTML or Markdown."""

from __future__ import annotations

from pathlib import Path

import click

from kg import report as _report
from kg.cli._common import open_store, store_option
from kg.errors import UsageError, printable


@click.command("report")
@click.argument("territory")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="FILE.html or FILE.md: the format follows the suffix.",
)
@store_option
def report(territory: str, output: Path, store_path: Path | None) -> None:
    """Write a dossier on the dispute over TERRITORY: parties and stances, documents and their
    conditions, officials, meetings, statements, timeline and sources, every fact footnoted to
    its source and sentence."""
    fmt = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}.get(
        output.suffix.lower()
    )
    if fmt is None:
        raise UsageError(
            f"{output}: the report is written as .html or .md",
            hint="name the output FILE.html or FILE.md",
        )
    store = open_store(store_path, read_only=True)
    dossier = _report.dossier(store, territory)
    data = (_report.to_html(dossier) if fmt == "html" else _report.to_markdown(dossier)).encode()
    output.parent.mkdir(parents=True, exist_ok=True)  # `-o out/kurils.html` in a new folder
    output.write_bytes(data)
    click.echo(
        f"wrote {printable(str(output))} ({len(data):,} bytes): {len(dossier.notes)} "
        f"footnoted sentence(s) from {len(dossier.sources)} source(s)",
        err=True,
    )


COMMANDS = [report]
