"""The corpus views on a large database: search, a speaker page, the statistics view.

    python -m benchmarks.corpus_views

Builds a database from polnear-train (839 articles, every quote reviewed), then,
on real widgets offscreen, times: 20 searches through the store (words, a phrase,
a speaker's alias, a filter with no words), the search pane's whole round trip
(query to table filled), opening the speaker page on the most quoted speaker, and
opening the statistics view. Targets: search < 50 ms, statistics < 300 ms. Medians.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "polnear-train.jsonl"
QUERIES = (
    "said",
    "president",
    "tax",
    "campaign",
    "Clinton",
    "speaker:trump",
    "speaker:clinton",
    '"the United States"',
    "declined to comment",
    "econom",
    "title:debate",
    "cue:told",
    "health care",
    "immigration",
    "war",
    "we will",
    "not",
    "Obama said",
    "vote",
    "email",
)


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms (worst {max(values) * 1000:.1f})"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from quoteapp.export import import_gold
    from quoteapp.nlp import DEFAULT_PIPELINE
    from quoteapp.store import Store
    from ui.main_window import MainWindow
    from ui.statistics import StatisticsView
    from ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "polnear-train.db"
    with Store(path) as store:
        articles, quotes = import_gold(store, GOLD)
    print(f"built: {articles} articles, {quotes} quotes")

    window = MainWindow(Workspace(Store(path)), DEFAULT_PIPELINE, None, auto_extract=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    store = window.workspace.store
    hits, searches, panes = [], [], []
    for query in QUERIES:
        start = time.perf_counter()
        found = store.search(query)
        searches.append(time.perf_counter() - start)
        hits.append(len(found))
    window.show_search()
    for query in QUERIES:
        start = time.perf_counter()
        window.search_pane.query.setText(query)
        window.search_pane.run()
        app.processEvents()
        panes.append(time.perf_counter() - start)

    top = store.speaker_list()[0]
    pages = []
    window.show_speakers()
    for _ in range(10):
        window.speaker_page.show_speaker(None)
        start = time.perf_counter()
        window.speaker_page.show_speaker(top.name)
        app.processEvents()
        pages.append(time.perf_counter() - start)

    opened = []
    for _ in range(10):
        start = time.perf_counter()
        view = StatisticsView(window, store.statistics())
        view.show()
        app.processEvents()
        opened.append(time.perf_counter() - start)
        view.close()
    window.close()
    window.loader.stop()

    print(f"search hits per query: median {statistics.median(hits):.0f}, most {max(hits)}")
    print(f"{'search (store, 20 queries)':44} {ms(searches)}   target <  50 ms")
    print(f"{'search pane: query to table filled':44} {ms(panes)}")
    print(f"{'speaker page: ' + top.name + f' ({top.quotes} quotes)':44} {ms(pages)}")
    print(f"{'statistics view open':44} {ms(opened)}   target < 300 ms")


if __name__ == "__main__":
    main()
