"""Numbers people would rather see than read: a chart for each of the store's counts,
each exportable as PNG and its data as CSV.

Charts are drawn with pyqtgraph: pure Python over Qt, maintained, and a few MB,
where QtCharts would bring in PySide6-Addons (hundreds of MB) for the same bars.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quoteapp.errors import QuoteappError
from quoteapp.files import writing
from ui.palette import KIND_COLOURS

LINE_CHARTS = frozenset({"reviewed over time"})
BAR = KIND_COLOURS[next(iter(KIND_COLOURS))]  # the direct-quote blue


def _short(label: str, width: int = 42) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


class Chart(pg.PlotWidget):
    """One table as a chart: horizontal bars (largest on top), or a line over days."""

    def __init__(self, title: str, pairs: list[tuple[str, int]], palette: QPalette) -> None:
        super().__init__()
        self.title, self.pairs = title, pairs
        self.setObjectName("chart")
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        ink = palette.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom"):
            axis = self.getAxis(side)
            axis.setTextPen(ink)
            axis.setPen(ink)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        if not pairs:
            return
        if title in LINE_CHARTS:
            xs = list(range(len(pairs)))
            counts = [c for _, c in pairs]
            self.plot(xs, counts, pen=pg.mkPen(BAR, width=2), symbol="o", symbolBrush=BAR)
            self.setYRange(0, max(counts) * 1.08, padding=0)  # a total is read from zero
            self.setXRange(-0.5, len(xs) - 0.5, padding=0)
            step = max(1, len(pairs) // 8)
            self.getAxis("bottom").setTicks([[(i, pairs[i][0]) for i in xs[::step]]])
            self.setLabel("left", "quotes reviewed, running total")
            return
        rows = list(reversed(pairs))  # the largest at the top
        self.addItem(
            pg.BarGraphItem(
                x0=0, y=list(range(len(rows))), height=0.7, width=[c for _, c in rows], brush=BAR
            )
        )
        labels = [(i, _short(label)) for i, (label, _) in enumerate(rows)]
        left = self.getAxis("left")
        left.setTicks([labels])
        metrics = QFontMetrics(self.font())
        left.setWidth(max(metrics.horizontalAdvance(text) for _, text in labels) + 16)
        self.setLabel("bottom", "quotes" if title != "speakers by kind" else "speakers")
        self.setYRange(-0.6, len(rows) - 0.4, padding=0)


class StatisticsView(QDialog):
    def __init__(self, parent: QWidget, tables: dict[str, list[tuple[str, int]]]) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.setWindowTitle("Statistics")
        self.resize(900, 620)
        self.tabs = QTabWidget()
        self.tables = tables
        self.charts: dict[int, Chart] = {}  # drawn when their tab is first shown
        for title, pairs in tables.items():
            page = QWidget()
            page_layout = QVBoxLayout(page)
            if not pairs:
                page_layout.addWidget(QLabel("Nothing to count yet: add and review articles."))
            self.tabs.addTab(page, title.capitalize())
        self.tabs.currentChanged.connect(lambda _index: self.chart())
        self.chart()
        self.png = QPushButton("Save Chart as PNG…")
        self.png.clicked.connect(self._save_png)
        self.csv = QPushButton("Save Data as CSV…")
        self.csv.clicked.connect(self._save_csv)
        self.note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.png)
        buttons.addWidget(self.csv)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)

    def chart(self) -> Chart:
        """The chart on the tab shown, drawn the first time it is asked for."""
        index = self.tabs.currentIndex()
        if index not in self.charts:
            title = self.tabs.tabText(index).lower()
            chart = Chart(title, self.tables[title], self.palette())
            page = self.tabs.widget(index)
            layout = page.layout() if page is not None else None
            if layout is not None:
                layout.addWidget(chart)
            self.charts[index] = chart
        return self.charts[index]

    def save_png(self, path: Path) -> None:
        if not self.chart().grab().save(str(path), "PNG"):
            raise QuoteappError(f"could not write {path}: choose a folder you can write to")

    def save_csv(self, path: Path) -> None:
        chart = self.chart()
        with writing(path, encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(["label", "count"])
            out.writerows(chart.pairs)

    def _save_png(self) -> None:
        self._save("PNG images (*.png)", ".png", self.save_png)

    def _save_csv(self) -> None:
        self._save("CSV files (*.csv)", ".csv", self.save_csv)

    def _save(self, filter_: str, suffix: str, write) -> None:
        name = self.chart().title.replace(" ", "-") + suffix
        chosen, _ = QFileDialog.getSaveFileName(self, "Save as", name, filter_)
        if not chosen:
            return
        try:
            write(Path(chosen))
        except QuoteappError as error:
            self.note.setText(str(error))
            return
        self.note.setText(f"Saved {chosen}")
