"""Write quote records as CSV, JSON lines or an Excel workbook."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, Any

from quoteapp.errors import WriteError
from quoteapp.export.records import COLUMNS
from quoteapp.files import cannot_write, writing
from quoteapp.model import ArticleSummary, Speaker


class ExportError(WriteError):
    pass


# A cell a spreadsheet would run as a formula (OWASP's list): `=HYPERLINK(...)` in a
# title, `=cmd|' /C calc'!A0` opening a quote, `@SUM(...)`, `+`, `-`, tab, CR.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0, and so XLSX, cannot hold: C0 controls other than tab, newline, CR.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def inert(value: object) -> object:
    """A text cell no spreadsheet will run: a leading `'` before a formula start, and no
    control characters. Numbers and empty cells are left alone."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _open_for_writing(path: Path, newline: str | None = None) -> AbstractContextManager[IO[str]]:
    encoding = "utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8"
    return writing(path, ExportError, encoding=encoding, newline=newline)


def write_csv(path: Path, records: Sequence[dict[str, Any]]) -> None:
    """UTF-8 with a byte-order mark, so Excel opens curly quotes and accents intact."""
    with _open_for_writing(path, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        for record in records:
            row = {**record, "parts": json.dumps(record["parts"])}
            writer.writerow({key: inert(value) for key, value in row.items()})


def write_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> None:
    with _open_for_writing(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_xlsx(
    path: Path,
    records: Sequence[dict[str, Any]],
    speakers: Sequence[Speaker],
    articles: Sequence[ArticleSummary],
) -> None:
    """Quotes, speakers and articles sheets: bold frozen headers, fitted widths, filters."""
    from openpyxl import Workbook

    book = Workbook()
    quotes = book.active
    quotes.title = "Quotes"
    _fill(quotes, list(COLUMNS), [[_cell(r[c]) for c in COLUMNS] for r in records])
    counts = Counter(r["speaker"] for r in records if r["speaker"])
    _fill(
        book.create_sheet("Speakers"),
        ["speaker", "kind", "aliases", "quotes", "note"],
        [
            [s.name, str(s.kind), "; ".join(s.aliases), counts.get(s.name, 0), s.note]
            for s in sorted(speakers, key=lambda s: s.name)
        ],
    )
    _fill(
        book.create_sheet("Articles"),
        ["article_id", "title", "byline", "source", "added_at", "quotes", "reviewed"],
        [[a.id, a.title, a.byline, a.source, a.added_at, a.quotes, a.reviewed] for a in articles],
    )
    workbook = io.BytesIO()  # built in memory, so a failed write leaves no half-open zip
    book.save(workbook)
    try:
        path.write_bytes(workbook.getvalue())
    except OSError as error:
        raise ExportError(cannot_write(path, error)) from None


def _control_free(value: object) -> object:
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def _cell(value: object) -> object:
    if isinstance(value, list):
        return json.dumps(value)
    return value


def _fill(sheet, header: list[str], rows: list[list[object]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_control_free(value) for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula, whatever it starts with
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"
    for index, name in enumerate(header, start=1):
        longest = max([len(name), *(len(str(r[index - 1] or "")) for r in rows[:500])])
        sheet.column_dimensions[get_column_letter(index)].width = min(80, max(8, longest + 2))


TABLE_FORMATS = ("csv", "xlsx", "jsonl")


def write_table(
    path: Path,
    fmt: str,
    records: Sequence[dict[str, Any]],
    speakers: Sequence[Speaker],
    articles: Sequence[ArticleSummary],
) -> None:
    """Write records in one of TABLE_FORMATS; the CLI and the app both come through here."""
    if fmt == "csv":
        write_csv(path, records)
    elif fmt == "jsonl":
        write_jsonl(path, records)
    elif fmt == "xlsx":
        write_xlsx(path, records, speakers, articles)
    else:
        raise ExportError(f"{fmt} is not a table format: choose one of {', '.join(TABLE_FORMATS)}")
