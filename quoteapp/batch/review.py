"""`quoteapp batch import`: a slice of a batch run brought into a review database.

Articles are added by their text (one article once, whatever run or slice brought it),
and their quotes saved as one extraction run of the batch's pipeline and rules, which
never touches a quote a person has reviewed. A sample is drawn with a fixed seed, so
the same command gives a team the same articles.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quoteapp.batch.run import BatchError
from quoteapp.model import ExtractedQuote, Kind, Span
from quoteapp.store import Store


@dataclass
class Imported:
    articles: int = 0  # new to the database
    already_there: int = 0
    quotes: int = 0
    kept: int = 0  # reviewed quotes left as a person left them


def import_slice(
    out: Path,
    store: Store,
    speakers: tuple[str, ...] = (),
    sample: int | None = None,
    where: tuple[str, ...] = (),
    seed: int = 0,
) -> Imported:
    """Bring the chosen articles of a batch run, with their quotes, into `store`."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    if not (out / "articles").is_dir():
        raise BatchError(f"{out} holds no batch results: run 'quoteapp batch extract' first")
    articles = ds.dataset(out / "articles", format="parquet")
    quotes = ds.dataset(out / "quotes", format="parquet")
    condition = None
    for clause in where:
        column, _, value = clause.partition("=")
        if not value or column not in articles.schema.names:
            raise BatchError(
                f"--where {clause!r}: give COLUMN=VALUE with a column of "
                f"{', '.join(articles.schema.names)}"
            )
        test = pc.field(column) == value
        condition = test if condition is None else condition & test
    ids = articles.to_table(columns=["article_id"], filter=condition).column(0).to_pylist()
    if speakers:
        said = quotes.to_table(
            columns=["article_id"], filter=pc.field("speaker").isin(list(speakers))
        )
        wanted = set(said.column(0).to_pylist())
        ids = [i for i in ids if i in wanted]
    ids = sorted(set(ids))
    if sample is not None and sample < len(ids):
        ids = sorted(random.Random(seed).sample(ids, sample))
    chosen = articles.to_table(filter=pc.field("article_id").isin(ids)).to_pylist()
    rows = quotes.to_table(filter=pc.field("article_id").isin(ids)).to_pylist()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(row)
    return _store(store, chosen, by_article)


def _store(
    store: Store, chosen: list[dict[str, Any]], quotes: dict[str, list[dict[str, Any]]]
) -> Imported:
    from quoteapp.ingest.article import new_article

    result = Imported()
    runs: dict[tuple[str, str, str], Any] = {}
    for row in sorted(chosen, key=lambda r: r["article_id"]):
        article = new_article(
            row["text"], row["url"] or row["article_id"], row["title"], row.get("byline")
        )
        stored, created = store.add_article(article)
        assert stored.id is not None
        if created:
            result.articles += 1
        else:
            result.already_there += 1
        identity = (row["pipeline"], row["pipeline_version"], row["rules_version"])
        if identity not in runs:
            runs[identity] = store.start_run(*identity)
        extracted = [_quote(q) for q in quotes.get(row["article_id"], [])]
        outcome = store.save_extraction(stored.id, runs[identity], extracted)
        result.quotes += outcome.added
        result.kept += outcome.kept
    return result


def _quote(row: dict[str, Any]) -> ExtractedQuote:
    def span(start: int | None, end: int | None) -> Span | None:
        return None if start is None or end is None else Span(start, end)

    return ExtractedQuote(
        parts=tuple(Span(s, e) for s, e in json.loads(row["parts"])),
        kind=Kind(row["kind"]),
        cue=span(row["cue_start"], row["cue_end"]),
        mention=span(row["mention_start"], row["mention_end"]),
        speaker=row["speaker"],
        speaker_aliases=tuple(row["speaker_aliases"] or ()),
        confidence=row["confidence"],
        evidence=row["speaker_evidence"] or "",
    )
