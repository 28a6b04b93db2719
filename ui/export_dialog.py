"""File → Export: a quote table or gold data, with the same choices as `quoteapp export`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
)

from quoteapp.errors import QuoteappError
from quoteapp.export import STATUSES, Selection, export_gold, quote_records, write_table
from quoteapp.model import Kind
from ui.dialogs import open_dialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ALL_KINDS = "all"
FORMATS = {
    "Excel workbook (.xlsx)": "xlsx",
    "CSV (.csv)": "csv",
    "JSON lines (.jsonl)": "jsonl",
    "Gold data for quoteapp eval (.jsonl)": "gold",
}


class ExportDialog(QDialog):
    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export quotes")
        self.format = QComboBox()
        self.format.addItems(list(FORMATS))
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.status.setCurrentText("all")
        self.current_only = QCheckBox("Only the current article")
        self.kind = QComboBox()
        self.kind.addItems([ALL_KINDS, *(str(k) for k in Kind)])
        self.speaker = QComboBox()
        self.speaker.setEditable(True)
        self.speaker.addItems(["", *sorted(parent.workspace.store.speakers())])
        self.speaker.setPlaceholderText("every speaker")
        form = QFormLayout(self)
        form.addRow("Format", self.format)
        form.addRow("Status", self.status)
        form.addRow("Kind", self.kind)
        form.addRow("Speaker", self.speaker)
        form.addRow("", self.current_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def selection(self, article_ids: tuple[int, ...]) -> Selection:
        kind = self.kind.currentText()
        speaker = " ".join(self.speaker.currentText().split())
        return Selection(
            self.status.currentText(),
            article_ids,
            () if kind == ALL_KINDS else (kind,),
            (speaker,) if speaker else (),
        )


def export_from_app(window: MainWindow) -> None:
    dialog = ExportDialog(window)

    def chosen() -> None:
        fmt = FORMATS[dialog.format.currentText()]
        suffix = "jsonl" if fmt == "gold" else fmt
        path, _ = QFileDialog.getSaveFileName(window, "Export to", f"quotes.{suffix}")
        if path:
            article_id = window.workspace.article_id
            only = (article_id,) if dialog.current_only.isChecked() and article_id else ()
            export_to(window, Path(path), fmt, dialog.selection(only))

    open_dialog(dialog, chosen)


def export_to(window: MainWindow, path: Path, fmt: str, selection: Selection) -> None:
    """Off the GUI thread: gold on the store lane (its own connection, reading and writing
    there); a table is read here (quick) and written in the background."""
    store = window.workspace.store
    if fmt == "gold":
        window.loader.lane.write(
            window.workspace.path,
            lambda lane_store: export_gold(lane_store, path, selection.article_ids),
            lambda count: window.say(f"Wrote {count} reviewed article(s) to {path}"),
            window.report,
        )
        return
    try:
        records = quote_records(store, selection)
        speakers, articles = store.speaker_list(), store.articles()
    except QuoteappError as error:
        window.report(str(error), False)
        return
    window.loader.background.run(
        lambda: write_table(path, fmt, records, speakers, articles),
        lambda _: window.say(f"Wrote {len(records)} quote(s) to {path}"),
        window.report,
    )
