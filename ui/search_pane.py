"""Search every quote in the database (Ctrl+Shift+F): words, speaker, kind, status,
confidence; the review keys work on the hits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quoteapp.errors import QuoteappError
from quoteapp.model import Kind, Status
from quoteapp.store import Filters
from ui.hits import HitTable
from ui.workspace import Workspace

ANY = "any"
SEARCH_LIMIT = 1000


class SearchPane(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("searchPane")
        self.workspace = workspace
        self.query = QLineEdit(placeholderText='Search all quotes: words, "a phrase", speaker:name')
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.speaker = QLineEdit(placeholderText="Speaker (any of its names)")
        self.speaker.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItems([ANY, *(str(k) for k in Kind)])
        self.status = QComboBox()
        self.status.addItems([ANY, *(str(s) for s in Status)])
        self.below = QDoubleSpinBox()
        self.below.setRange(0.0, 1.0)
        self.below.setSingleStep(0.05)
        self.below.setPrefix("confidence ≤ ")
        self.below.setValue(1.0)
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        self.table = HitTable("searchHits")

        filters = QHBoxLayout()
        filters.addWidget(self.query, 3)
        filters.addWidget(self.speaker, 2)
        for label, widget in (("Kind", self.kind), ("Status", self.status)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.below)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._timer = QTimer(self, singleShot=True, interval=250)  # search as you type, calmly
        self._timer.timeout.connect(self.run)
        for edit in (self.query, self.speaker):
            edit.textChanged.connect(lambda _text: self._timer.start())
            edit.returnPressed.connect(self._run_and_go_to_hits)
        self.kind.currentTextChanged.connect(lambda _text: self.run())
        self.status.currentTextChanged.connect(lambda _text: self.run())
        self.below.valueChanged.connect(lambda _value: self._timer.start())
        workspace.changed.connect(lambda: self.table.hits.refresh(self.workspace.store))
        workspace.quotes_edited.connect(lambda _ids: self.table.hits.refresh(self.workspace.store))
        workspace.store_replaced.connect(self.run)

    def filters(self) -> Filters:
        kind, status = self.kind.currentText(), self.status.currentText()
        return Filters(
            speaker=self.speaker.text().strip() or None,
            kind=None if kind == ANY else kind,
            status=None if status == ANY else status,
            max_confidence=None if self.below.value() >= 1.0 else self.below.value(),
        )

    def run(self) -> None:
        self._timer.stop()
        store = self.workspace.store
        try:
            hits = store.search(self.query.text(), self.filters(), SEARCH_LIMIT)
        except QuoteappError as error:
            self.count.setText(str(error).split(":")[0])
            self.count.setToolTip(str(error))
            self.table.show_hits([])
            return
        self.table.show_hits(hits)
        more = "+" if len(hits) == SEARCH_LIMIT else ""
        articles = len({h.quote.article_id for h in hits})
        self.count.setText(f"{len(hits)}{more} quote(s) in {articles} article(s)")
        self.count.setToolTip("")

    def _run_and_go_to_hits(self) -> None:
        self.run()
        if self.table.hits.rows:
            self.table.setFocus()
            self.table.setCurrentIndex(self.table.proxy.index(0, 0))

    def start(self) -> None:
        """Ctrl+Shift+F: the query box takes the keyboard, its words selected."""
        self.query.setFocus()
        self.query.selectAll()
        if not self.table.hits.rows:
            self.run()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # back to the hits, or to the review
            if self.table.hasFocus():
                self.workspace.focus_review.emit()
            else:
                self.table.setFocus()
            return
        super().keyPressEvent(event)
