"""Storage: all SQL lives in this package."""

from quoteapp.store.store import EDITABLE_FIELDS, ExtractionOutcome, Store, default_user

__all__ = ["EDITABLE_FIELDS", "ExtractionOutcome", "Store", "default_user"]
