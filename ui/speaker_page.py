"""A page per speaker (Ctrl+Shift+K): every quote of theirs across articles, their kind,
note and other names; merge and rename from here. The review keys work on the quotes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quoteapp.errors import QuoteappError
from quoteapp.model import Speaker, SpeakerKind
from quoteapp.store import Filters
from ui.commands import speaker_edit
from ui.hits import HitTable
from ui.models import ID_ROLE, SORT_ROLE, Index, _RowsModel
from ui.plain import tooltip
from ui.workspace import Workspace


class SpeakerListModel(_RowsModel):
    COLUMNS = ("Speaker", "Kind", "Quotes", "Articles")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Speaker] = []

    def reload(self, rows: list[Speaker]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        speaker = self.rows[index.row()]
        if role == ID_ROLE:
            return speaker.name
        values = (speaker.name, str(speaker.kind), speaker.quotes, speaker.articles)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            also = ", ".join(speaker.aliases) or "no other names"
            return tooltip(f"{speaker.name} ({speaker.kind}): also {also}")
        return None


class SpeakerPage(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("speakerPage")
        self.workspace = workspace
        self.current: Speaker | None = None
        self.filter = QLineEdit(placeholderText="Find a speaker")
        self.filter.setClearButtonEnabled(True)
        self.speakers = SpeakerListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.speakers)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QTableView()
        self.list.setObjectName("speakerList")
        self.list.setModel(self.proxy)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.list.setSortingEnabled(True)
        self.list.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(24)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 92), (2, 56), (3, 60)):
            self.list.setColumnWidth(column, width)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_speaker(current.data(ID_ROLE))
        )

        self.name = QLabel("Choose a speaker")
        self.name.setObjectName("speakerName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.aliases = QLabel()
        self.aliases.setTextFormat(Qt.TextFormat.PlainText)
        self.aliases.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItems([str(k) for k in SpeakerKind])
        self.kind.activated.connect(lambda _index: self._set_kind(self.kind.currentText()))
        self.note = QLineEdit(placeholderText="A note on this speaker (Enter keeps it)")
        self.note.returnPressed.connect(lambda: self._set_note(self.note.text()))
        self.rename_button = QPushButton("Rename…")
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton("Merge into…")
        self.merge_button.clicked.connect(self.merge)
        self.quotes = HitTable("speakerQuotes")

        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.kind)
        head.addWidget(self.rename_button)
        head.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.aliases)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.quotes, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self._enable(False)
        self._later = QTimer(self, singleShot=True, interval=300)
        self._later.timeout.connect(self.reload)
        workspace.changed.connect(self._data_changed)
        workspace.quotes_edited.connect(lambda _ids: self._data_changed())
        workspace.store_replaced.connect(self.reload)

    def _enable(self, on: bool) -> None:
        for widget in (self.kind, self.note, self.rename_button, self.merge_button):
            widget.setEnabled(on)

    def reload(self) -> None:
        """Re-read the speaker list, keeping the speaker and the quote shown."""
        self._later.stop()
        row = self.quotes.currentIndex().row()
        self.speakers.reload(self.workspace.store.speaker_list(min_quotes=1))
        self.show_speaker(self.current.name if self.current else None)
        if 0 <= row < self.quotes.proxy.rowCount():
            self.quotes.selectionModel().blockSignals(True)
            self.quotes.setCurrentIndex(self.quotes.proxy.index(row, 0))
            self.quotes.selectionModel().blockSignals(False)

    def _data_changed(self) -> None:
        """A decision repaints its row at once; the list and counts follow a moment later
        (a merge or its undo changes which quotes are the speaker's)."""
        if self.isVisible():
            self.quotes.hits.refresh(self.workspace.store)
            self._later.start()

    def show_speaker(self, name: str | None) -> None:
        """Show a speaker by any of its names (None: nobody)."""
        store = self.workspace.store
        try:
            speaker = store.speaker(name) if name else None
        except QuoteappError:
            speaker = None
        self.current = speaker
        self._enable(speaker is not None)
        if speaker is None:
            self.name.setText("Choose a speaker")
            self.aliases.setText("")
            self.note.setText("")
            self.quotes.show_hits([])
            return
        self.name.setText(
            f"{speaker.name} — {speaker.quotes} quote(s) in {speaker.articles} article(s), "
            f"{speaker.accepted} accepted, {speaker.rejected} rejected"
        )
        self.aliases.setText("Also: " + ("; ".join(speaker.aliases) or "no other names"))
        self.kind.setCurrentText(str(speaker.kind))
        self.note.setText(speaker.note)
        self.quotes.show_hits(store.search("", Filters(speaker=speaker.name), 100_000))
        row = next((i for i, s in enumerate(self.speakers.rows) if s.id == speaker.id), -1)
        if row >= 0:
            index = self.proxy.mapFromSource(self.speakers.index(row, 0))
            if index.isValid() and self.list.currentIndex().row() != index.row():
                self.list.blockSignals(True)
                self.list.setCurrentIndex(index)
                self.list.blockSignals(False)

    # Changes, each one undoable step

    def _push(self, text: str, edit, then: str | None) -> None:
        """Run a speaker edit through the undo stack; show `then` (a name) afterwards."""
        workspace = self.workspace
        workspace.push(
            speaker_edit(
                workspace.store, text, edit, workspace.notify, workspace.say, workspace.reviewer
            )
        )
        self.reload()
        if then is not None:
            self.show_speaker(then)

    def _set_kind(self, kind: str) -> None:
        if self.current is not None and kind != str(self.current.kind):
            self._push_on_current(
                "{name} is a(n) " + kind,
                lambda name, who: self.workspace.store.set_speaker_kind(name, kind, who),
            )

    def _set_note(self, note: str) -> None:
        if self.current is not None and note.strip() != self.current.note:
            self._push_on_current(
                "note on {name}",
                lambda name, who: self.workspace.store.set_speaker_note(name, note, who),
            )

    def _push_on_current(self, label: str, edit, then: str | None = None) -> None:
        """An edit of the speaker shown, by its name as it is now; then show `then` (default:
        the same speaker)."""
        if self.current is None:
            return
        name = self.current.name
        self._push(label.format(name=name), lambda who: edit(name, who), then or name)

    def rename(self) -> None:
        if self.current is None:
            return
        name = self.current.name
        new, ok = QInputDialog.getText(self, "Rename speaker", f"New name for {name}:", text=name)
        if ok and " ".join(new.split()) and " ".join(new.split()) != name:
            self.rename_to(" ".join(new.split()))

    def rename_to(self, new: str) -> None:
        self._push_on_current(
            "rename {name}",
            lambda name, who: self.workspace.store.rename_speaker(name, new, who),
            new,
        )

    def merge(self) -> None:
        if self.current is None:
            return
        others = sorted(s.name for s in self.speakers.rows if s.id != self.current.id)
        target, ok = QInputDialog.getItem(
            self,
            "Merge speaker",
            f"Merge {self.current.name} ({self.current.quotes} quote(s)) into:",
            others,
            0,
            True,
        )
        if ok and target:
            self.merge_into(target)

    def merge_into(self, target: str) -> None:
        self._push_on_current(
            "merge {name} into " + target.replace("{", "{{").replace("}", "}}"),
            lambda name, who: self.workspace.store.merge_speakers(name, target, who),
            target,
        )

    def start(self, name: str | None = None) -> None:
        """Ctrl+Shift+K: the list takes the keyboard; show `name` if given."""
        self.reload()
        if name:
            self.show_speaker(name)
        self.filter.setFocus()
        self.filter.selectAll()
