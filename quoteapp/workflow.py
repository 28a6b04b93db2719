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
    warnings: list[Skipped] = field(default_factory=list)  # stored, worth a second look


def add_sources(store: Store, sources: Iterable[str], stdin: BinaryIO | None = None) -> AddReport:
    """Read every source and store its articles; each is saved as soon as it is read."""
    loaded = read_sources(sources, stdin=stdin)
    report = store_articles(store, loaded.articles)
    report.skipped = loaded.skipped
    report.warnings = loaded.warnings
    return report


def store_articles(store: Store, articles: Iterable[Article]) -> AddReport:
    """Store articles read elsewhere (the app reads in the background); the same text
    twice is kept once."""
    report = AddReport()
    for article in articles:
        stored, created = store.add_article(article)
        (report.added if created else report.already_there).append(stored)
    return report


def extract_articles(
    store: Store,
    article_ids: Sequence[int],
    pipeline: str | None = None,
    on_article: Callable[[int, ExtractionOutcome], None] | None = None,
    processes: int = 1,
    on_failure: Callable[[int, str], None] | None = None,
    on_language: Callable[[int, str], None] | None = None,
) -> dict[int, ExtractionOutcome]:
    """Run extraction over the articles, saving each as soon as its quotes are known.

    An article that reads as another language than English is saved with no quotes
    and passed to `on_language` with the language's name.

    With several processes the texts are parsed in parallel by one pool of
    workers; the database is written only from this process. An article that
    fails is passed to `on_failure` with the reason, left unextracted, and the
    others go on; the run is recorded only once an article is saved. Each article is
    claimed first: one another window or process is extracting is left to it.
    """
    from quoteapp.nlp import DEFAULT_PIPELINE, pipeline_version

    name = pipeline or DEFAULT_PIPELINE
    owner = claim_owner()
    claimed = set(store.claim_extraction(article_ids, owner))
    for article_id in article_ids:
        if article_id not in claimed and on_failure is not None:
            on_failure(article_id, "another window or process is extracting it now")
    article_ids = [i for i in article_ids if i in claimed]
    try:
        return _extract_claimed(
            store,
            article_ids,
            name,
            on_article,
            processes,
            on_failure,
            on_language,
            pipeline_version,
        )
    finally:
        store.release_claims(owner)


def claim_owner() -> str:
    """Who holds an extraction claim: this machine and process."""
    import os
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"


def _extract_claimed(
    store: Store,
    article_ids: Sequence[int],
    name: str,
    on_article: Callable[[int, ExtractionOutcome], None] | None,
    processes: int,
    on_failure: Callable[[int, str], None] | None,
    on_language: Callable[[int, str], None] | None,
    pipeline_version: Callable[..., str],
) -> dict[int, ExtractionOutcome]:
    from quoteapp.extract import RULES_VERSION
    from quoteapp.extract.batch import iter_extract
    from quoteapp.extract.pipeline import extraction_pipeline
    from quoteapp.extract.writer import name_the_writer

    articles = [store.article(article_id) for article_id in article_ids]
    version = pipeline_version(extraction_pipeline(name))
    run = None
    outcomes = {}
    found = iter_extract([a.text for a in articles], name, processes)
    for article, extraction in zip(articles, found, strict=True):
        assert article.id is not None
        if extraction.error is not None:
            if on_failure is not None:
                on_failure(article.id, extraction.error)
            continue
        if run is None:
            run = store.start_run(name, version, RULES_VERSION)
        quotes = name_the_writer(extraction.quotes, article.byline)
        outcome = store.save_extraction(article.id, run, quotes)
        outcomes[article.id] = outcome
        if extraction.language is not None and on_language is not None:
            on_language(article.id, extraction.language)
        if on_article is not None:
            on_article(article.id, outcome)
    return outcomes
