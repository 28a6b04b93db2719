"""Settings: the spaCy pipeline, and which database file is open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from quoteapp.databases import remember_used
from quoteapp.errors import QuoteappError
from quoteapp.nlp import installed_pipelines
from quoteapp.store import Store
from ui.dialogs import SettingsDialog, open_dialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DB_FILTER = "quoteapp databases (*.db *.sqlite);;All files (*)"


def open_settings(window: MainWindow) -> None:
    dialog = SettingsDialog(
        window, installed_pipelines(), window.workspace.pipeline, str(window.workspace.path)
    )

    def chosen() -> None:
        window.workspace.pipeline = dialog.pipeline.currentText()
        remember(window, "pipeline", window.workspace.pipeline)
        window.say(f"Extraction will use {window.workspace.pipeline}.")

    open_dialog(dialog, chosen)


def choose_database(window: MainWindow, create: bool) -> None:
    if create:
        path, _ = QFileDialog.getSaveFileName(window, "New database", "quotes.db", DB_FILTER)
    else:
        path, _ = QFileDialog.getOpenFileName(window, "Open database", "", DB_FILTER)
    if path:
        switch_database(window, path)


def switch_database(window: MainWindow, path: str) -> None:
    try:
        store = Store(path)
    except QuoteappError as error:
        window.report(str(error), False)
        return
    window.save_layout()  # the place in the database being left
    window.workspace.replace_store(store)
    window.show_database_in_title()
    remember(window, "database", str(store.path))
    remember_recent(window, store.path)
    if isinstance(window.settings, QSettings):
        remember_used(store.path)
    summaries = window.workspace.summaries()
    if summaries:
        window.workspace.select_article(summaries[0].id)
    window.say(f"Opened {store.path}")


def prompt_reviewer(parent: QWidget | None, title: str, current: str) -> str | None:
    """Ask for the name recorded on each change; None if cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        parent,
        title,
        "Your name, recorded on every change you make (File > Reviewer Name changes it):",
        text=current,
    )
    return " ".join(name.split()) or None if ok else None


def ask_reviewer(window: MainWindow) -> None:
    """File > Reviewer Name: change the name, kept in the settings."""
    name = prompt_reviewer(window, "Reviewer name", window.workspace.reviewer)
    if name:
        window.workspace.reviewer = name
        remember(window, "reviewer", name)
        window.say(f"Your changes are now recorded as {name}.")


RECENT = 8


def recent_databases(window: MainWindow) -> list[str]:
    settings = window.settings
    if not isinstance(settings, QSettings):
        return []
    value = settings.value("recent")
    found = [value] if isinstance(value, str) else list(value or [])
    return [p for p in found if isinstance(p, str) and Path(p).is_file()]


def remember_recent(window: MainWindow, path: Path) -> None:
    shown = str(path.resolve())
    recent = [shown, *(p for p in recent_databases(window) if p != shown)][:RECENT]
    if isinstance(window.settings, QSettings):
        window.settings.setValue("recent", recent)


def remember(window: MainWindow, key: str, value: str) -> None:
    if isinstance(window.settings, QSettings):
        window.settings.setValue(key, value)
