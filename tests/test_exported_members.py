"""Each subpackage's public names are pinned: adding or dropping one is a decision,
made here on purpose, not a side effect of an import."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "quoteapp.batch": ["BatchError", "Summary", "extract"],
    "quoteapp.cli": ["cli", "main"],
    "quoteapp.evaluate": [
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
    ],
    "quoteapp.export": [
        "COLUMNS",
        "ExportError",
        "STATUSES",
        "Selection",
        "TABLE_FORMATS",
        "database_predictions",
        "export_gold",
        "import_gold",
        "matching_articles",
        "quote_record",
        "quote_records",
        "write_csv",
        "write_jsonl",
        "write_table",
        "write_xlsx",
    ],
    "quoteapp.extract": [
        "Extraction",
        "ExtractionProcess",
        "Quoted",
        "RULES_VERSION",
        "extract_article",
        "extract_quotes",
        "extraction_pipeline",
        "quoted_spans",
        "rules_version",
    ],
    "quoteapp.ingest": [
        "Loaded",
        "MAX_BYTES",
        "ReadProgress",
        "Skipped",
        "article_from_text",
        "read_source",
        "read_sources",
    ],
    "quoteapp.store": ["EDITABLE_FIELDS", "ExtractionOutcome", "Filters", "Store", "default_user"],
}


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_public_names_are_pinned(package: str) -> None:
    module = importlib.import_module(package)
    assert sorted(module.__all__) == PUBLIC[package]


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_every_public_name_resolves(package: str) -> None:
    module = importlib.import_module(package)
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []


def test_star_import_gives_exactly_the_public_names() -> None:
    namespace: dict[str, object] = {}
    exec("from quoteapp.extract import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == PUBLIC["quoteapp.extract"]
