"""What every command shares: the store option, and turning KgError into a one-line message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.errors import KgError
from kg.store import Store, default_store_path


class KgClickError(click.ClickException):
    """A KgError as click prints it: 'Error: <message>' on one line, with the KgError's exit code."""

    def __init__(self, error: KgError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--store PATH (or KG_STORE), default .kg/ in the current directory."""
    return click.option(
        "--store",
        "store_path",
        type=click.Path(path_type=Path),
        default=None,
        envvar="KG_STORE",
        show_envvar=True,
        help="Store directory (default: .kg/ in the current directory).",
    )(func)


def open_store(store_path: Path | None, *, read_only: bool = False) -> Store:
    return Store(store_path or default_store_path(), read_only=read_only)


class KgGroup(click.Group):
    """A group that turns any KgError into one line (exit 1, or 2 for usage) and hides tracebacks
    of unexpected errors too, unless ``--debug`` is given."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise KgClickError(exc) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if ctx.obj and ctx.obj.get("debug"):
                raise
            msg = f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
            raise click.ClickException(msg) from None
