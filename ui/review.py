"""Review actions on the current quote: each is one undoable store edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox

from quoteapp.model import Kind, Quote, Span
from ui.commands import AddQuote, edit_quote
from ui.dialogs import SpeakerDialog, open_dialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_OPENING = "“\"'‘«„"


class Reviewer:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.workspace = window.workspace

    def _current(self) -> Quote | None:
        quote = self.workspace.quote()
        if quote is None:
            self.window.say("No quote selected: choose one in the table or press J.")
        return quote

    def _edit(self, quote: Quote, label: str, **changes: object) -> None:
        store = self.workspace.store
        self.workspace.push(
            edit_quote(
                store,
                quote,
                label,
                self.workspace.notify,
                self.window.say,
                self.workspace.reviewer,
                **changes,
            )
        )

    def accept(self) -> None:
        self._judge("accepted")

    def reject(self) -> None:
        self._judge("rejected")

    def _judge(self, status: str) -> None:
        quote = self._current()
        if quote is None:
            return
        self._edit(quote, f"{status[:-2]} quote", status=status)
        if not self.window.advance_hits():  # a pass over search hits goes down the hits
            self.workspace.step(+1)

    def set_speaker(self) -> None:
        quote = self._current()
        if quote is None:
            return
        known = sorted(
            {q.speaker for q in self.workspace.quotes() if q.speaker}
            | set(self.workspace.store.speakers())
        )
        dialog = SpeakerDialog(self.window, quote.speaker, known)
        open_dialog(dialog, lambda: self._speaker_chosen(quote, dialog.name()))

    def _speaker_chosen(self, quote: Quote, name: str | None) -> None:
        if name == quote.speaker:
            return
        self._edit(quote, "set speaker", speaker=name)
        article = self.workspace.article()
        mention = quote.mention.of(article.text) if quote.mention and article else None
        others = [
            q
            for q in self.workspace.quotes()
            if q.id != quote.id
            and q.speaker != name
            and (
                (quote.speaker and q.speaker == quote.speaker)
                or (mention and q.mention and article and q.mention.of(article.text) == mention)
            )
        ]
        if others:
            self._offer_same_fix(quote.speaker or mention or "", name, others)

    def _offer_same_fix(self, old: str, name: str | None, others: list[Quote]) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("sameSpeakerBox")
        box.setWindowTitle("Fix the other quotes too?")
        box.setTextFormat(Qt.TextFormat.PlainText)  # speakers' names are untrusted text
        box.setText(
            f"{len(others)} other quote(s) in this article are attributed to “{old}”. "
            f"Set them to “{name or 'nobody'}” as well?"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.set_speaker_for(others, name)

        box.buttonClicked.connect(answered)
        box.open()

    def set_speaker_for(self, quotes: list[Quote], name: str | None) -> None:
        stack = self.workspace.undo_stack
        stack.beginMacro(f"set speaker of {len(quotes)} quotes")
        for quote in quotes:
            self._edit(quote, "set speaker", speaker=name)
        stack.endMacro()

    def change_kind(self) -> None:
        quote = self._current()
        if quote is None:
            return
        menu = QMenu(self.window)
        menu.setObjectName("kindMenu")
        for kind in Kind:
            action = QAction(str(kind).capitalize(), menu)
            action.setCheckable(True)
            action.setChecked(kind is quote.kind)
            action.triggered.connect(lambda _=False, k=kind: self.set_kind(quote, k))
            menu.addAction(action)
        menu.popup(QCursor.pos())
        self.window.kind_menu = menu

    def set_kind(self, quote: Quote, kind: Kind) -> None:
        if kind is not quote.kind:
            self._edit(quote, "change kind", kind=kind)

    def _selection(self, key: str) -> Span | None:
        span = self.window.article_view.selected_span()
        if span is None:
            self.window.say(f"Select the words in the article first, then press {key}.")
        return span

    def new_quote(self) -> None:
        article = self.workspace.article()
        span = self._selection("N")
        if article is None or article.id is None or span is None:
            return
        text = article.text
        before = text[span.start - 1] if span.start > 0 else ""
        quoted = (before != "" and before in _OPENING) or text[span.start] in _OPENING
        command = AddQuote(
            self.workspace.store,
            article.id,
            [span],
            Kind.DIRECT if quoted else Kind.INDIRECT,
            None,
            self.workspace.notify,
            self.workspace.reviewer,
        )
        self.workspace.push(command)
        if command.quote is not None:
            self.workspace.select_quote(command.quote.id)
            self.window.say("New quote added. Press S to name its speaker, E to change its kind.")

    def move_quote(self) -> None:
        quote = self._current()
        span = self._selection("M") if quote else None
        if quote is None or span is None:
            return
        self._edit(quote, "move quote", parts=[span])

    def delete_quote(self) -> None:
        quote = self._current()
        if quote is None:
            return
        self._edit(quote, "delete quote", deleted=True)
        self.window.say("Quote deleted. Ctrl+Z brings it back.")

    def undo(self) -> None:
        self.workspace.undo_stack.undo()

    def redo(self) -> None:
        self.workspace.undo_stack.redo()
