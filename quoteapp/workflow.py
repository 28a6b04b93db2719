"""The operations a user asks for, shared by the CLI and the app: add sources, extract."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from quoteapp.ingest import Skipped, read_sources
from quoteapp.model import Article
from quoteapp.store import ExtractionOutcome, Store


@dataclass
class AddReport:
    added: list[Article] = field(default_factory=list)
    already_there: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def add_sources(store: Store, sources: Iterable[str], stdin: BinaryIO | None = None) -> AddReport:
    """Read every source and store its articles; each is saved as soon as it is read."""
    loaded = read_sources(sources, stdin=stdin)
    report = AddReport(skipped=loaded.skipped)
    for article in loaded.articles:
        stored, created = store.add_article(article)
        (report.added if created else report.already_there).append(stored)
    return report


def extract_articles(
    store: Store,
    article_ids: Sequence[int],
    pipeline: str | None = None,
    on_article: Callable[[int, ExtractionOutcome], None] | None = None,
) -> dict[int, ExtractionOutcome]:
    """Run extraction over the articles, saving each before the next one starts."""
    from quoteapp.extract import RULES_VERSION, extract_quotes
    from quoteapp.nlp import DEFAULT_PIPELINE, load_pipeline, pipeline_version

    articles = [store.article(article_id) for article_id in article_ids]
    nlp = load_pipeline(pipeline or DEFAULT_PIPELINE)
    run = store.start_run(pipeline or DEFAULT_PIPELINE, pipeline_version(nlp), RULES_VERSION)
    outcomes = {}
    docs = nlp.pipe(article.text for article in articles)
    for article, doc in zip(articles, docs, strict=True):
        assert article.id is not None
        outcome = store.save_extraction(article.id, run, extract_quotes(doc))
        outcomes[article.id] = outcome
        if on_article is not None:
            on_article(article.id, outcome)
    return outcomes
