"""Evaluate inside the app: the database's quotes against a gold file, errors one click away."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from quoteapp.errors import QuoteappError
from quoteapp.evaluate import GoldArticle, GroupCounts, read_gold, score
from quoteapp.evaluate.report import SCORE_COLUMNS, score_cells
from quoteapp.export import database_predictions, matching_articles
from quoteapp.model import Span

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SPAN_ROLE = Qt.ItemDataRole.UserRole + 10
COLUMNS = ("group", *SCORE_COLUMNS)


class EvaluationDialog(QDialog):
    """Scores, then every miss, false quote and wrong speaker; a click opens it."""

    def __init__(
        self,
        window: MainWindow,
        gold: Path,
        articles: list[GoldArticle],
        article_ids: dict[str, int],
        results: dict[str, GroupCounts],
    ) -> None:
        super().__init__(window)
        self.main_window = window
        self.article_ids = article_ids
        self.setObjectName("evaluationDialog")
        self.setWindowTitle(f"Evaluation against {gold.name}")
        self.resize(820, 620)
        present = [a for a in articles if a.id in article_ids]
        self.summary = QLabel(self._summary(len(articles), len(present)))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(results), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        for row, (group, counts) in enumerate(results.items()):
            for column, value in enumerate((group, *score_cells(counts))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.setMaximumHeight(100)
        self.errors = QListWidget()
        self.errors.setObjectName("evaluationErrors")
        self._list_errors(results, {a.id: a.text for a in present})
        self.errors.itemActivated.connect(self.open_error)
        self.errors.itemClicked.connect(self.open_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(QLabel("Misses, false quotes and wrong speakers (click to open):"))
        layout.addWidget(self.errors, 1)

    def _summary(self, total: int, present: int) -> str:
        text = f"{present} of {total} gold article(s) are in this database and were scored."
        if present < total:
            text += " Import the others with File → Import Gold to score them too."
        return text

    def _list_errors(self, results: dict[str, GroupCounts], texts: dict[str, str]) -> None:
        for group, counts in results.items():
            entries = [("missed", a, u.span, u.quote.speaker) for a, u in counts.misses]
            entries += [("false", a, u.span, u.quote.speaker) for a, u in counts.false]
            entries += [
                (
                    "wrong speaker",
                    a,
                    p.gold.span,
                    f"{p.predicted.quote.speaker} ≠ {p.gold.quote.speaker}",
                )
                for a, p in counts.wrong_speakers
            ]
            for label, gold_id, span, who in entries:
                words = " ".join(span.of(texts[gold_id]).split())
                item = QListWidgetItem(
                    f"{group} · {label}: “{words[:120]}” ({who or 'no speaker'})"
                )
                item.setData(SPAN_ROLE, (self.article_ids[gold_id], span.start, span.end))
                self.errors.addItem(item)

    def open_error(self, item: QListWidgetItem) -> None:
        article_id, start, end = item.data(SPAN_ROLE)
        self.main_window.open_span(article_id, Span(start, end))


def evaluate_in_app(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, "Gold file to evaluate against", "", "Gold data (*.jsonl);;All files (*)"
    )
    if path:
        show_evaluation(window, Path(path))


def show_evaluation(window: MainWindow, gold: Path) -> None:
    """Read and score in the background; only the database is read on the GUI thread."""
    background = window.loader.background
    window.say(f"Evaluating against {gold.name}…")

    def read_done(articles: object) -> None:
        assert isinstance(articles, list)
        texts = {a.id: a.text for a in articles}
        store = window.workspace.store
        article_ids = matching_articles(store, texts)
        predictions = database_predictions(store, texts)
        present = [a for a in articles if a.id in article_ids]
        background.run(
            lambda: score(present, predictions),
            lambda results: _show(articles, article_ids, results),
            window.report,
        )

    def _show(articles: list[GoldArticle], article_ids: dict[str, int], results: object) -> None:
        assert isinstance(results, dict)
        dialog = EvaluationDialog(window, gold, articles, article_ids, results)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.evaluation_dialog = dialog
        dialog.show()
        window.say(f"Evaluated against {gold.name}.")

    background.run(lambda: read_gold(gold), read_done, window.report)


def import_gold_in_app(window: MainWindow) -> None:
    from quoteapp.export import import_gold

    path, _ = QFileDialog.getOpenFileName(
        window, "Import gold data", "", "Gold data (*.jsonl);;All files (*)"
    )
    if not path:
        return
    try:
        articles, quotes = import_gold(window.workspace.store, Path(path))
    except QuoteappError as error:
        window.report(str(error), False)
        return
    window.workspace.notify()
    window.say(
        f"Imported {articles} article(s) and {quotes} reviewed quote(s) from {Path(path).name}"
    )
