"""`quoteapp export`, `quoteapp import-gold` and `quoteapp history`."""

from __future__ import annotations

from pathlib import Path

import click

from quoteapp.cli.output import FORMATS, ID, write_rows
from quoteapp.files import writing
from quoteapp.model import Kind

EXPORT_FORMATS = ("csv", "xlsx", "jsonl", "gold")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="File to write.",
)
@click.option(
    "--status",
    type=click.Choice(("accepted", "pending", "rejected", "all")),
    default="all",
    show_default=True,
    help="Only quotes with this review status.",
)
@click.option(
    "--article", "article_ids", type=ID, multiple=True, help="Only this article (repeatable)."
)
@click.option(
    "--kind",
    "kinds",
    type=click.Choice([str(k) for k in Kind]),
    multiple=True,
    help="Only this kind of quote (repeatable).",
)
@click.option("--speaker", "speakers", multiple=True, help="Only this speaker (repeatable).")
@click.pass_obj
def export(
    state,
    fmt: str,
    output: Path,
    status: str,
    article_ids: tuple[int, ...],
    kinds: tuple[str, ...],
    speakers: tuple[str, ...],
) -> None:
    """Write quotes to a CSV, XLSX or JSONL table, or reviewed quotes as gold data.

    Tables have one row per quote: article, source, date added, the quote (split
    quotes joined with " … "), kind, speaker, mention, cue, the sentence around
    it, offsets, confidence, status, origin, and who changed it last and when.
    `gold` writes accepted and human-added quotes of reviewed articles in the
    format `quoteapp eval` reads; rejected quotes are left out.
    """
    from quoteapp.export import Selection, export_gold, quote_records, write_table
    from quoteapp.export.records import ensure_known_articles

    store = state.store()
    ensure_known_articles(store, article_ids)
    if fmt == "gold":
        count = export_gold(store, output, article_ids)
        click.echo(f"wrote {count} reviewed article(s) to {output}")
        return
    records = quote_records(store, Selection(status, article_ids, kinds, speakers))
    write_table(output, fmt, records, store.speaker_list(), store.articles())
    click.echo(f"wrote {len(records)} quote(s) to {output}")


@click.command("import-gold")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def import_gold_command(state, gold: Path) -> None:
    """Load a gold file's articles and quotes as reviewed quotes (to browse them in the app)."""
    from quoteapp.export import import_gold

    articles, quotes = import_gold(state.store(), gold)
    click.echo(f"imported {articles} new article(s) and {quotes} reviewed quote(s) from {gold}")


@click.command("history")
@click.option("--quote", "quote_id", type=ID, help="Only this quote's history.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of the screen.",
)
@click.pass_obj
def history(state, quote_id: int | None, fmt: str, output: Path | None) -> None:
    """The audit trail: every change to every quote, who made it and when.

    An undo is a change of its own, marked with the change it reverts.
    """

    store = state.store()
    if quote_id is not None:
        store.quote(quote_id)
    rows = [
        {
            "id": c.id,
            "edit": c.edit_id,
            "at": c.at,
            "who": c.who,
            "quote": c.quote_id,
            "field": c.field,
            "old": _plain(c.old_value),
            "new": _plain(c.new_value),
            "reverts": c.reverts,
        }
        for c in store.corrections(quote_id=quote_id)
    ]
    columns = ["id", "at", "who", "quote", "field", "old", "new", "reverts"]
    if output is None:
        write_rows(rows, fmt, columns)
        return
    with writing(output, encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as handle:
        write_rows(rows, fmt, columns, handle)
    click.echo(f"wrote {len(rows)} change(s) to {output}")


def _plain(value: object) -> str:
    import json

    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def register(group: click.Group) -> None:
    group.add_command(export)
    group.add_command(import_gold_command)
    group.add_command(history)
