"""Undo commands: thin adapters over the store's edits.

Every edit in the store has an id; undoing it is `revert_edit`, which is
itself an edit, and redo reverts that revert. So each command only keeps the
id of the last edit it made. `QUndoStack.push()` calls `redo()`, which makes
the first edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from quoteapp.errors import QuoteappError
from quoteapp.model import Kind, Quote, Span
from quoteapp.store import Store


class EditChain(QUndoCommand):
    """An edit whose undo and redo walk the store's chain of reverts."""

    def __init__(
        self,
        store: Store,
        text: str,
        first: Callable[[], int | None],
        on_change: Callable[[], None],
        on_refused: Callable[[str], None] | None = None,
        who: str | None = None,
        show: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._show = show  # after undo or redo: show what it changed
        self._who = who
        self._store = store
        self._first = first
        self._on_change = on_change
        self._on_refused = on_refused
        self._last: int | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            if not self._done_once:
                self._last = self._first()
                self._done_once = True
            elif self._last is not None:
                self._last = self._store.revert_edit(self._last, self._who)
                self._shown()
        except QuoteappError as error:  # changed elsewhere, gone, damaged: said, not crashed
            self._refused(error)
            return
        if self._last is None:
            self.setObsolete(True)  # nothing changed: leave no empty step on the stack
        self._on_change()

    def _shown(self) -> None:
        if self._show is not None:
            self._show()

    def undo(self) -> None:
        try:
            if self._last is not None:
                self._last = self._store.revert_edit(self._last, self._who)
                self._shown()
        except QuoteappError as error:
            self._refused(error)
            return
        self._on_change()

    def _refused(self, error: QuoteappError) -> None:
        if self._on_refused is None:
            raise error
        self.setObsolete(True)  # a step that did not happen leaves the stack
        self._on_change()  # the views reload what the file holds now
        self._on_refused(str(error))


def edit_quote(
    store: Store,
    quote: Quote,
    text: str,
    on_change: Callable[[], None],
    on_refused: Callable[[str], None] | None = None,
    who: str | None = None,
    show: Callable[[int, int], None] | None = None,
    **changes: Any,
) -> EditChain:
    """An edit of `quote` as the person sees it: refused if the file changed under it.
    `show(article_id, quote_id)` brings the quote into view when the edit is undone or
    redone, so undo never changes an article out of sight."""
    return EditChain(
        store,
        text,
        lambda: store.edit_quote(quote.id, who, seen=quote, **changes),
        on_change,
        on_refused,
        who,
        None if show is None else lambda: show(quote.article_id, quote.id),
    )


def speaker_edit(
    store: Store,
    text: str,
    edit: Callable[[str | None], int],
    on_change: Callable[[], None],
    on_refused: Callable[[str], None],
    who: str | None,
) -> EditChain:
    """A merge, rename, kind or note change: one undoable step like any quote edit."""
    return EditChain(store, text, lambda: edit(who), on_change, on_refused, who)


class AddQuote(EditChain):
    """A new quote from a selection; undo hides it again (the audit row stays)."""

    def __init__(
        self,
        store: Store,
        article_id: int,
        parts: list[Span],
        kind: Kind,
        speaker: str | None,
        on_change: Callable[[], None],
        who: str | None = None,
    ) -> None:
        self.quote: Quote | None = None

        def create() -> int | None:
            self.quote = store.add_quote(article_id, parts, kind, speaker, who=who)
            return store.corrections(quote_id=self.quote.id)[0].edit_id

        super().__init__(store, "add quote", create, on_change, who=who)
