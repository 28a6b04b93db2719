"""Evaluation against gold data: the metric of EVAL.md, predictions and baselines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from quoteapp.evaluate.gold import GoldArticle, ScoredQuote, read_gold, read_predictions
from quoteapp.evaluate.metric import GroupCounts, score
from quoteapp.evaluate.predict import as_scored, prediction_record, write_predictions

__all__ = [
    "GoldArticle",
    "GroupCounts",
    "ScoredQuote",
    "as_scored",
    "evaluate_extractor",
    "prediction_record",
    "read_gold",
    "read_predictions",
    "score",
    "write_predictions",
]


def evaluate_extractor(
    gold_path: Path,
    pipeline: str | None = None,
    save_predictions: Path | None = None,
    baseline: str | None = None,
    on_article: Callable[[int, int], None] | None = None,
) -> tuple[list[GoldArticle], dict[str, dict[str, GroupCounts]]]:
    """Extract every gold article with our engine (and a baseline) and score both;
    `on_article(done, total)` follows the extraction (the app's progress bar)."""
    from quoteapp.evaluate.predict import extract_gold_articles
    from quoteapp.extract.pipeline import extraction_pipeline
    from quoteapp.nlp import DEFAULT_PIPELINE

    if baseline == "textacy":
        from quoteapp.evaluate.baseline import require_textacy

        require_textacy()
    articles = read_gold(gold_path)
    nlp = extraction_pipeline(pipeline or DEFAULT_PIPELINE)
    found = extract_gold_articles(nlp, articles, on_article=on_article)
    if save_predictions is not None:
        write_predictions(save_predictions, found)
    results = {"quoteapp": score(articles, _scored(found))}
    if baseline == "textacy":
        from quoteapp.evaluate.baseline import textacy_quotes

        theirs = {a.id: textacy_quotes(nlp, a.text) for a in articles}
        results["textacy"] = score(articles, _scored(theirs, confident=False))
    return articles, results


def _scored(found: dict, confident: bool = True) -> dict[str, tuple[ScoredQuote, ...]]:
    """The metric's view of extracted quotes; a baseline that states no confidence gets none."""
    return {
        article_id: tuple(
            as_scored(q) if confident else replace(as_scored(q), confidence=None) for q in quotes
        )
        for article_id, quotes in found.items()
    }
