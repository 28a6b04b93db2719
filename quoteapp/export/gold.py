"""Reviewed quotes as gold data (the format of EVAL.md), and gold data into the store."""

from __future__ import annotations

import json
from pathlib import Path

from quoteapp.evaluate.gold import ScoredQuote, read_gold
from quoteapp.export.tables import ExportError
from quoteapp.files import writing
from quoteapp.ingest.article import content_hash, guess_title, now
from quoteapp.model import Article, ExtractedQuote, Kind, Quote, Span, Status
from quoteapp.store import Store


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def gold_quote(quote: Quote, aliases: list[str]) -> dict[str, object]:
    return {
        "content": _pair(quote.content),
        "content_parts": [_pair(p) for p in quote.parts],
        "kind": str(quote.kind),
        "speaker": quote.speaker,
        "speaker_span": _pair(quote.mention),
        "cue": _pair(quote.cue),
        "aliases": aliases,
    }


def export_gold(store: Store, path: Path, article_ids: tuple[int, ...] = ()) -> int:
    """Every reviewed article with its accepted quotes; rejected ones are left out."""
    speakers = store.speakers()
    written = 0
    with writing(path, ExportError, encoding="utf-8") as handle:
        for summary in store.articles():
            if article_ids and summary.id not in article_ids:
                continue
            quotes = store.quotes(summary.id)
            if not any(q.status is not Status.PENDING for q in quotes):
                continue  # nobody reviewed this article: it is no gold
            article = store.article(summary.id)
            accepted = [q for q in quotes if q.status is Status.ACCEPTED]
            record = {
                "id": article.external_id or str(article.id),
                "text": article.text,
                "quotes": [gold_quote(q, speakers.get(q.speaker or "", [])) for q in accepted],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def import_gold(store: Store, path: Path, who: str | None = None) -> tuple[int, int]:
    """Load a gold file's articles and quotes as reviewed; return (articles, quotes) added."""
    articles = quotes = 0
    for gold in read_gold(path):
        article = Article(
            title=guess_title(gold.text, f"{path.name}#{gold.id}"),
            source=f"{path.name}#{gold.id}",
            text=gold.text,  # unchanged: the gold offsets point into it
            content_hash=content_hash(gold.text),
            added_at=now(),
            external_id=gold.id,
        )
        stored, created = store.add_article(article)
        articles += created
        assert stored.id is not None
        if created:
            store.mark_gold(stored.id)
        reviewed = [_as_extracted(q) for q in gold.quotes if not q.optional]
        quotes += store.import_reviewed(stored.id, reviewed, who)
    return articles, quotes


def _as_extracted(quote: ScoredQuote) -> ExtractedQuote:
    return ExtractedQuote(
        parts=quote.parts,
        kind=Kind(quote.kind),
        cue=quote.cue,
        mention=quote.speaker_span,
        speaker=quote.speaker,
        speaker_aliases=quote.aliases or (),
        confidence=1.0,
    )


def matching_articles(store: Store, texts: dict[str, str]) -> dict[str, int]:
    """Gold article id -> the stored article with the same text."""
    wanted = {content_hash(text): gold_id for gold_id, text in texts.items()}
    return {
        wanted[row["content_hash"]]: row["id"]
        for row in store.article_hashes()
        if row["content_hash"] in wanted
    }


def database_predictions(store: Store, texts: dict[str, str]) -> dict[str, tuple[ScoredQuote, ...]]:
    """The database's current quotes (all but rejected) for each gold article, by gold id."""
    return {
        gold_id: tuple(
            ScoredQuote(q.parts, str(q.kind), q.speaker, q.mention, q.cue)
            for q in store.quotes(article_id)
            if q.status is not Status.REJECTED
        )
        for gold_id, article_id in matching_articles(store, texts).items()
    }
