"""The review app on real widgets and a real database, driven from the keyboard."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from quoteapp.ingest import article_from_text
from quoteapp.model import Kind, Origin, Span, Status
from quoteapp.nlp import DEFAULT_PIPELINE
from quoteapp.store import Store
from ui.dialogs import SpeakerDialog
from ui.main_window import MainWindow
from ui.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
EXTRACTION_TIMEOUT_MS = 120_000


def _open(qtbot, path: Path, auto_extract: bool = True) -> MainWindow:
    window = MainWindow(Workspace(Store(path)), DEFAULT_PIPELINE, None, auto_extract=auto_extract)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.article_view.setFocus()
    return window


def _wait_for_extraction(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not window.loader.busy and bool(window.workspace.quotes()),
        timeout=EXTRACTION_TIMEOUT_MS,
    )


@pytest.fixture
def db(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "review.db"
    with Store(path) as store:
        store.add_article(
            article_from_text(seed_text, str(ROOT / "seeds" / "000_e67d1b9d590ba574.txt"))
        )
    return path


@pytest.fixture
def window(qtbot, db: Path) -> MainWindow:
    opened = _open(qtbot, db)
    _wait_for_extraction(qtbot, opened)
    yield opened
    opened.close()
    opened.workspace.store.close()


def _press(qtbot, window: MainWindow, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.article_view, key, modifier)


def test_extraction_runs_off_the_gui_thread_while_the_loop_keeps_turning(qtbot, db: Path) -> None:
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    window = _open(qtbot, db)
    assert window.loader.busy, "extraction of the new article starts by itself"
    assert window.loader.nlp.worker.thread() is not QCoreApplication.instance().thread()
    _wait_for_extraction(qtbot, window)
    timer.stop()
    assert len(ticks) > 20  # the timer fired all along: the GUI thread was never blocked
    assert window.quote_model.rowCount() == len(window.workspace.quotes()) >= 10
    assert "Reviewed: this article 0/" in window.reviewed_label.text()
    window.close()
    window.workspace.store.close()


def test_review_from_the_keyboard_and_find_it_all_after_reopening(
    qtbot, window: MainWindow, db: Path
) -> None:
    workspace = window.workspace
    quotes = workspace.quotes()
    first = quotes[0]
    assert workspace.quote_id == first.id

    _press(qtbot, window, Qt.Key.Key_A)  # accept, and move on
    assert workspace.store.quote(first.id).status is Status.ACCEPTED
    second = workspace.quote()
    assert second.id == quotes[1].id
    _press(qtbot, window, Qt.Key.Key_R)  # reject
    assert workspace.store.quote(second.id).status is Status.REJECTED

    _press(qtbot, window, Qt.Key.Key_K)  # back to the rejected one
    assert workspace.quote_id == second.id
    _press(qtbot, window, Qt.Key.Key_J)
    third = workspace.quote()

    _press(qtbot, window, Qt.Key.Key_S)  # set speaker through the dialog
    dialog = window.findChild(SpeakerDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.edit.setText("Kemal Kirisci")
    dialog.accept()
    assert workspace.store.quote(third.id).speaker == "Kemal Kirisci"
    box = window.findChild(QMessageBox, "sameSpeakerBox")
    if box is not None:  # other quotes had the same speaker: decline to change them
        box.button(QMessageBox.StandardButton.No).click()

    _press(qtbot, window, Qt.Key.Key_E)  # change kind from the menu
    expected_kind = Kind.INDIRECT if third.kind is Kind.PARTIAL else Kind.PARTIAL
    menu = window.kind_menu
    menu.setActiveAction(next(a for a in menu.actions() if a.text() == expected_kind.capitalize()))
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert not menu.isVisible()
    assert workspace.store.quote(third.id).kind is expected_kind

    text = workspace.article().text
    start = text.index("Yet analysts say")
    window.article_view.select(
        Span(start, start + len("Yet analysts say that while both countries"))
    )
    _press(qtbot, window, Qt.Key.Key_N)  # a new quote from the selection
    added = workspace.quote()
    assert added.origin is Origin.HUMAN and added.status is Status.ACCEPTED
    assert added.text(text) == "Yet analysts say that while both countries"

    window.article_view.select(Span(start + 17, start + 60))
    _press(qtbot, window, Qt.Key.Key_M)  # move its span to the new selection
    assert workspace.store.quote(added.id).parts == (Span(start + 17, start + 60),)

    workspace.select_quote(quotes[-1].id)
    _press(qtbot, window, Qt.Key.Key_Delete)
    assert workspace.store.quote(quotes[-1].id).deleted

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete
    assert not workspace.store.quote(quotes[-1].id).deleted
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the move
    assert workspace.store.quote(added.id).parts == (Span(start, start + 42),)
    _press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # redo the move
    assert workspace.store.quote(added.id).parts == (Span(start + 17, start + 60),)

    window.close()
    workspace.store.close()
    with Store(db) as reopened:
        assert reopened.quote(first.id).status is Status.ACCEPTED
        assert reopened.quote(second.id).status is Status.REJECTED
        assert reopened.quote(third.id).speaker == "Kemal Kirisci"
        assert reopened.quote(third.id).kind is expected_kind
        assert reopened.quote(added.id).parts == (Span(start + 17, start + 60),)
        assert not reopened.quote(quotes[-1].id).deleted
        fields = [c.field for c in reopened.corrections()]
        assert {"status", "speaker", "kind", "created", "parts", "deleted"} <= set(fields)


def test_reopening_and_reextracting_keeps_every_decision(
    qtbot, window: MainWindow, db: Path
) -> None:
    workspace = window.workspace
    first = workspace.quote()
    _press(qtbot, window, Qt.Key.Key_R)
    window.close()
    workspace.store.close()
    again = _open(qtbot, db)
    again.loader.extract_current()
    _wait_for_extraction(qtbot, again)
    assert again.workspace.store.quote(first.id).status is Status.REJECTED
    again.close()
    again.workspace.store.close()


def test_pasted_text_becomes_an_article_and_is_extracted(qtbot, window: MainWindow) -> None:
    QApplication.clipboard().setText(
        "“We will not back down,” Senator Maria Lopez said on Tuesday."
    )
    _press(
        qtbot,
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(window.workspace.summaries()) == 2)
    _wait_for_extraction(qtbot, window)
    qtbot.waitUntil(
        lambda: any(q.speaker == "Maria Lopez" for q in window.workspace.quotes()),
        timeout=EXTRACTION_TIMEOUT_MS,
    )
    assert window.article_model.rowCount() == 2


def test_a_bad_source_is_reported_in_plain_words(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.loader.load([str(tmp_path / "missing.txt")])
    qtbot.waitUntil(lambda: window.load_report is not None)
    assert any("does not exist" in reason for reason in window.load_report.reasons())
    assert "1 skipped" in window.statusBar().currentMessage()
    assert len(window.workspace.summaries()) == 1


def test_filters_narrow_the_lists(qtbot, window: MainWindow) -> None:
    window.quote_filter.setText("Akhmetov")
    assert 0 < window.quote_proxy.rowCount() < window.quote_model.rowCount()
    window.article_filter.setText("no such article")
    assert window.article_proxy.rowCount() == 0


def test_screenshot_mode_writes_the_window(tmp_path: Path, db: Path, quoteapp) -> None:
    assert quoteapp("extract", db=db).code == 0
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--db", str(db), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_evaluate_in_the_app_and_click_an_error_open(
    qtbot, window: MainWindow, tmp_path: Path, seed_text: str
) -> None:
    from ui.evaluation import SPAN_ROLE, show_evaluation

    start = seed_text.index("Yet analysts say")
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "seed",
        "text": seed_text,
        "quotes": [{"content": [start, start + 60], "kind": "indirect", "speaker": "analysts"}],
    }
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    show_evaluation(window, gold)
    qtbot.waitUntil(lambda: window.evaluation_dialog is not None, timeout=30_000)
    dialog = window.evaluation_dialog
    assert "ran on the 1 gold article(s)" in dialog.summary.text()
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 0).text() == "indirect"
    missed = next(
        dialog.errors.item(i)
        for i in range(dialog.errors.count())
        if "indirect · missed" in dialog.errors.item(i).text()
    )
    assert missed.data(SPAN_ROLE)[1:] == (start, start + 60)
    window.workspace.select_quote(window.workspace.quotes()[-1].id)
    dialog.open_error(missed)
    assert window.article_view.selected_span() == Span(start, start + 60)


def test_export_from_the_app_writes_a_workbook(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from quoteapp.export import Selection
    from ui.export_dialog import export_to

    out = tmp_path / "quotes.xlsx"
    export_to(window, out, "xlsx", Selection())
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=30_000)
    from openpyxl import load_workbook

    assert load_workbook(out)["Quotes"].max_row == len(window.workspace.quotes()) + 1


def test_showing_quotes_does_not_leak_references_to_none(qtbot, window: MainWindow) -> None:
    """PySide6 6.12.0 drops a reference to None per call and so crashes long sessions."""
    workspace = window.workspace
    quotes = workspace.quotes()
    gc.collect()  # earlier tests' garbage, freed mid-loop, would lower the count too
    before = sys.getrefcount(None)
    for index in range(60):
        workspace.select_quote(quotes[index % len(quotes)].id)
    assert sys.getrefcount(None) >= before - 50


def test_arrow_keys_move_between_quotes_from_the_article_view(qtbot, window: MainWindow) -> None:
    quotes = window.workspace.quotes()
    assert window.workspace.quote_id == quotes[0].id
    _press(qtbot, window, Qt.Key.Key_Down)
    assert window.workspace.quote_id == quotes[1].id
    _press(qtbot, window, Qt.Key.Key_Up)
    assert window.workspace.quote_id == quotes[0].id


def test_a_partial_quotes_own_words_stand_out_inside_its_paraphrase(
    qtbot, window: MainWindow, seed_text: str
) -> None:
    view = window.article_view
    fragment = seed_text.index("pursue more intensely")
    words = Span(fragment, fragment + len("pursue more intensely"))
    partial = next(
        q
        for q in window.workspace.quotes()
        if q.kind is Kind.PARTIAL and q.content.start <= words.start < q.content.end
    )
    window.workspace.select_quote(partial.id)
    highlighted = {
        (view._offsets.to_python(s.cursor.selectionStart()), s.format.fontWeight())
        for s in view.extraSelections()
    }
    assert (words.start, 600) in highlighted  # the quoted words, in bold
    assert (partial.content.start, 600) not in highlighted  # the paraphrase is not

    def background_at(offset: int) -> QColor:
        covering = [
            s
            for s in view.extraSelections()
            if view._offsets.to_python(s.cursor.selectionStart())
            <= offset
            < view._offsets.to_python(s.cursor.selectionEnd())
        ]
        return covering[-1].format.background().color()  # the last one painted wins

    # the yellow focus on the quote under review does not hide its own words
    assert background_at(words.start) != background_at(partial.content.start)


def test_the_detail_panel_shows_how_the_speaker_was_reached(qtbot, window: MainWindow) -> None:
    workspace = window.workspace
    text = workspace.article().text
    reached = next(q for q in workspace.quotes() if "deepen coordination" in q.text(text))
    workspace.select_quote(reached.id)
    how = window.detail.fields["How"]
    assert how.text() == "The Russian leader → Vladimir Putin, named in paragraph 3"
    assert how.textFormat() == Qt.TextFormat.PlainText

    _press(qtbot, window, Qt.Key.Key_S)  # a person sets the speaker: the panel says so
    dialog = window.findChild(SpeakerDialog)
    dialog.edit.setText("Dmitry Peskov")
    dialog.accept()
    box = window.findChild(QMessageBox, "sameSpeakerBox")
    if box is not None:
        box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: how.text().startswith("set by "))


def test_undo_of_a_quote_another_window_changed_is_refused_in_words(
    qtbot, window: MainWindow, db: Path
) -> None:
    """A in this window, R on the same quote in another one (another process), then Ctrl+Z
    here: the undo would overwrite the other decision, so it is refused with a message and
    the view shows what the file holds, instead of a crash or a silent overwrite."""
    quote = window.workspace.quote()
    _press(qtbot, window, Qt.Key.Key_A)
    assert window.workspace.store.quote(quote.id).status is Status.ACCEPTED
    with Store(db) as other:
        other.edit_quote(quote.id, status="rejected", who="bo")
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "changed elsewhere" in window.statusBar().currentMessage())
    assert window.workspace.store.quote(quote.id).status is Status.REJECTED
    assert not window.workspace.undo_stack.canUndo()


def test_an_article_without_quotes_says_why(
    qtbot, tmp_path: Path, seed_text: str, shared_pages: Path
) -> None:
    truth = json.loads((shared_pages / "ground-truth.json").read_text(encoding="utf-8"))
    # a real Portuguese interview, in which the English parser found seven wrong quotes
    portuguese = truth["23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e"]
    path = tmp_path / "mixed.db"
    with Store(path) as store:
        seed, _ = store.add_article(article_from_text(seed_text, "seed"))
        page, _ = store.add_article(article_from_text(portuguese["articleBody"], "page"))
        plain, _ = store.add_article(
            article_from_text("The roads into the valley stayed closed until evening. " * 4)
        )
    window = _open(qtbot, path, auto_extract=False)
    window.workspace.select_article(page.id)
    assert window.detail.title.text() == "Not extracted yet"
    window.loader.extract([seed.id, page.id, plain.id])
    qtbot.waitUntil(
        lambda: not window.loader.busy and all(s.extracted for s in window.workspace.summaries()),
        timeout=EXTRACTION_TIMEOUT_MS,
    )
    # the language model loads in the background: the note says it once the model is in
    qtbot.waitUntil(lambda: "reads as Portuguese" in window.detail.title.text())
    assert "English text only" in window.detail.title.text()
    window.workspace.select_article(plain.id)
    assert window.detail.title.text() == "No quotes found in this article"
    window.workspace.select_article(seed.id)
    assert window.detail.title.text().startswith("“")  # its first quote, shown as before
    window.close()
    window.workspace.store.close()


def test_gold_data_without_quotes_is_not_waiting_for_extraction(qtbot, tmp_path: Path) -> None:
    from quoteapp.export import import_gold

    gold = tmp_path / "quiet.jsonl"
    text = "The council met on Tuesday and adjourned without a vote on the budget."
    gold.write_text(json.dumps({"id": "quiet", "text": text, "quotes": []}) + "\n")
    path = tmp_path / "gold.db"
    with Store(path) as store:
        import_gold(store, gold)
    window = _open(qtbot, path, auto_extract=False)
    assert window.detail.title.text() == "Gold data with no quotes marked"
    window.close()
    window.workspace.store.close()
