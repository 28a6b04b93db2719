"""Evaluate inside the app: the database's quotes against a gold file, errors one click away."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
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

from quoteapp.evaluate import GoldArticle, GroupCounts
from quoteapp.evaluate.report import SCORE_COLUMNS, score_cells
from quoteapp.export import import_gold, matching_articles
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
        self.texts = {a.id: a.text for a in articles}
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
        self._list_errors(results, self.texts)
        self.errors.itemActivated.connect(self.open_error)
        self.errors.itemClicked.connect(self.open_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(QLabel("Misses, false quotes and wrong speakers (click to open):"))
        layout.addWidget(self.errors, 1)

    def _summary(self, total: int, present: int) -> str:
        text = (
            f"The extractor ran on the {total} gold article(s) and was scored against their "
            "quotes, as quoteapp eval does."
        )
        if present < total:
            text += (
                f" {total - present} of them are not in this database, so their errors "
                "cannot be opened here: File → Import Gold brings them in."
            )
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
                if gold_id in self.article_ids:
                    item.setData(SPAN_ROLE, (self.article_ids[gold_id], span.start, span.end))
                else:
                    item.setToolTip("Its article is not in this database: import the gold first")
                self.errors.addItem(item)

    def open_error(self, item: QListWidgetItem) -> None:
        if item.data(SPAN_ROLE) is None:
            self.main_window.say("That article is not in this database: import the gold first.")
            return
        article_id, start, end = item.data(SPAN_ROLE)
        self.main_window.open_span(article_id, Span(start, end))


def evaluate_in_app(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, "Gold file to evaluate against", "", "Gold data (*.jsonl);;All files (*)"
    )
    if path:
        show_evaluation(window, Path(path))


class _Progress:
    """Articles done and total, written by the evaluating thread, read by a GUI timer."""

    def __init__(self) -> None:
        self.done = self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total


def show_evaluation(window: MainWindow, gold: Path) -> None:
    """Run the extractor on the gold file's own texts and score it, as `quoteapp eval`
    does, in the background with progress; the database is not what is scored."""
    from quoteapp.evaluate import evaluate_extractor

    background = window.loader.background
    pipeline = window.workspace.pipeline
    progress = _Progress()
    timer = QTimer(window)
    timer.setInterval(200)
    timer.timeout.connect(
        lambda: window.show_progress(progress.done, progress.total or 1, "Evaluating")
    )
    timer.start()
    window.say(f"Evaluating the extractor against {gold.name}…")

    def finished(outcome: object) -> None:
        timer.stop()
        window.show_progress(None, None)
        assert isinstance(outcome, tuple)
        articles, results = outcome
        texts = {a.id: a.text for a in articles}
        article_ids = matching_articles(window.workspace.store, texts)
        dialog = EvaluationDialog(window, gold, articles, article_ids, results["quoteapp"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.evaluation_dialog = dialog
        dialog.show()
        window.say(f"Evaluated {pipeline} against {gold.name}.")

    def failed(message: str, is_bug: bool) -> None:
        timer.stop()
        window.show_progress(None, None)
        window.report(message, is_bug)

    background.run(
        lambda: evaluate_extractor(gold, pipeline, on_article=progress), finished, failed
    )


def import_gold_in_app(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, "Import gold data", "", "Gold data (*.jsonl);;All files (*)"
    )
    if not path:
        return
    import_gold_file(window, Path(path))


def import_gold_file(window: MainWindow, path: Path) -> None:
    """Import on the store lane (polnear-train takes seconds); the window stays live."""
    workspace = window.workspace
    who = workspace.reviewer
    window.say(f"Importing {path.name}…")

    def done(counts: object) -> None:
        assert isinstance(counts, tuple)
        workspace.notify()
        window.say(
            f"Imported {counts[0]} article(s) and {counts[1]} reviewed quote(s) from {path.name}"
            " (gold: never extracted)"
        )

    window.loader.lane.write(
        workspace.path, lambda store: import_gold(store, path, who), done, window.report
    )
