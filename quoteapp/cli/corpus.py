"""`quoteapp speakers`, `quoteapp search` and `quoteapp stats`: the corpus, not one article."""

from __future__ import annotations

import click

from quoteapp.cli.output import FORMATS, ID, write_rows
from quoteapp.model import Kind, SpeakerKind, Status

WHO_OPTION = click.option(
    "--who",
    envvar="QUOTEAPP_REVIEWER",
    help="Your name in the audit trail (default: QUOTEAPP_REVIEWER, then your login).",
)


@click.group("speakers", invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "--min-quotes", type=click.IntRange(0), default=1, show_default=True, help="Fewer: not listed."
)
@click.pass_context
def speakers(ctx: click.Context, fmt: str, min_quotes: int) -> None:
    """List speakers, most quoted first, or merge and rename them.

    A speaker is one person, organisation or unnamed source however the
    articles write the name; its aliases are the other names that mean it.
    """
    if ctx.invoked_subcommand is not None:
        return
    rows = [
        {
            "speaker": s.name,
            "kind": str(s.kind),
            "quotes": s.quotes,
            "accepted": s.accepted,
            "rejected": s.rejected,
            "articles": s.articles,
            "note": s.note,
            "aliases": "; ".join(s.aliases) if fmt != "jsonl" else list(s.aliases),
        }
        for s in ctx.obj.store().speaker_list(min_quotes)
    ]
    write_rows(rows, fmt, ["speaker", "kind", "quotes", "accepted", "articles", "aliases"])


@speakers.command("merge")
@click.argument("source", metavar="FROM")
@click.argument("target", metavar="INTO")
@WHO_OPTION
@click.pass_obj
def merge(state, source: str, target: str, who: str | None) -> None:
    """FROM's quotes and names move to INTO, which keeps its name.

    Later extraction resolves FROM's names to INTO. Undo it in the app (or
    with `quoteapp undo EDIT`, the edit printed here).
    """
    store = state.store()
    moving = store.speaker(source)
    edit = store.merge_speakers(source, target, who)
    kept = store.speaker(target)
    click.echo(
        f"merged {moving.name} into {kept.name}: {moving.quotes} quote(s) moved, "
        f"{kept.quotes} now (edit {edit})"
    )


@speakers.command("rename")
@click.argument("name")
@click.argument("new_name", metavar="NEW")
@WHO_OPTION
@click.pass_obj
def rename(state, name: str, new_name: str, who: str | None) -> None:
    """Give a speaker another name; the old name still finds it."""
    store = state.store()
    old = store.speaker(name).name
    edit = store.rename_speaker(name, new_name, who)
    click.echo(f"renamed {old} to {store.speaker(new_name).name} (edit {edit})")


@speakers.command("kind")
@click.argument("name")
@click.argument("kind", type=click.Choice([str(k) for k in SpeakerKind]))
@WHO_OPTION
@click.pass_obj
def set_kind(state, name: str, kind: str, who: str | None) -> None:
    """Say whether a speaker is a person, an organisation or an unnamed source."""
    store = state.store()
    store.set_speaker_kind(name, kind, who)
    click.echo(f"{store.speaker(name).name} is now a(n) {kind}")


@click.command("undo")
@click.argument("edit_id", type=ID)
@WHO_OPTION
@click.pass_obj
def undo(state, edit_id: int, who: str | None) -> None:
    """Undo an edit by its number (see `quoteapp history`): a change of its own."""
    new = state.store().revert_edit(edit_id, who)
    click.echo(f"undid edit {edit_id}" + (f" (edit {new})" if new else ": nothing to put back"))


@click.command("search")
@click.argument("query", default="")
@click.option("--speaker", help="Only this speaker's quotes (any of its names).")
@click.option("--kind", type=click.Choice([str(k) for k in Kind]))
@click.option("--status", type=click.Choice([str(s) for s in Status]))
@click.option("--article", "article_id", type=ID, help="Only this article's quotes.")
@click.option("--added-from", metavar="YYYY-MM-DD", help="Articles added on or after this day.")
@click.option("--added-to", metavar="YYYY-MM-DD", help="Articles added on or before this day.")
@click.option("--min-confidence", type=click.FloatRange(0, 1))
@click.option("--max-confidence", type=click.FloatRange(0, 1))
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def search(
    state,
    query: str,
    speaker: str | None,
    kind: str | None,
    status: str | None,
    article_id: int | None,
    added_from: str | None,
    added_to: str | None,
    min_confidence: float | None,
    max_confidence: float | None,
    limit: int,
    fmt: str,
) -> None:
    """Search every quote's words, speaker, cue and article title.

    Every word must occur, as a word or its beginning ("declin" finds
    "declined"); "a phrase" in quotes must occur as written; speaker:,
    quote:, cue: or title: before a word looks only there. Best match first.
    """
    from quoteapp.store import Filters

    for day in (added_from, added_to):
        _check_day(day)
    filters = Filters(
        speaker,
        kind,
        status,
        article_id,
        added_from,
        added_to,
        min_confidence,
        max_confidence,
    )
    store = state.store()
    rows = []
    for hit in store.search(query, filters, limit):
        quote = hit.quote
        rows.append(
            {
                "quote_id": quote.id,
                "article_id": quote.article_id,
                "article": hit.article_title,
                "kind": str(quote.kind),
                "status": str(quote.status),
                "confidence": round(quote.confidence, 3),
                "speaker": quote.speaker,
                "quote": quote.text(store.article(quote.article_id).text),
            }
        )
    write_rows(rows, fmt, ["quote_id", "article_id", "kind", "status", "speaker", "quote"])


def _check_day(day: str | None) -> None:
    import datetime

    if day is None:
        return
    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        raise click.BadParameter(f"{day!r} is not a day: write it as YYYY-MM-DD") from None


@click.command("stats")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_obj
def stats(state, top: int, fmt: str) -> None:
    """The numbers the app charts: quotes per speaker and per article, by kind and status,
    reviewed over time (a running total) and speakers by kind."""
    rows = [
        {"table": table, "label": label, "count": count}
        for table, pairs in state.store().statistics(top).items()
        for label, count in pairs
    ]
    write_rows(rows, fmt, ["table", "count", "label"])


def register(group: click.Group) -> None:
    group.add_command(speakers)
    group.add_command(search)
    group.add_command(stats)
    group.add_command(undo)
