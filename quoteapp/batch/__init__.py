"""Batch extraction over archives on a Dask cluster, and its results brought to review."""

from quoteapp.batch.run import BatchError, Summary, extract

__all__ = ["BatchError", "Summary", "extract"]
