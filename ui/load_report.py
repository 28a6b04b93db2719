"""What a load did, in the app's words: each source skipped and why, and each article
worth a second look, in a dialog that stays until closed (the status bar cut it off)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quoteapp.ingest import Loaded

# Advice written for the command line, said as the app would say it.
_APP_WORDS = (
    (re.compile(r"choose another --db\b"), "open another database (File > Open Database)"),
    (re.compile(r"give another --db path"), "open another database (File > Open Database)"),
    (re.compile(r"run 'quoteapp speakers' to list them"), "see View > Speakers"),
    (re.compile(r"run 'quoteapp articles' to list them"), "see the article list"),
    (re.compile(r"run 'quoteapp quotes' to list them"), "it may have been removed"),
    (re.compile(r"run 'quoteapp check'"), "run 'quoteapp check' in a terminal"),
)


def in_app_words(message: str) -> str:
    for pattern, words in _APP_WORDS:
        message = pattern.sub(words, message)
    return message


def summary(loaded: Loaded, added: int, already: int) -> str:
    parts = [f"Added {added} article(s)"]
    if already:
        parts.append(f"{already} already there")
    if loaded.skipped:
        parts.append(f"{len(loaded.skipped)} skipped")
    if loaded.warnings:
        parts.append(f"{len(loaded.warnings)} to look at again")
    text = ", ".join(parts) + "."
    if loaded.cancelled:
        text = "Reading was cancelled. " + text
    return text


class LoadReport(QDialog):
    def __init__(self, parent: QWidget, loaded: Loaded, added: int, already: int) -> None:
        super().__init__(parent)
        self.setObjectName("loadReport")
        self.setWindowTitle("What was loaded")
        rows = [("skipped", s.source, s.reason) for s in loaded.skipped]
        rows += [("look again", w.source, w.reason) for w in loaded.warnings]
        heading = QLabel(summary(loaded, added, already))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(["", "Source", "Why"])
        self.table.verticalHeader().hide()
        for row, (what, source, reason) in enumerate(rows):
            for column, value in enumerate(
                (what, Path(source).name or source, in_app_words(reason))
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(source if column == 1 else value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, min(600, 140 + 30 * len(rows)))

    def reasons(self) -> list[str]:
        items = (self.table.item(r, 2) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]
