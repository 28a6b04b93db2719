"""Load articles and extract them, both off the GUI thread, results stored on it."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from quoteapp.errors import QuoteappError
from quoteapp.ingest import Loaded, ReadProgress, article_from_text, read_sources
from quoteapp.ingest.url import is_url
from quoteapp.model import ExtractedQuote, Run
from quoteapp.workflow import AddReport, store_articles
from ui.load_report import LoadReport, summary
from ui.workers import Background, NlpThread, StoreLane

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class Loader(QObject):
    """Lives on the GUI thread, so the workers' signals reach it there (queued)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.background = Background(window)
        self.lane = StoreLane(window)
        self.nlp = NlpThread(window)
        worker = self.nlp.worker
        worker.started.connect(self._started)
        worker.article_done.connect(self._article_done)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._run: Run | None = None
        self._queue: list[int] = []
        self.busy = False
        self.total = self.done = 0
        self.reading: ReadProgress | None = None  # a load being read, for Cancel
        self.last_read: ReadProgress | None = None
        from quoteapp.workflow import claim_owner

        self.owner = f"{claim_owner()}:app"  # what this window's extraction claims are under

    # Loading

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, "Open articles", "", FILE_FILTER)
        if paths:
            self.load(paths)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Open a folder of articles")
        if folder:
            self.load([folder])

    def open_url(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, "Open URL", "Address of the article (http or https):"
        )
        if ok and url.strip():
            self.load_url(url.strip())

    def load_url(self, url: str) -> None:
        if not is_url(url):
            self.window.report(
                f"“{url[:80]}” is not a web address: it should start with http:// or https://",
                False,
            )
            return
        self.load([url])

    def paste_article(self) -> None:
        text = QApplication.clipboard().text()
        try:
            article = article_from_text(text, "pasted text")
        except QuoteappError as error:
            self.window.report(f"The clipboard holds no article: {error}", False)
            return
        self._store_loaded(Loaded([article]))

    def load(self, sources: list[str]) -> None:
        """Read the sources in the background, counting files, with Cancel; then store
        what came back on the store lane and extract it."""
        progress = ReadProgress()
        self.reading = self.last_read = progress
        timer = QTimer(self)
        timer.setInterval(150)
        timer.timeout.connect(
            lambda: self.window.show_progress(progress.done, max(progress.total, 1), "Reading")
        )
        timer.start()
        self.window.say(f"Reading {len(sources)} source(s)…")

        def read_done(loaded: object) -> None:
            timer.stop()
            self.reading = None
            self.window.show_progress(None, None)
            self._store_loaded(loaded)

        def read_failed(message: str, is_bug: bool) -> None:
            timer.stop()
            self.reading = None
            self.window.show_progress(None, None)
            self.window.report(message, is_bug)

        self.background.run(
            lambda: read_sources(sources, progress=progress), read_done, read_failed
        )

    def _store_loaded(self, loaded: object) -> None:
        assert isinstance(loaded, Loaded)
        articles = list(loaded.articles)

        def stored(result: object) -> None:
            assert isinstance(result, AddReport)
            added = [a.id for a in result.added if a.id is not None]
            self.report_load(loaded, len(added), len(result.already_there))
            self.workspace.notify()
            first = next((a.id for a in [*result.added, *result.already_there] if a.id), None)
            if first is not None:
                self.workspace.select_article(first)
            self.extract(added)

        self.lane.write(
            self.workspace.path,
            lambda store: store_articles(store, articles),  # as `quoteapp add` stores them
            stored,
            self.window.report,
        )

    def report_load(self, loaded: Loaded, added: int, already: int) -> None:
        """A line in the status bar; and a report that stays, if anything needs reading."""
        self.window.say(summary(loaded, added, already))
        if loaded.skipped or loaded.warnings:
            report = LoadReport(self.window, loaded, added, already)
            report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.window.load_report = report
            report.show()

    # Extraction

    def extract(self, article_ids: list[int]) -> None:
        gold = self.workspace.store.gold_articles()
        article_ids = [i for i in article_ids if i not in self._queue and i not in gold]
        if not article_ids:
            return
        if self.busy:
            self._queue.extend(article_ids)
            self.total += len(article_ids)
            self.window.show_progress(self.done, self.total)
            return
        store = self.workspace.store
        claimed = set(store.claim_extraction(article_ids, self.owner))
        others = [i for i in article_ids if i not in claimed]
        if others:
            self.window.say(
                f"{len(others)} article(s) are being extracted by another window or process; "
                "they are left to it."
            )
        article_ids = [i for i in article_ids if i in claimed]
        if not article_ids:
            return
        work = [(i, store.article(i).text) for i in article_ids]
        self.busy, self._run = True, None
        self.total, self.done = len(work), 0
        self.window.show_progress(0, self.total)
        self.nlp.request.emit(work, self.workspace.pipeline)

    def extract_current(self) -> None:
        article_id = self.workspace.article_id
        if article_id is None:
            return
        if article_id in self.workspace.store.gold_articles():
            self.window.say(
                "This article is gold data: its quotes are the reference, so it is never "
                "extracted. Evaluate (Ctrl+Shift+G) runs the extractor on gold instead."
            )
            return
        self.extract([article_id])

    def extract_new(self) -> None:
        self.extract(self.workspace.store.articles_to_extract())

    def cancel(self) -> None:
        if self.reading is not None:
            self.reading.cancel()
            self.window.say("Cancelling after the current file…")
            return
        self._queue.clear()
        self.nlp.worker.cancel()
        self.window.say("Cancelling after the current article…")

    @Slot(str, str)
    def _started(self, pipeline: str, version: str) -> None:
        from quoteapp.extract import RULES_VERSION

        self._run = self.workspace.store.start_run(pipeline, version, RULES_VERSION)

    @Slot(int, object)
    def _article_done(self, article_id: int, quotes: list[ExtractedQuote]) -> None:
        assert self._run is not None
        try:
            self.workspace.store.save_extraction(article_id, self._run, quotes)
        except QuoteappError as error:
            self.window.report(str(error), False)
        self.done += 1
        self.window.show_progress(self.done, self.total)
        self.workspace.extracted(article_id)

    @Slot(int, bool)
    def _finished(self, done: int, cancelled: bool) -> None:
        self.busy = False
        if self._queue and not cancelled:
            queued, self._queue = self._queue, []
            self.extract(queued)
            return
        self._queue.clear()
        self.workspace.store.release_claims(self.owner)
        self.window.show_progress(None, None)
        self.window.say(f"Extraction {'cancelled' if cancelled else 'done'}: {done} article(s).")

    @Slot(str, bool)
    def _failed(self, message: str, is_bug: bool) -> None:
        self.window.report(message, is_bug)

    def stop(self) -> None:
        self.nlp.stop()
        # closing: a locked or read-only file keeps the claim until its lease ends
        with contextlib.suppress(QuoteappError):
            self.workspace.store.release_claims(self.owner)
        self.background.wait()
        self.lane.wait()
