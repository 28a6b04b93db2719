"""Review actions on the current quote: each is one undoable store edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox

from quoteapp.model import Kind, Quote, Span
from ui.commands import AddQuote, EditChain, edit_quote
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
                lambda: self.workspace.edited([quote.id]),
                self.window.say,
                self.workspace.reviewer,
                self.workspace.open_quote,
                **changes,
            )
        )

    def accept(self) -> None:
        self._judge("accepted")

    def reject(self) -> None:
        self._judge("rejected")

    def accept_shown(self) -> None:
        self._judge_many("accepted", self.window.shown_quotes(), "shown")

    def reject_shown(self) -> None:
        self._judge_many("rejected", self.window.shown_quotes(), "shown")

    def _judge(self, status: str) -> None:
        chosen = self.window.selected_quotes()
        if len(chosen) > 1 and self.window.quote_table.hasFocus():
            self._judge_many(status, chosen, "selected")
            return
        quote = self._current()
        if quote is None:
            return
        self._edit(quote, f"{status[:-2]} quote", status=status)
        if not self.window.advance_hits():  # a pass over search hits goes down the hits
            self.window.navigator.next_unreviewed()

    def _judge_many(self, status: str, quotes: list[Quote], which: str) -> None:
        """A or R on several selected rows, or Shift+A / Shift+R on every row shown: one
        confirmation naming the count, then one edit (one undo step)."""
        todo = [q for q in quotes if q.status != status]
        verb = "Accept" if status == "accepted" else "Reject"
        if not todo:
            self.window.say(f"Every {which} quote is already {status}.")
            return
        box = QMessageBox(self.window)
        box.setObjectName("batchBox")
        box.setWindowTitle(f"{verb} {len(todo)} quotes?")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{verb} the {len(todo)} {which} quote(s) that are not {status} yet?")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return
            store, workspace = self.workspace.store, self.workspace
            workspace.push(
                EditChain(
                    store,
                    f"{verb.lower()} {len(todo)} quotes",
                    lambda: store.edit_quotes(todo, workspace.reviewer, status=status),
                    lambda: workspace.edited([q.id for q in todo]),
                    self.window.say,
                    workspace.reviewer,
                    lambda: workspace.open_quote(todo[0].article_id, todo[0].id),
                )
            )
            self.window.say(f"{verb}ed {len(todo)} quote(s). Ctrl+Z undoes all of them.")

        box.buttonClicked.connect(answered)
        box.open()

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
            and q.status != "rejected"  # a rejected quote was rightly someone else's
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
        article = self.workspace.article()
        text = article.text if article is not None else ""
        listed = "\n".join(
            f"• “{_short(' '.join(q.text(text).split()))}” ({q.status})" for q in others[:12]
        )
        more = f"\n…and {len(others) - 12} more" if len(others) > 12 else ""
        box.setText(
            f"{len(others)} other quote(s) in this article are attributed to “{old}”:\n\n"
            f"{listed}{more}\n\nSet them to “{name or 'nobody'}” as well?"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Return changes nothing more

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
        self.window.navigator.after_delete(quote.id)  # the next quote is current, not the first
        self._edit(quote, "delete quote", deleted=True)
        self.window.say("Quote deleted. Ctrl+Z brings it back.")

    def undo(self) -> None:
        stack = self.workspace.undo_stack
        if not stack.canUndo():
            self.window.say("Nothing to undo.")
            return
        text = stack.undoText()
        self._say_after(stack.undo, f"Undid: {text}.")

    def redo(self) -> None:
        stack = self.workspace.undo_stack
        if not stack.canRedo():
            self.window.say("Nothing to redo.")
            return
        text = stack.redoText()
        self._say_after(stack.redo, f"Redid: {text}.")

    def _say_after(self, step, done: str) -> None:
        """Say what undo or redo did, unless it was refused (the refusal is said instead)."""
        bar = self.window.statusBar()
        bar.clearMessage()
        step()
        if not bar.currentMessage():
            self.window.say(done)

    def kind_direct(self) -> None:
        self._set_current_kind(Kind.DIRECT)

    def kind_partial(self) -> None:
        self._set_current_kind(Kind.PARTIAL)

    def kind_indirect(self) -> None:
        self._set_current_kind(Kind.INDIRECT)

    def _set_current_kind(self, kind: Kind) -> None:
        quote = self._current()
        if quote is not None:
            self.set_kind(quote, kind)

    def set_cue(self) -> None:
        """C: the selected words are the current quote's cue ("said", "according to")."""
        quote = self._current()
        span = self._selection("C") if quote else None
        if quote is not None and span is not None:
            self._edit(quote, "set cue", cue=span)

    def set_mention(self) -> None:
        """W: the selected words are who said it, as written; a quote with no speaker
        also gets them as its speaker's name."""
        quote = self._current()
        span = self._selection("W") if quote else None
        article = self.workspace.article()
        if quote is None or span is None or article is None:
            return
        changes: dict[str, object] = {"mention": span}
        if not quote.speaker:
            changes["speaker"] = span.of(article.text)
        self._edit(quote, "set speaker mention", **changes)


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
