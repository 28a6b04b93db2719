"""The review app on a large database: open, switch article, edit.

    python -m benchmarks.app_speed

Builds a database from polnear-train (840 articles, every quote reviewed),
then, on real widgets offscreen: the time to open it and show the first
article, to switch article, and an edit's round trip to SQLite (the store's
own write, and the whole keypress: write, audit row, views refreshed).
Targets: open < 1 s, switch < 100 ms, edit < 20 ms. Medians of many runs.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "polnear-train.jsonl"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from quoteapp.export import import_gold
    from quoteapp.nlp import DEFAULT_PIPELINE
    from quoteapp.store import Store
    from ui.commands import edit_quote
    from ui.main_window import MainWindow
    from ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = folder / "polnear-train.db"
    start = time.perf_counter()
    with Store(path) as store:
        articles, quotes = import_gold(store, GOLD)
    print(f"built: {articles} articles, {quotes} quotes in {time.perf_counter() - start:.1f} s")

    opens = []
    for _ in range(5):
        start = time.perf_counter()
        window = MainWindow(Workspace(Store(path)), DEFAULT_PIPELINE, None, auto_extract=False)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        opens.append(time.perf_counter() - start)
        window.close()
        window.loader.stop()
        window.workspace.store.close()

    window = MainWindow(Workspace(Store(path)), DEFAULT_PIPELINE, None, auto_extract=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    workspace = window.workspace
    ids = [s.id for s in workspace.summaries()]
    switches = []
    for article_id in ids[1:101]:
        start = time.perf_counter()
        workspace.select_article(article_id)
        app.processEvents()
        switches.append(time.perf_counter() - start)

    store_edits, keypresses = [], []
    for quote in workspace.quotes()[:20]:
        start = time.perf_counter()
        edit = workspace.store.edit_quote(quote.id, status="rejected")
        store_edits.append(time.perf_counter() - start)
        workspace.store.revert_edit(edit)
        start = time.perf_counter()
        workspace.push(
            edit_quote(
                workspace.store,
                quote,
                "reject",
                lambda q=quote: workspace.edited([q.id]),
                status="rejected",
            )
        )
        app.processEvents()
        keypresses.append(time.perf_counter() - start)
    window.close()
    window.loader.stop()

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.1f} ms"

    print(f"{'open the database, first article shown':42} {ms(opens)}   target < 1000 ms")
    print(f"{'switch article':42} {ms(switches)}   target <  100 ms")
    print(f"{'edit: store write with audit row':42} {ms(store_edits)}   target <   20 ms")
    print(f"{'edit: keypress to refreshed views':42} {ms(keypresses)}")


if __name__ == "__main__":
    main()
