"""Extraction: stateless functions from a parsed document to quote records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract.direct import direct_quotes
from quoteapp.model import ExtractedQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["RULES_VERSION", "extract_quotes"]

RULES_VERSION = "0.1-direct"


def extract_quotes(doc: Doc) -> list[ExtractedQuote]:
    """Every quote in `doc`, in text order."""
    return direct_quotes(doc)
