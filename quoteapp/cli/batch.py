"""`quoteapp batch`: extraction over archives on a Dask cluster, and review of its results."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quoteapp.cli.output import FORMATS, PIPELINE_OPTION, printable, write_rows


@click.group("batch")
def batch() -> None:
    """Extract whole archives on a Dask cluster, into Parquet, and review slices of them."""


@batch.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the run's Parquet files (run again to resume).",
)
@click.option("--scheduler", help="Address of a running Dask scheduler (default: a local cluster).")
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=2,
    show_default=True,
    help="Worker processes of the local cluster.",
)
@PIPELINE_OPTION
@click.option(
    "--partition-size",
    type=click.IntRange(1, 1_000_000),
    default=200,
    show_default=True,
    help="Articles per partition (one task, one pair of Parquet files).",
)
def batch_extract(
    inputs: tuple[Path, ...],
    out: Path,
    scheduler: str | None,
    workers: int,
    pipeline: str | None,
    partition_size: int,
) -> None:
    """Extract JSONL, Parquet or WARC files (gzipped too) and folders into OUT_DIR.

    Each partition of articles becomes Parquet files of articles and quotes, written
    atomically; an interrupted run started again skips the finished partitions. Bad
    records are counted and logged with their reason and never stop the run.
    """
    from quoteapp.evaluate.extras import require
    from quoteapp.nlp import DEFAULT_PIPELINE, require_installed

    for module in ("distributed", "pyarrow", "warcio"):
        require(module, "batch", "quoteapp batch")
    from quoteapp.batch import extract

    name = pipeline or DEFAULT_PIPELINE
    require_installed(name)
    bar = None

    def started(todo: int, dashboard: str | None) -> None:
        nonlocal bar
        click.echo(f"dashboard: {dashboard}", err=True)
        if sys.stderr.isatty():
            bar = click.progressbar(length=todo, label="partitions", file=sys.stderr)
            bar.__enter__()

    def finished(result: dict) -> None:
        if bar is not None:
            bar.update(1)

    try:
        summary = extract(
            list(inputs), out, name, partition_size, scheduler, workers, finished, started
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for failure in summary.failures[:20]:
        click.echo(printable(f"failed {failure['id']}: {failure['reason']}"), err=True)
    if len(summary.failures) > 20:
        click.echo(f"... and {len(summary.failures) - 20} more failures", err=True)
    click.echo(
        f"{summary.articles} article(s), {summary.quotes} quote(s), "
        f"{len(summary.failures)} failure(s) in {summary.seconds:.1f} s "
        f"({summary.rate:.1f} articles/s); {summary.skipped} of {summary.partitions} "
        f"partitions were done already"
    )


@batch.command("import")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Review database (default: the one of 'quoteapp --db').",
)
@click.option("--speaker", "speakers", multiple=True, help="Only articles quoting this speaker.")
@click.option(
    "--sample", type=click.IntRange(1), help="At most this many articles, drawn at random."
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the sample.")
@click.option(
    "--where", "where", multiple=True, help="COLUMN=VALUE on articles, e.g. outlet=bbc.co.uk."
)
@click.pass_obj
def batch_import(state, out: Path, db_path: Path | None, speakers, sample, seed, where) -> None:
    """Bring a slice of a batch run into a review database.

    An article already there is not added twice, and no quote a person reviewed
    is touched.
    """
    from quoteapp.batch.review import import_slice
    from quoteapp.store import Store

    if db_path is not None:
        with Store(db_path) as store:
            result = import_slice(out, store, tuple(speakers), sample, tuple(where), seed)
    else:
        result = import_slice(out, state.store(), tuple(speakers), sample, tuple(where), seed)
    click.echo(
        f"{result.articles} article(s) added, {result.already_there} already there; "
        f"{result.quotes} quote(s) added, {result.kept} reviewed quote(s) kept"
    )


@batch.command("stats")
@click.argument("out", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--by", type=click.Choice(["speaker", "outlet", "kind"]), default="speaker", show_default=True
)
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def batch_stats(out: Path, by: str, top: int, fmt: str) -> None:
    """Quotes per speaker, outlet (the URL's host) or kind in a batch run."""
    from quoteapp.batch.stats import quote_counts, totals

    counts = quote_counts(out, by, top)
    write_rows(counts, fmt, [by, "quotes"])
    if fmt == "table":
        total = totals(out)
        click.echo(f"{total['articles']} article(s), {total['quotes']} quote(s) in all")


def register(group: click.Group) -> None:
    group.add_command(batch)
