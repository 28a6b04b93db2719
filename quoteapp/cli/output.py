"""Print records as an aligned table, CSV or JSON lines."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "csv", "jsonl")


def write_rows(
    rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], out: TextIO | None = None
) -> None:
    out = out or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(columns))
        writer.writeheader()
        writer.writerows(rows)
    else:
        _write_table(rows, columns, out)


def _write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    room = shutil.get_terminal_size((160, 24)).columns - sum(widths[:-1]) - 2 * (len(columns) - 1)
    widths[-1] = max(20, min(widths[-1], room))
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        row[-1] = _shorten(row[-1], widths[-1])
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return " ".join(str(value).split())


def _shorten(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
