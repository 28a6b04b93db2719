"""The `quoteapp` command: a thin layer over the library.

Library errors (`QuoteappError`) become one line on stderr and exit status 1;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from quoteapp.errors import QuoteappError
from quoteapp.log import log_path, start_logging

log = logging.getLogger(__name__)


class CliState:
    """Per-invocation state: the database path and, once asked for, the open store."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._store: Any = None

    def store(self) -> Any:
        if self._store is None:
            from quoteapp.store import Store

            self._store = Store(self.db_path)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            from quoteapp.cli.output import printable

            for line in self._store.damaged:  # rows left out of what was shown
                click.echo(printable(f"warning: {line}"), err=True)
            self._store.close()


class QuoteappGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuoteappError as error:
            log.warning("%s: %s", ctx.invoked_subcommand, error)
            from quoteapp.cli.output import printable

            raise click.ClickException(printable(str(error))) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors, --help, Ctrl+C
        except BrokenPipeError:  # `quoteapp speakers | head`: the reader has what it wanted
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush is quiet
            raise SystemExit(0) from None
        except Exception:  # a bug: the traceback goes to the log as well as the terminal
            log.exception("quoteapp %s crashed", ctx.invoked_subcommand)
            click.echo(f"quoteapp hit a bug; its traceback is also in {log_path()}", err=True)
            raise


@click.group(
    cls=QuoteappGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=f"Errors and crashes are logged to {log_path()} (set QUOTEAPP_LOG to move it).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="QUOTEAPP_DB",
    help="Database file (default: QUOTEAPP_DB, else the one the app last opened, else "
    "quoteapp.db in your data folder).",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show quoteapp's version and check the spaCy pipeline package, then exit.",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """Find the quotations in news articles, say who said them, and review them."""
    from quoteapp.databases import chosen_database

    path, why = chosen_database(db_path)
    state = CliState(path)
    if why != "default" and sys.stderr.isatty():  # a person at a terminal is told which file
        from quoteapp.cli.output import printable

        click.echo(printable(f"quoteapp: database {path} ({why})"), err=True)
    ctx.obj = state
    ctx.call_on_close(state.close)


def _print_version(ctx: click.Context) -> None:
    """quoteapp's version, and the default pipeline's with its hash check (exit 1 if it
    fails: extraction would run on a model other than the one measured)."""
    from importlib.metadata import version

    from quoteapp.provenance import check_package

    check = check_package()
    click.echo(f"quoteapp {version('quoteapp')}")
    click.echo(check.line())
    ctx.exit(0 if check.ok else 1)


def main() -> None:
    start_logging("quoteapp " + " ".join(sys.argv[1:2]))
    cli(prog_name="quoteapp")
