"""Key press to repaint while extraction runs in the background.

    python -m benchmarks.review_keys

Builds a database of polnear-train (839 gold articles, 19,819 quotes) plus 200 of
its texts added again as new articles, opens the app offscreen on the gold article
with the most quotes, starts extracting the 200, and presses J, A and R 50 times
each, timing each press until its repaint is done (the key event and the event
loop's pending work, extraction results arriving included). Aim: median < 30 ms,
worst < 100 ms. Also counts the keystrokes that review the seed article in full.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "gold" / "polnear-train.jsonl"
PRESSES = 50


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms, worst {max(values) * 1000:6.1f} ms"


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from quoteapp.evaluate import read_gold
    from quoteapp.export import import_gold
    from quoteapp.ingest import article_from_text
    from quoteapp.nlp import DEFAULT_PIPELINE
    from quoteapp.store import Store
    from ui.main_window import MainWindow
    from ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "keys.db"
    with Store(path) as store:
        import_gold(store, GOLD)
        for gold in read_gold(GOLD)[:200]:
            store.add_article(article_from_text(gold.text + "\n", f"again-{gold.id}"))
        busiest = max(store.articles(), key=lambda a: a.quotes)
        # reviewed as a fresh extraction would be: every quote pending, not gold
        store.db.execute("UPDATE quotes SET status = 'pending' WHERE article_id = ?", [busiest.id])
        store.db.execute("UPDATE articles SET gold = 0 WHERE id = ?", [busiest.id])
        store.db.conn.commit()
    print(f"built; reviewing article {busiest.id} with {busiest.quotes} pending quotes")

    window = MainWindow(Workspace(Store(path)), DEFAULT_PIPELINE, None, auto_extract=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.workspace.select_article(busiest.id)
    app.processEvents()
    quiet = presses(window, app, busiest.id, QTest, Qt, rounds=20)
    window.loader.extract([i for i in window.workspace.store.articles_to_extract()])
    deadline = time.perf_counter() + 120
    while window.loader.done == 0 and time.perf_counter() < deadline:  # the model is loaded
        app.processEvents()
        time.sleep(0.01)
    window.workspace.select_article(busiest.id)
    timings = presses(window, app, busiest.id, QTest, Qt, rounds=PRESSES)
    extracted = window.loader.done
    window.loader.cancel()
    window.close()
    window.workspace.store.close()
    print(f"articles extracted during the presses: {extracted}")
    for name, values in quiet.items():
        print(f"{name} with nothing running:     {ms(values)}")
    for name, values in timings.items():
        print(f"{name} while extracting:         {ms(values)}   aim: median < 30, worst < 100")


def presses(window, app, article_id: int, QTest, Qt, rounds: int) -> dict[str, list[float]]:
    """J, A and R in turn, each timed from the key to the end of its repaint."""
    timings: dict[str, list[float]] = {"J": [], "A": [], "R": []}
    keys = {"J": Qt.Key.Key_J, "A": Qt.Key.Key_A, "R": Qt.Key.Key_R}
    for round_ in range(rounds):
        if round_ % 20 == 0:  # back to the start of the busy article, its quotes pending
            store = window.workspace.store
            store.db.execute(
                "UPDATE quotes SET status = 'pending' WHERE article_id = ?", [article_id]
            )
            store.db.conn.commit()
            window.workspace.notify()
            window.workspace.select_quote(window.workspace.quotes()[0].id)
            app.processEvents()
        for name, key in keys.items():
            start = time.perf_counter()
            QTest.keyClick(window.article_view, key)
            app.processEvents()
            timings[name].append(time.perf_counter() - start)
            time.sleep(0.02)  # a fast reviewer's pace; extraction goes on meanwhile
            app.processEvents()
    return timings


if __name__ == "__main__":
    main()
