"""`quoteapp add` and `quoteapp articles`."""

from __future__ import annotations

import sys

import click

from quoteapp.cli.output import FORMATS, printable, write_rows


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.pass_obj
def add(state, sources: tuple[str, ...]) -> None:
    """Add articles from files, folders, URLs, or - for standard input.

    Reads .txt (any encoding), .md and .html files, and http(s) pages; the
    same text added twice is kept once. Unreadable sources are reported and
    the rest still load.
    """
    from quoteapp.ingest.url import is_url, shown
    from quoteapp.workflow import add_sources

    report = add_sources(state.store(), sources, stdin=sys.stdin.buffer)
    for article in report.added:
        click.echo(printable(f"added {article.id}: {article.title}"))
    for article in report.already_there:
        click.echo(printable(f"already there {article.id}: {article.title}"))
    for skipped in report.skipped:
        prefix = "skipped: " if skipped.source in skipped.reason else f"skipped {skipped.source}: "
        click.echo(printable(prefix + skipped.reason), err=True)
    for warning in report.warnings:
        click.echo(printable(f"look again at {warning.source}: {warning.reason}"), err=True)
    failed = {s.source for s in report.skipped} & {shown(s) if is_url(s) else s for s in sources}
    if failed or not (report.added or report.already_there):
        raise SystemExit(1)


@click.command("check")
@click.pass_obj
def check(state) -> None:
    """Check the whole database: SQLite's integrity, references, and every row's values.

    Opening a database already runs a quick check and refuses a damaged file; this
    reads everything. Exit status 1 when there is a problem.
    """
    store = state.store()
    problems = store.check()
    store.damaged = []  # listed here, not again as warnings
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(f"{store.path}: {len(problems)} problem(s)", err=True)
        raise SystemExit(1)
    click.echo(f"{store.path}: ok")


@click.command("articles")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def list_articles(state, fmt: str) -> None:
    """List the articles with their quote and review counts."""
    rows = [
        {
            "id": a.id,
            "quotes": a.quotes,
            "reviewed": a.reviewed,
            "extracted": "yes" if a.extracted else "no",
            "added": a.added_at,
            "title": a.title,
            "source": a.source,
        }
        for a in state.store().articles()
    ]
    columns = ["id", "quotes", "reviewed", "extracted", "title"]
    write_rows(rows, fmt, columns)


def register(group: click.Group) -> None:
    group.add_command(add)
    group.add_command(list_articles)
    group.add_command(check)
