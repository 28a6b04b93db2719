"""`quoteapp extract` and `quoteapp quotes`."""

from __future__ import annotations

import sys

import click

from quoteapp.cli.output import FORMATS, ID, PIPELINE_OPTION, printable, write_rows


@click.command()
@click.argument("article_ids", nargs=-1, type=ID)
@click.option("--all", "everything", is_flag=True, help="Re-extract every article.")
@PIPELINE_OPTION
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Parse in this many processes (worth it for many articles).",
)
@click.pass_obj
def extract(
    state, article_ids: tuple[int, ...], everything: bool, pipeline: str | None, processes: int
) -> None:
    """Find the quotes in articles (by default, those never extracted).

    Re-extracting keeps every quote a person accepted, rejected, edited or
    added; only untouched automatic quotes are replaced.
    """
    from quoteapp.workflow import extract_articles

    if pipeline is not None:
        from quoteapp.nlp import require_installed

        require_installed(pipeline)  # said now, not after the articles were chosen
    store = state.store()
    if everything:
        ids = [a.id for a in store.articles() if not a.gold]
    else:
        ids = list(article_ids) or store.articles_to_extract()
    for article_id in ids:
        store.article(article_id)  # an unknown id fails before the slow part starts
    gold = sorted(set(ids) & store.gold_articles())
    if gold:
        raise click.ClickException(
            f"article {gold[0]} is gold data (imported with import-gold): its quotes are the "
            "reference and are never extracted; score the extractor on it with quoteapp eval"
        )
    if not ids:
        click.echo("nothing to extract: every article has been extracted (use --all to redo)")
        return
    failed: list[tuple[int, str]] = []
    other_languages: list[tuple[int, str]] = []

    def in_other_language(article_id: int, language: str) -> None:
        other_languages.append((article_id, language))

    if sys.stderr.isatty():
        with click.progressbar(length=len(ids), label="extracting", file=sys.stderr) as bar:

            def skipped(article_id: int, reason: str) -> None:
                failed.append((article_id, reason))
                bar.update(1)

            outcomes = extract_articles(
                store,
                ids,
                pipeline,
                on_article=lambda *_: bar.update(1),
                processes=processes,
                on_failure=skipped,
                on_language=in_other_language,
            )
    else:
        outcomes = extract_articles(
            store,
            ids,
            pipeline,
            processes=processes,
            on_failure=lambda article_id, reason: failed.append((article_id, reason)),
            on_language=in_other_language,
        )
    for article_id, reason in failed:
        click.echo(
            printable(f"article {article_id} skipped, extraction failed: {reason}"), err=True
        )
    for article_id, language in other_languages:
        click.echo(
            f"article {article_id} reads as {language}, not English: no quotes looked for "
            "(quoteapp reads English text only)",
            err=True,
        )
    added = sum(o.added for o in outcomes.values())
    kept = sum(o.kept for o in outcomes.values())
    click.echo(
        f"extracted {len(outcomes)} article(s): {added} quote(s) found, {kept} reviewed kept"
        + (f"; {len(failed)} failed (see above)" if failed else "")
    )
    if failed:
        sys.exit(1)


@click.command("quotes")
@click.option("--article", "article_id", type=ID, help="Only this article's quotes.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def list_quotes(state, article_id: int | None, fmt: str) -> None:
    """List quotes with their kind, speaker, cue, offsets and review status."""
    from quoteapp.export import Selection, quote_records

    store = state.store()
    if article_id is not None:
        store.article(article_id)
    records = quote_records(store, Selection(article_ids=(article_id,) if article_id else ()))
    columns = ["quote_id", "article_id", "kind", "status", "speaker", "quote"]
    write_rows(records, fmt, columns)


def register(group: click.Group) -> None:
    group.add_command(extract)
    group.add_command(list_quotes)
