"""One flat record per quote, with every field an editor or analyst asks for."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from quoteapp.model import Article, ExtractedQuote, Quote, Span
from quoteapp.store import Store

COLUMNS = (
    "quote_id",
    "article_id",
    "article_title",
    "source",
    "byline",
    "added_at",
    "quote",
    "kind",
    "speaker",
    "mention",
    "speaker_evidence",
    "cue",
    "sentence",
    "start",
    "end",
    "parts",
    "confidence",
    "status",
    "origin",
    "changed_by",
    "changed_at",
)
STATUSES = ("accepted", "pending", "rejected", "all")
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s+")


@dataclass(frozen=True)
class Selection:
    """Which quotes to export; empty tuples mean all."""

    status: str = "all"
    article_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()

    def wants(self, quote: Quote) -> bool:
        return (
            (self.status == "all" or str(quote.status) == self.status)
            and (not self.kinds or str(quote.kind) in self.kinds)
            and (
                not self.speakers
                or (quote.speaker or "").lower() in {s.lower() for s in self.speakers}
            )
        )


def sentence_around(text: str, span: Span) -> str:
    """The sentence (or sentences) holding a span, within its paragraph."""
    para_start = text.rfind("\n", 0, span.start) + 1
    para_end = text.find("\n", span.end)
    para_end = len(text) if para_end < 0 else para_end
    start = para_start
    for match in _SENTENCE_END.finditer(text, para_start, span.start):
        start = match.end()
    end_match = _SENTENCE_END.search(text, span.end, para_end)
    end = end_match.end() if end_match else para_end
    return " ".join(text[start:end].split())


def selected(store: Store, selection: Selection) -> Iterable[tuple[Article, list[Quote]]]:
    """Articles with their chosen quotes, in article order; articles with none left out."""
    wanted_ids = set(selection.article_ids)
    for article_id in [a.id for a in store.articles()]:
        if wanted_ids and article_id not in wanted_ids:
            continue
        quotes = [q for q in store.quotes(article_id) if selection.wants(q)]
        if quotes:
            yield store.article(article_id), quotes


def said_fields(text: str, quote: Quote | ExtractedQuote) -> dict[str, Any]:
    """What a quote says and who said it, as words of the article: the columns a stored
    quote and a batch run's quote share."""
    return {
        "quote": quote.text(text),
        "kind": str(quote.kind),
        "speaker": quote.speaker,
        "mention": quote.mention.of(text) if quote.mention else None,
        "speaker_evidence": quote.evidence or None,
        "cue": quote.cue.of(text) if quote.cue else None,
        "sentence": sentence_around(text, quote.content),
        "start": quote.content.start,
        "end": quote.content.end,
    }


def quote_record(article: Article, quote: Quote) -> dict[str, Any]:
    return {
        "quote_id": quote.id,
        "article_id": article.id,
        "article_title": article.title,
        "source": article.source,
        "byline": article.byline,
        "added_at": article.added_at,
        **said_fields(article.text, quote),
        "parts": [[p.start, p.end] for p in quote.parts],
        "confidence": quote.confidence,
        "status": str(quote.status),
        "origin": str(quote.origin),
        "changed_by": quote.updated_by,
        "changed_at": quote.updated_at,
    }


def quote_records(store: Store, selection: Selection = Selection()) -> list[dict[str, Any]]:
    return [quote_record(a, q) for a, quotes in selected(store, selection) for q in quotes]


def ensure_known_articles(store: Store, article_ids: Sequence[int]) -> None:
    for article_id in article_ids:
        store.article(article_id)
