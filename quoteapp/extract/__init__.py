"""Extraction: stateless functions from a parsed document to quote records."""

from quoteapp.extract.engine import extract_quotes

__all__ = ["RULES_VERSION", "extract_quotes"]

RULES_VERSION = "0.3"
