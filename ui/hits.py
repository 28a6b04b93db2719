"""Quotes from many articles in one table: the search pane's hits and a speaker's quotes.

Selecting a row opens its quote in the main view, so the review keys (A, R, S…)
act on it there; after a decision the table moves to its next row, which makes a
pass over "declined to comment" across the database one key per quote.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from quoteapp.model import Quote, SearchHit, Status
from quoteapp.store import Store
from ui.models import ID_ROLE, SORT_ROLE, Index, _RowsModel
from ui.palette import KIND_COLOURS, REJECTED
from ui.plain import tooltip

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 3


class HitTableModel(_RowsModel):
    COLUMNS = ("Quote", "Speaker", "Article", "Kind", "Status", "Confidence")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SearchHit] = []

    def reload(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.rows = hits
        self.endResetModel()

    def refresh(self, store: Store) -> None:
        """Re-read the quotes shown (one query) and repaint only the rows that changed:
        the list keeps its order, so a triage pass is not reshuffled under the reviewer."""
        if not self.rows:
            return
        now = store.quotes_by_id([h.quote.id for h in self.rows])
        words = store.quote_words([h.quote.id for h in self.rows if h.quote != now.get(h.quote.id)])
        for row, hit in enumerate(self.rows):
            fresh = now.get(hit.quote.id)
            if fresh is not None and fresh != hit.quote:
                self.rows[row] = replace(hit, quote=fresh, words=words.get(fresh.id, hit.words))
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def quote_at(self, row: int) -> Quote:
        return self.rows[row].quote

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        quote, column = hit.quote, index.column()
        if role == ID_ROLE:
            return quote.id
        if role == ARTICLE_ROLE:
            return quote.article_id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = (
                hit.words,
                quote.speaker or "",
                hit.article_title,
                str(quote.kind),
                ("deleted" if quote.deleted else str(quote.status)),
                quote.confidence,
            )
            if role == Qt.ItemDataRole.DisplayRole and column == 5:
                return f"{quote.confidence:.2f}"
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if quote.status is Status.REJECTED or quote.deleted:
                return QBrush(REJECTED)
            if column == 3:
                return QBrush(KIND_COLOURS[quote.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(
                f"{hit.words}\n— {quote.speaker or 'nobody named'}, "
                f"in “{hit.article_title}” (added {hit.article_added_at[:10]})"
            )
        if role == Qt.ItemDataRole.FontRole and quote.status is Status.ACCEPTED and column == 4:
            font = QFont()
            font.setBold(True)
            return font
        return None


class HitTable(QTableView):
    """A table of quotes across articles; Enter opens the current one in the main view."""

    opened = Signal(int, int)  # article id, quote id: show it (keyboard stays here)
    entered = Signal(int, int)  # Enter: show it and take the keyboard there

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.hits = HitTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.hits)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 220), (3, 70), (4, 78), (5, 78)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.doubleClicked.connect(lambda index: self._enter(index))

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.hits.reload(hits)

    def current_quote(self) -> Quote | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.hits.quote_at(self.proxy.mapToSource(index).row())

    def advance(self) -> bool:
        """Go to the next row (after a decision on this one); False at the end."""
        row = self.currentIndex().row() + 1
        if row >= self.proxy.rowCount():
            return False
        self.setCurrentIndex(self.proxy.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.opened.emit(current.data(ARTICLE_ROLE), current.data(ID_ROLE))

    def _enter(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entered.emit(index.data(ARTICLE_ROLE), index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter(self.currentIndex())
            return
        super().keyPressEvent(event)
