"""Work off the GUI thread: one NLP worker owning the pipeline, and a runner for slow calls.

Workers never touch a widget or the database: they report by signal, and the
GUI thread stores the results with its own SQLite connection.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from quoteapp.errors import QuoteappError
from quoteapp.extract import ExtractionProcess
from quoteapp.store import Store


class ExtractionWorker(QObject):
    """Parses and extracts articles one by one, in its own thread."""

    started = Signal(str, str)  # pipeline name, pipeline version
    article_done = Signal(int, object)  # article id, list[ExtractedQuote]
    finished = Signal(int, bool)  # articles done, cancelled
    failed = Signal(str, bool)  # message, is a bug (traceback) rather than a user error

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._process: ExtractionProcess | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def _worker(self, pipeline: str) -> ExtractionProcess:
        """The extraction process for `pipeline`, started once and kept: the parse runs
        there, so this thread only waits (without the interpreter lock) and keys stay fast."""
        from quoteapp.extract import ExtractionProcess
        from quoteapp.nlp import require_installed

        if self._process is None or self._process.pipeline != pipeline:
            require_installed(pipeline)  # said here in one line, not from inside the process
            self.close()
            self._process = ExtractionProcess(pipeline)
        return self._process

    def close(self) -> None:
        if self._process is not None:
            self._process.close()
            self._process = None

    @Slot(list, str)
    def run(self, articles: list[tuple[int, str]], pipeline: str) -> None:
        self._cancel.clear()
        done = 0
        try:
            process = self._worker(pipeline)
            self.started.emit(pipeline, process.version())
            for article_id, text in articles:
                if self._cancel.is_set():
                    break
                extraction = process.extract(text)
                if extraction.error is not None:  # reported; the other articles go on
                    self.failed.emit(
                        f"Article {article_id} was skipped: extraction failed ({extraction.error})",
                        False,
                    )
                    continue
                self.article_done.emit(article_id, extraction.quotes)
                if extraction.language is not None:
                    self.failed.emit(
                        f"Article {article_id} reads as {extraction.language}, not English: "
                        "no quotes looked for",
                        False,
                    )
                done += 1
        except QuoteappError as error:
            self.failed.emit(str(error), False)
        except Exception:  # a bug: show it whole
            self.failed.emit(traceback.format_exc(), True)
        self.finished.emit(done, self._cancel.is_set())


class NlpThread(QObject):
    """Owns the worker's thread; `request` hands it work through a queued signal."""

    request = Signal(list, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nlp_thread = QThread()
        self.nlp_thread.setObjectName("nlp")
        self.worker = ExtractionWorker()
        self.worker.moveToThread(self.nlp_thread)
        self.request.connect(self.worker.run)
        self.nlp_thread.start()

    def stop(self) -> None:
        self.worker.cancel()
        self.nlp_thread.quit()
        self.nlp_thread.wait(30_000)
        self.worker.close()


class _Signals(QObject):
    """Created on the GUI thread: its slots run there whatever thread emits."""

    done = Signal(object)
    failed = Signal(str, bool)

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[object], None],
        on_failed: Callable[[str, bool], None],
    ) -> None:
        super().__init__(parent)
        self.on_done = on_done
        self.on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self.on_done(result)
        self.deleteLater()

    @Slot(str, bool)
    def _deliver_failed(self, message: str, is_bug: bool) -> None:
        self.on_failed(message, is_bug)
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, function: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.function = function
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.function()
        except QuoteappError as error:
            self.signals.failed.emit(str(error), False)
        except Exception:
            self.signals.failed.emit(traceback.format_exc(), True)
        else:
            self.signals.done.emit(result)


class Background(QObject):
    """Runs slow calls (reading files, fetching URLs) on a thread pool."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)

    def run(
        self,
        function: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[str, bool], None],
    ) -> None:
        signals = _Signals(self, on_done, on_failed)
        self.pool.start(_Task(function, signals))

    def wait(self) -> None:
        self.pool.waitForDone(30_000)


class StoreLane(Background):
    """Long writes (importing gold, storing a folder of articles) on one thread with a
    connection of its own, one after another, so the window never freezes on them; the
    GUI thread's connection sees the result once the lane reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, threads=1)

    def write(
        self,
        path: Path,
        work: Callable[[Store], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[str, bool], None],
    ) -> None:
        def run() -> object:
            with Store(path) as store:
                return work(store)

        self.run(run, on_done, on_failed)
