"""Dialogs: speaker, settings, shortcuts, and the crash report for bugs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.actions import ACTIONS


class SpeakerDialog(QDialog):
    """Name a speaker: complete over the known speakers, or type anyone new."""

    def __init__(self, parent: QWidget, current: str | None, known: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set speaker")
        self.setObjectName("speakerDialog")
        self.edit = QLineEdit(current or "")
        self.edit.selectAll()
        completer = QCompleter(known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Who said it? (empty: no speaker)"))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def name(self) -> str | None:
        return " ".join(self.edit.text().split()) or None


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget, pipelines: list[str], pipeline: str, database: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.pipeline = QComboBox()
        self.pipeline.addItems(pipelines or [pipeline])
        self.pipeline.setCurrentText(pipeline)
        form = QFormLayout(self)
        form.addRow("spaCy pipeline", self.pipeline)
        path = QLabel(database)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Database", path)
        form.addRow("", QLabel("Open or create another database from the File menu."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(ACTIONS), 3, self)
        table.setHorizontalHeaderLabels(["Keys", "Action", "What it does"])
        for row, spec in enumerate(ACTIONS):
            for column, value in enumerate(
                (
                    " or ".join(spec.shortcuts) or "—",
                    spec.text.replace("&", "").rstrip("…"),
                    spec.help,
                )
            ):
                table.setItem(row, column, QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        # big enough to read every row without scrolling sideways, within the screen
        width = sum(table.columnWidth(c) for c in range(3)) + 60
        height = table.verticalHeader().length() + table.horizontalHeader().height() + 60
        screen = parent.screen().availableGeometry() if parent.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(max(width, 720), max(height, 480))


def open_dialog(dialog: QDialog, on_accept: Callable[[], None]) -> None:
    """Show a dialog without blocking the event loop; call `on_accept` if accepted."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_accept)
    dialog.open()


def show_crash(parent: QWidget | None, details: str) -> None:
    """A bug: say so plainly and give the traceback to copy into a report."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("quoteapp hit a bug")
    box.setTextFormat(Qt.TextFormat.PlainText)
    from quoteapp.log import log_path

    box.setText(
        "Something went wrong inside quoteapp. Your saved work is safe in the database.\n"
        "Please copy the details below into a bug report; they are also in the log:\n"
        f"{log_path()}"
    )
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()


def show_text(parent: QWidget, title: str, text: str) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    QVBoxLayout(dialog).addWidget(view)
    dialog.resize(600, 400)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
