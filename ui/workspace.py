"""The open database and what the user is looking at, for every view to follow.

Views never call each other: they listen to `changed` (the data changed) and
`current_changed` (another article or quote is selected) and refresh.
Undo lives here, over the store's own reversible edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from quoteapp.model import Article, ArticleSummary, Quote
from quoteapp.nlp import DEFAULT_PIPELINE
from quoteapp.store import Store, default_user


class Workspace(QObject):
    changed = Signal()
    current_changed = Signal()
    store_replaced = Signal()
    focus_review = Signal()  # give the keyboard back to the quote under review
    # quotes a person's edit changed, as they are now: views repaint those rows only
    quotes_edited = Signal(list)
    article_extracted = Signal(int)  # an article's extraction was saved (its id)
    message = Signal(str)  # a line for the person (the status bar shows it)

    def __init__(
        self, store: Store, parent: QObject | None = None, reviewer: str | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.reviewer = reviewer or default_user()  # recorded on every correction
        self.pipeline = DEFAULT_PIPELINE  # the spaCy pipeline extraction and evaluation use
        self.undo_stack = QUndoStack(self)
        self.article_id: int | None = None
        self.quote_id: int | None = None
        self._article_cache: Article | None = None
        self._quotes: list[Quote] | None = None
        self._quotes_of: int | None = None

    # The database

    def replace_store(self, store: Store) -> None:
        """Switch to another database file; the old one is closed."""
        self.store.close()
        self.store = store
        self.undo_stack.clear()
        self.article_id = self.quote_id = None
        self._article_cache = None
        self._quotes = None
        self.store_replaced.emit()
        self.changed.emit()
        self.current_changed.emit()

    @property
    def path(self) -> Path:
        return self.store.path

    # What is selected

    def article(self) -> Article | None:
        if self.article_id is None:
            return None
        if self._article_cache is None or self._article_cache.id != self.article_id:
            self._article_cache = self.store.article(self.article_id)
        return self._article_cache

    def quotes(self) -> list[Quote]:
        """The current article's quotes, read once and kept until something changes them."""
        if self.article_id is None:
            return []
        if self._quotes is None or self._quotes_of != self.article_id:
            self._quotes = self.store.quotes(self.article_id)
            self._quotes_of = self.article_id
        return self._quotes

    def forget_quotes(self) -> None:
        self._quotes = None

    def quote(self) -> Quote | None:
        if self.quote_id is None:
            return None
        return next((q for q in self.quotes() if q.id == self.quote_id), None)

    def summaries(self) -> list[ArticleSummary]:
        return self.store.articles()

    def select_article(self, article_id: int | None) -> None:
        if article_id == self.article_id:
            return
        self.article_id = article_id
        quotes = self.quotes()
        self.quote_id = quotes[0].id if quotes else None
        self.current_changed.emit()

    def select_quote(self, quote_id: int | None) -> None:
        if quote_id == self.quote_id:
            return
        self.quote_id = quote_id
        self.current_changed.emit()

    def open_quote(self, article_id: int, quote_id: int) -> None:
        """Show a quote from anywhere in the database (a search hit, a speaker's quote)."""
        if article_id != self.article_id:
            self.article_id = article_id
            self.quote_id = quote_id
            self.current_changed.emit()
        else:
            self.select_quote(quote_id)

    def say(self, text: str) -> None:
        self.message.emit(text)

    # Edits

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def edited(self, quote_ids: list[int]) -> None:
        """A person's edit changed these quotes: re-read just them (one query) and let the
        views repaint their rows, instead of every view reloading everything."""
        fresh = self.store.quotes_by_id(quote_ids)
        if self._quotes is not None and self._quotes_of == self.article_id:
            cached = {q.id for q in self._quotes}
            if any(q.id not in cached and not q.deleted for q in fresh.values()):
                self._quotes = None  # a quote restored by undo: read the article's afresh
            else:
                kept = [fresh.get(q.id, q) for q in self._quotes]
                self._quotes = [q for q in kept if not q.deleted]
        self.quotes_edited.emit(list(fresh.values()))

    def extracted(self, article_id: int) -> None:
        """An extraction was saved: only that article's row, and its quotes if shown."""
        if article_id == self.article_id:
            self.notify()
            return
        self.article_extracted.emit(article_id)

    def notify(self) -> None:
        """The data changed (an edit, an extraction, a load): every view refreshes."""
        self._quotes = None
        if self.quote() is None:  # nothing selected yet, or the selected quote went away
            quotes = self.quotes()
            wanted = quotes[0].id if quotes else None
            if wanted != self.quote_id:
                self.quote_id = wanted
                self.current_changed.emit()
        self.changed.emit()
