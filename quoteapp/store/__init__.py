"""Storage: all SQL lives in this package."""

from quoteapp.store.corpus import Filters
from quoteapp.store.edits import EDITABLE_FIELDS
from quoteapp.store.store import ExtractionOutcome, Store
from quoteapp.store.values import default_user

__all__ = ["EDITABLE_FIELDS", "ExtractionOutcome", "Filters", "Store", "default_user"]
