"""`quoteapp batch stats`: counts over a run's Parquet files, computed column-wise.

pyarrow reads only the columns a count needs and groups them in C++, so a run of a
million articles is summarised without building a Python object per quote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quoteapp.batch.run import BatchError

GROUPINGS = {"speaker": "speaker", "outlet": "outlet", "kind": "kind"}


def quote_counts(out: Path, by: str, top: int | None = None) -> list[dict[str, Any]]:
    """Quotes per value of `by` (speaker, outlet or kind), most first."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    column = GROUPINGS[by]
    folder = out / "quotes"
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        raise BatchError(f"{out} holds no batch results: run 'quoteapp batch extract' first")
    table = ds.dataset(folder, format="parquet").to_table(columns=[column])
    counted = table.group_by(column).aggregate([([], "count_all")])
    order = pc.sort_indices(counted, sort_keys=[("count_all", "descending"), (column, "ascending")])
    counted = counted.take(order)
    if top is not None:
        counted = counted.slice(0, top)
    return [
        {by: row[column] if row[column] is not None else "(none)", "quotes": row["count_all"]}
        for row in counted.to_pylist()
    ]


def totals(out: Path) -> dict[str, int]:
    import pyarrow.dataset as ds

    articles = ds.dataset(out / "articles", format="parquet").count_rows()
    quotes = ds.dataset(out / "quotes", format="parquet").count_rows()
    return {"articles": articles, "quotes": quotes}
