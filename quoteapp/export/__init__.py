"""Exports: quote tables (CSV, XLSX, JSONL), gold data, and the audit trail."""

from quoteapp.export.gold import (
    database_predictions,
    export_gold,
    import_gold,
    matching_articles,
)
from quoteapp.export.records import COLUMNS, STATUSES, Selection, quote_record, quote_records
from quoteapp.export.tables import (
    TABLE_FORMATS,
    ExportError,
    write_csv,
    write_jsonl,
    write_table,
    write_xlsx,
)

__all__ = [
    "COLUMNS",
    "STATUSES",
    "TABLE_FORMATS",
    "ExportError",
    "Selection",
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
]
