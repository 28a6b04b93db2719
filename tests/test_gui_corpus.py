"""The corpus views on real widgets and real databases: search every quote and review
the hits from the keyboard, a speaker page with merge and undo, the statistics charts,
the export filters, and the reviewer's name on every change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import SHARED, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from quoteapp.export import import_gold
from quoteapp.model import Status
from quoteapp.store import Store
from ui.main_window import MainWindow
from ui.statistics import StatisticsView


def _window(qtbot, path: Path) -> MainWindow:
    return open_window(qtbot, path, "Ana Lima")


@pytest.fixture
def web_window(qtbot, web: Store):
    path = web.path
    web.close()
    window = _window(qtbot, path)
    yield window
    window.close()
    window.workspace.store.close()


def test_search_then_review_the_hits_with_one_key_each(qtbot, web_window: MainWindow) -> None:
    window = web_window
    qtbot.keyClick(
        window.article_view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    pane = window.search_pane
    assert pane.isVisible() and pane.query.hasFocus()
    qtbot.keyClicks(pane.query, "speaker:volker")
    qtbot.keyClick(pane.query, Qt.Key.Key_Return)
    table = pane.table
    assert table.hasFocus() and table.proxy.rowCount() == 22
    assert pane.count.text() == "22 quote(s) in 2 article(s)"
    first = table.current_quote()
    assert first is not None
    assert (window.workspace.article_id, window.workspace.quote_id) == (
        first.article_id,
        first.id,
    )  # the main view shows the hit under review

    qtbot.keyClick(table, Qt.Key.Key_R)
    qtbot.keyClick(table, Qt.Key.Key_R)
    store = window.workspace.store
    second = table.hits.quote_at(1)
    assert store.quote(first.id).status == store.quote(second.id).status == Status.REJECTED
    assert table.currentIndex().row() == 2  # each decision moved down the hits
    assert table.hits.quote_at(0).status == Status.REJECTED  # the row shows it, in place
    assert {c.who for c in store.corrections(quote_id=first.id)[-1:]} == {"Ana Lima"}

    qtbot.keyClick(table, Qt.Key.Key_K)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.quote(second.id).status == Status.ACCEPTED
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert window.article_view.hasFocus()  # Escape hands the keyboard back to the review


def test_the_speaker_page_merges_and_undo_restores_every_quote(
    qtbot, web_window: MainWindow
) -> None:
    window = web_window
    store = window.workspace.store
    before = {q.id: q.speaker for q in store.quotes()}
    window.show_speakers()
    page = window.speaker_page
    page.show_speaker("Volker")
    assert page.current is not None and page.current.name == "Kurt Volker"
    assert page.quotes.proxy.rowCount() == 22
    assert "22 quote(s) in 2 article(s)" in page.name.text()

    page.merge_into("Mary Steenburgen")
    assert page.current is not None and page.current.name == "Mary Steenburgen"
    assert page.quotes.proxy.rowCount() == 45
    assert {q.speaker for q in store.quotes() if before[q.id] == "Kurt Volker"} == {
        "Mary Steenburgen"
    }
    assert "merge Kurt Volker" in window.actions_by_name["undo"].text()

    window.actions_by_name["undo"].trigger()
    assert {q.id: q.speaker for q in store.quotes()} == before
    qtbot.waitUntil(lambda: "23 quote(s)" in page.name.text())  # the page follows the undo
    page.show_speaker("Kurt Volker")
    page.rename_to("Mary Steenburgen")  # a name taken: refused in words, nothing changes
    assert "merge 'Kurt Volker' into it instead" in window.statusBar().currentMessage()
    assert {q.id: q.speaker for q in store.quotes()} == before

    page.show_speaker("Kurt Volker")
    page.kind.setCurrentText("organisation")
    page.kind.activated.emit(page.kind.currentIndex())
    assert store.speaker("Kurt Volker").kind == "organisation"
    changes = store.speaker_corrections(store.speaker("Kurt Volker").id)
    assert [c.field for c in changes] == ["merged_into", "merged_into", "kind"]  # merge, undo
    assert {c.who for c in changes} == {"Ana Lima"}


def test_statistics_render_and_export_on_the_seed(qtbot, tmp_path: Path, seed_text: str) -> None:
    from quoteapp.ingest import article_from_text
    from quoteapp.model import Kind, Span

    with Store(tmp_path / "seed.db") as store:
        article, _ = store.add_article(article_from_text(seed_text, "seed.txt"))
        assert article.id is not None
        store.add_quote(article.id, [Span(0, 20)], Kind.DIRECT, "Vladimir Putin")
        store.add_quote(article.id, [Span(30, 60)], Kind.INDIRECT, "Vladimir Putin")
        tables = store.statistics()
    view = StatisticsView(None, tables)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.tabs.count() == 6 and view.tabs.tabText(0) == "Quotes per speaker"
    png, data = tmp_path / "chart.png", tmp_path / "chart.csv"
    view.save_png(png)
    view.save_csv(data)
    image = QImage(str(png))
    assert image.width() > 300 and image.height() > 200
    assert _bar_pixels(image) > 500  # the bar is drawn, not a blank plot
    assert list(csv.reader(data.open(encoding="utf-8-sig"))) == [
        ["label", "count"],
        ["Vladimir Putin", "2"],
    ]


def _bar_pixels(image: QImage) -> int:
    from ui.statistics import BAR

    return sum(
        image.pixelColor(x, y) == BAR
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_statistics_render_the_polnear_train_database(qtbot, tmp_path: Path) -> None:
    gold = SHARED / "gold" / "polnear-train.jsonl"
    if not gold.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    with Store(tmp_path / "train.db") as store:
        import_gold(store, gold)
        tables = store.statistics()
    assert len(tables["quotes per speaker"]) == 20
    view = StatisticsView(None, tables)
    qtbot.addWidget(view)
    view.show()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        out = tmp_path / f"{index}.png"
        view.save_png(out)
        assert QImage(str(out)).width() > 300


def test_export_from_the_app_keeps_only_the_chosen_speaker_and_kind(
    qtbot, web_window: MainWindow, tmp_path: Path
) -> None:
    from ui.export_dialog import ExportDialog, export_to

    dialog = ExportDialog(web_window)
    qtbot.addWidget(dialog)
    dialog.speaker.setCurrentText("Kurt Volker")
    dialog.kind.setCurrentText("direct")
    out = tmp_path / "volker.csv"
    export_to(web_window, out, "csv", dialog.selection(()))
    qtbot.waitUntil(lambda: "Wrote" in web_window.statusBar().currentMessage(), timeout=30_000)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows and {(r["speaker"], r["kind"]) for r in rows} == {("Kurt Volker", "direct")}
