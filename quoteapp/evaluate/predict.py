"""Run an extractor over gold articles and write the prediction format of EVAL.md."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteapp.errors import ExtractionFailed
from quoteapp.evaluate.gold import GoldArticle, ScoredQuote
from quoteapp.files import writing
from quoteapp.model import ExtractedQuote, Span

if TYPE_CHECKING:
    from spacy.language import Language

    from quoteapp.extract.pieces import Extraction


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def prediction_record(article_id: str, quotes: Iterable[ExtractedQuote]) -> dict[str, Any]:
    return {
        "id": article_id,
        "quotes": [
            {
                "content": _pair(q.content),
                "content_parts": [_pair(p) for p in q.parts],
                "kind": str(q.kind),
                "speaker": q.speaker,
                "speaker_span": _pair(q.mention),
                "cue": _pair(q.cue),
                "confidence": round(q.confidence, 3),
            }
            for q in quotes
        ],
    }


def as_scored(quote: ExtractedQuote) -> ScoredQuote:
    return ScoredQuote(
        quote.parts,
        str(quote.kind),
        quote.speaker,
        quote.mention,
        quote.cue,
        confidence=round(quote.confidence, 3),
    )


def extract_gold_articles(
    nlp: Language,
    articles: Sequence[GoldArticle],
    extractor: Callable[..., list[ExtractedQuote]] | None = None,
    on_article: Callable[[int, int], None] | None = None,
) -> dict[str, list[ExtractedQuote]]:
    """Our extraction (or `extractor`) of every gold article's text, by article id."""
    if extractor is None:
        from quoteapp.extract.pieces import extract_texts

        found = extract_texts(nlp, (a.text for a in articles))
        quotes = {}
        for done, (article, extraction) in enumerate(zip(articles, found, strict=True), 1):
            quotes[article.id] = _quotes_of(article, extraction)
            if on_article is not None:
                on_article(done, len(articles))
        return quotes
    docs = nlp.pipe(a.text for a in articles)
    return {a.id: extractor(doc) for a, doc in zip(articles, docs, strict=True)}


def _quotes_of(article: GoldArticle, extraction: Extraction) -> list[ExtractedQuote]:
    if extraction.error is not None:
        raise ExtractionFailed(f"article {article.id}: extraction failed: {extraction.error}")
    return extraction.quotes


def write_predictions(path: Path, found: dict[str, list[ExtractedQuote]]) -> None:
    with writing(path, encoding="utf-8") as handle:
        for article_id, quotes in found.items():
            handle.write(
                json.dumps(prediction_record(article_id, quotes), ensure_ascii=False) + "\n"
            )
