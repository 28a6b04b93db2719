"""The article text with its quotes highlighted, the current one with its evidence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from quoteapp.extract import quoted_spans
from quoteapp.model import Kind, Quote, Span, Status
from ui.palette import CUE, CURRENT, KIND_COLOURS, MENTION, UNDERLINES, tint
from ui.plain import tooltip


class Offsets:
    """Python counts code points, Qt counts UTF-16 units; map between the two."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1)

    def to_python(self, position: int) -> int:
        offset = position
        for wide in self._wide:
            if self.to_qt(wide) < position:
                offset -= 1
        return offset


class ArticleView(QTextEdit):
    quote_clicked = Signal(int)  # a click (not a drag) on a quote's words: its id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setObjectName("articleView")
        self.document().setDocumentMargin(18)
        self._text = ""
        self._offsets = Offsets("")
        self._quotes: list[Quote] = []
        self._quoted: list[Span] = []  # the words inside quotation marks
        # each quote's tint by (id, status, kind, parts), for the text shown
        self._tinted: dict[tuple, list[QTextEdit.ExtraSelection]] = {}
        self._tinted_text = ""
        self.viewport().installEventFilter(self)

    def show_article(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._offsets = Offsets(text)
        self._quoted = [q.inner for q in quoted_spans(text)]
        self.setPlainText(text)

    def show_quotes(self, quotes: list[Quote], current: Quote | None, scroll: bool) -> None:
        """Every quote tinted by kind, the current one on top. The tints are kept while
        the quotes are unchanged, so J and K only redraw the current quote's overlay."""
        self._quotes = quotes
        selections = self._tints(quotes)
        self._overlay(selections, current, scroll)
        self.setExtraSelections(selections)

    def _tints(self, quotes: list[Quote]) -> list[QTextEdit.ExtraSelection]:
        """Each quote's tint, made once per quote as it stands and kept: an edit redraws
        the edited quote's tint only, J and K none."""
        if self._tinted_text != self._text:
            self._tinted, self._tinted_text = {}, self._text
        selections: list[QTextEdit.ExtraSelection] = []
        for quote in quotes:
            key = (quote.id, quote.status, quote.kind, quote.parts)
            if key not in self._tinted:
                self._tinted[key] = self._tint(quote)
            selections.extend(self._tinted[key])
        return selections

    def _tint(self, quote: Quote) -> list[QTextEdit.ExtraSelection]:
        selections: list[QTextEdit.ExtraSelection] = []
        if quote.status is not Status.REJECTED:
            colour = KIND_COLOURS[quote.kind]
            fmt = QTextCharFormat()
            fmt.setBackground(tint(colour, 110 if quote.status is Status.ACCEPTED else 60))
            fmt.setUnderlineStyle(UNDERLINES[quote.kind])
            fmt.setUnderlineColor(colour)
            selections.extend(self._selection(part, fmt) for part in quote.parts)
            if quote.kind is Kind.PARTIAL:
                selections.extend(self._fragments(quote, colour))
        return selections

    def _overlay(
        self, selections: list[QTextEdit.ExtraSelection], current: Quote | None, scroll: bool
    ) -> None:
        if current is not None:
            for span, colour in ((current.cue, CUE), (current.mention, MENTION)):
                if span is not None:
                    evidence = QTextCharFormat()
                    evidence.setBackground(tint(colour, 150))
                    evidence.setFontWeight(600)
                    selections.append(self._selection(span, evidence))
            focus = QTextCharFormat()
            focus.setBackground(tint(CURRENT, 170))
            focus.setForeground(QColor("#000000"))
            selections.extend(self._selection(part, focus) for part in current.parts)
            if current.kind is Kind.PARTIAL:  # its own words stay visible under the focus
                selections.extend(self._fragments(current, KIND_COLOURS[Kind.PARTIAL], 190))
            if scroll:
                self.scroll_to(current.content)

    def _fragments(
        self, quote: Quote, colour: QColor, alpha: int = 150
    ) -> list[QTextEdit.ExtraSelection]:
        """A partial quote's own words, inside its paraphrase, stand out in a deeper tint."""
        fmt = QTextCharFormat()
        fmt.setBackground(tint(colour, alpha))
        fmt.setFontWeight(600)
        starts = [w.start for w in self._quoted]
        found = []
        for part in quote.parts:  # the quoted words inside a part, found by position
            for words in self._quoted[bisect_left(starts, part.start) :]:
                if words.start >= part.end:
                    break
                if part.contains(words):
                    found.append(self._selection(words, fmt))
        return found

    def _selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(span.start))
        cursor.setPosition(self._offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def scroll_to(self, span: Span) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(span.end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(self._offsets.to_qt(span.start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_span(self) -> Span | None:
        """The selection as offsets into the article, snapped as the extractor's spans are:
        out to whole words, without the quotation marks and space around it."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_python(cursor.selectionStart())
        end = self._offsets.to_python(cursor.selectionEnd())
        return snapped(self._text, start, end)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            quote = self.quote_at(self._offsets.to_python(position))
            if quote is not None:
                self.quote_clicked.emit(quote.id)

    def select(self, span: Span) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(span.start))
        cursor.setPosition(self._offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def quote_at(self, offset: int) -> Quote | None:
        return next((q for q in self._quotes if any(p.covers(offset) for p in q.parts)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(event.pos()).position()
            quote = self.quote_at(self._offsets.to_python(position))
            if quote is not None:
                who = quote.speaker or "no speaker"
                shown = tooltip(f"{who} · {quote.kind} · {quote.status}")
                QToolTip.showText(event.globalPos(), shown, self)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)


_MARKS = "\"“”‘’'«»„‚‹›"


def snapped(text: str, start: int, end: int) -> Span | None:
    """[start, end) widened to whole words, then trimmed of space and quotation marks
    (a selection that began "d being abruptly" or ended in an opening mark)."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS):
        end -= 1
    return Span(start, end) if end > start else None
