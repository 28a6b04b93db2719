"""Load articles and extract them, both off the GUI thread, results stored on it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from quoteapp.errors import QuoteappError
from quoteapp.ingest import Loaded, article_from_text, read_sources
from quoteapp.model import ExtractedQuote, Run
from ui.workers import Background, NlpThread

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class Loader(QObject):
    """Lives on the GUI thread, so the workers' signals reach it there (queued)."""

    def __init__(self, window: MainWindow, pipeline: str) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.pipeline = pipeline
        self.background = Background(window)
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
            self.load([url.strip()])

    def paste_article(self) -> None:
        text = QApplication.clipboard().text()
        try:
            article = article_from_text(text, "pasted text")
        except QuoteappError as error:
            self.window.report(f"The clipboard holds no article: {error}", False)
            return
        self._store_loaded(Loaded([article]))

    def load(self, sources: list[str]) -> None:
        """Read the sources in the background; store and extract what comes back."""
        self.window.say(f"Reading {len(sources)} source(s)…")
        self.background.run(lambda: read_sources(sources), self._store_loaded, self.window.report)

    def _store_loaded(self, loaded: object) -> None:
        assert isinstance(loaded, Loaded)
        store = self.workspace.store
        added: list[int] = []
        first: int | None = None
        try:
            for article in loaded.articles:
                stored, created = store.add_article(article)
                first = first or stored.id
                if created and stored.id is not None:
                    added.append(stored.id)
        except QuoteappError as error:
            self.window.report(str(error), False)
        skipped = "; ".join(f"{Path(s.source).name}: {s.reason}" for s in loaded.skipped[:3])
        message = f"Added {len(added)} article(s)"
        if len(loaded.articles) > len(added):
            message += f", {len(loaded.articles) - len(added)} already there"
        if loaded.skipped:
            message += f". Skipped {len(loaded.skipped)}: {skipped}"
        self.window.say(message)
        self.workspace.notify()
        if first is not None:
            self.workspace.select_article(first)
        self.extract(added)

    # Extraction

    def extract(self, article_ids: list[int]) -> None:
        article_ids = [i for i in article_ids if i not in self._queue]
        if not article_ids:
            return
        if self.busy:
            self._queue.extend(article_ids)
            self.total += len(article_ids)
            self.window.show_progress(self.done, self.total)
            return
        store = self.workspace.store
        work = [(i, store.article(i).text) for i in article_ids]
        self.busy, self._run = True, None
        self.total, self.done = len(work), 0
        self.window.show_progress(0, self.total)
        self.nlp.request.emit(work, self.pipeline)

    def extract_current(self) -> None:
        if self.workspace.article_id is not None:
            self.extract([self.workspace.article_id])

    def extract_new(self) -> None:
        self.extract(self.workspace.store.articles_to_extract())

    def cancel(self) -> None:
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
        self.workspace.notify()

    @Slot(int, bool)
    def _finished(self, done: int, cancelled: bool) -> None:
        self.busy = False
        if self._queue and not cancelled:
            queued, self._queue = self._queue, []
            self.extract(queued)
            return
        self._queue.clear()
        self.window.show_progress(None, None)
        self.window.say(f"Extraction {'cancelled' if cancelled else 'done'}: {done} article(s).")

    @Slot(str, bool)
    def _failed(self, message: str, is_bug: bool) -> None:
        self.window.report(message, is_bug)

    def stop(self) -> None:
        self.nlp.stop()
        self.background.wait()
