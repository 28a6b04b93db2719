"""Item models for the article list and the quote table, apart from any widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from quoteapp.model import Article, ArticleSummary, Quote, Status
from ui.palette import KIND_COLOURS, REJECTED
from ui.plain import tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class _RowsModel(QAbstractTableModel):
    """A table over a list of records, one per row, with fixed named columns."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class ArticleListModel(_RowsModel):
    COLUMNS = ("Title", "Quotes", "Reviewed", "Source")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ArticleSummary] = []

    def reload(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_row(self, summary: ArticleSummary) -> None:
        """One article's counts changed: repaint its row, leave the others alone."""
        row = next((i for i, s in enumerate(self.rows) if s.id == summary.id), -1)
        if row < 0:
            return
        self.rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        reviewed = "gold" if row.gold else f"{row.reviewed}/{row.quotes}"
        values = (row.title, row.quotes, reviewed, row.source)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column]
        if role == SORT_ROLE:
            return (row.title.lower(), row.quotes, row.reviewed / max(1, row.quotes), row.source)[
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            gold = "\ngold data: its quotes are the reference, never extracted" if row.gold else ""
            byline = f"\nby {row.byline}" if row.byline else ""
            return tooltip(f"{row.title}{byline}\n{row.source}\nadded {row.added_at}{gold}")
        if role == Qt.ItemDataRole.FontRole and row.quotes and row.reviewed == row.quotes:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class QuoteTableModel(_RowsModel):
    COLUMNS = ("Quote", "Kind", "Speaker", "Cue", "Conf.", "Status")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Quote] = []
        self.article: Article | None = None

    def reload(self, article: Article | None, rows: list[Quote]) -> None:
        self.beginResetModel()
        self.article = article
        self.rows = rows
        self.endResetModel()

    def update_quotes(self, quotes: list[Quote]) -> bool:
        """Repaint the rows of these quotes; False if one is not a row (a full reload is
        needed: it was deleted or is new)."""
        by_id = {q.id: q for q in quotes}
        for row, quote in enumerate(self.rows):
            if quote.id in by_id:
                self.rows[row] = by_id.pop(quote.id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return not by_id

    def row_of(self, quote_id: int | None) -> int:
        return next((i for i, q in enumerate(self.rows) if q.id == quote_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.article is None:
            return None
        quote = self.rows[index.row()]
        text = self.article.text
        column = index.column()
        if role == ID_ROLE:
            return quote.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            cue = quote.cue.of(text) if quote.cue else ""
            words = " ".join(quote.text(text).split())
            values = (
                words,
                str(quote.kind),
                quote.speaker or "",
                cue,
                quote.confidence,
                str(quote.status),
            )
            value = values[column]
            if role == Qt.ItemDataRole.DisplayRole and column == 4:
                return f"{quote.confidence:.2f}"
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            if quote.status is Status.REJECTED:
                return QBrush(REJECTED)
            if column == 1:
                return QBrush(KIND_COLOURS[quote.kind])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return tooltip(quote.text(text))
        if role == Qt.ItemDataRole.FontRole and quote.status is Status.ACCEPTED:
            font = QFont()
            font.setBold(column == 5)
            return font
        return None


class QuoteProxy(QSortFilterProxyModel):
    """The quote table as triage wants it: the text filter, plus a kind and a confidence
    floor ("hide below"), so the table, J/K and "all shown" agree on the same rows."""

    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self.min_confidence = 0.0

    def set_kind(self, kind: str | None) -> None:
        self._refilter(lambda: setattr(self, "kind", kind))

    def set_min_confidence(self, value: float) -> None:
        self._refilter(lambda: setattr(self, "min_confidence", value))

    def _refilter(self, change) -> None:
        """Qt 6.10 replaced invalidateRowsFilter with begin/endFilterChange; use what
        this Qt has."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, QuoteTableModel) and 0 <= source_row < len(model.rows):
            quote = model.rows[source_row]
            if self.kind and str(quote.kind) != self.kind:
                return False
            if quote.confidence < self.min_confidence:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
