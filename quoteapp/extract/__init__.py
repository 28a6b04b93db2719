"""Extraction: stateless functions from a parsed document to quote records."""

from __future__ import annotations

import hashlib
from functools import cache

from quoteapp.extract.batch import ExtractionProcess
from quoteapp.extract.engine import extract_quotes
from quoteapp.extract.marks import Quoted, quoted_spans
from quoteapp.extract.pieces import Extraction, extract_article
from quoteapp.extract.pipeline import extraction_pipeline

__all__ = [
    "RULES_VERSION",
    "Extraction",
    "ExtractionProcess",
    "Quoted",
    "extract_article",
    "extract_quotes",
    "extraction_pipeline",
    "quoted_spans",
    "rules_version",
]


@cache
def rules_version() -> str:
    """What made a run's quotes: a digest of the rule registry, the lexicon, the
    classifiers' weights, the content-end model and the confidence model, computed (never
    typed), so any change to them shows."""
    from quoteapp.extract import lexicon
    from quoteapp.extract.classifier import MODEL_PATH, SPEECH_MODEL_PATH
    from quoteapp.extract.confidence import MODEL_PATH as CONFIDENCE_PATH
    from quoteapp.extract.rules import registry_digest
    from quoteapp.extract.runs_on import MODEL_PATH as RUNS_ON_PATH

    digest = hashlib.sha256(registry_digest().encode())
    for name in sorted(vars(lexicon)):
        if name.isupper():  # the word lists and tables
            digest.update(f"{name}={_stable(getattr(lexicon, name))}".encode())
    digest.update(MODEL_PATH.read_bytes())
    digest.update(SPEECH_MODEL_PATH.read_bytes())
    for learned in (CONFIDENCE_PATH, RUNS_ON_PATH):
        if learned.exists():
            digest.update(learned.read_bytes())
    return digest.hexdigest()[:12]


def _stable(value: object) -> str:
    """A word list's or table's words in a fixed order (sets have none across runs)."""
    if isinstance(value, frozenset | set):
        return repr(sorted(value))
    if isinstance(value, dict):
        return repr(sorted((key, _stable(v)) for key, v in value.items()))
    return repr(value)


def __getattr__(name: str) -> str:
    if name == "RULES_VERSION":
        return rules_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
