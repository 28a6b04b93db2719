"""The current quote's evidence: speaker, mention, cue, kind, status and its history."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from quoteapp.model import Article, Correction, Quote
from ui.history import described
from ui.palette import CUE, KIND_COLOURS, MENTION


class DetailPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.title = QLabel("No quote selected")
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the article's words, not markup
        self.title.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name in ("Speaker", "How", "Mention", "Cue", "Kind", "Status", "Confidence", "Origin"):
            label = QLabel("—")
            label.setTextFormat(
                Qt.TextFormat.PlainText if name in _PLAIN else Qt.TextFormat.RichText
            )
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = label
            form.addRow(f"{name}:", label)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel("History"))
        layout.addWidget(self.history, 1)

    def show_quote(
        self,
        article: Article | None,
        quote: Quote | None,
        history: list[Correction],
        empty: str = "No quote selected",
    ) -> None:
        """The quote's evidence; with no quote, `empty` says why (an article without any)."""
        self.history.clear()
        if article is None or quote is None:
            self.title.setText(empty)
            for label in self.fields.values():
                label.setText("—")
            return
        text = article.text
        words = " ".join(quote.text(text).split())
        self.title.setText(f"“{words[:220]}{'…' if len(words) > 220 else ''}”")
        values = {
            "Speaker": quote.speaker or "(nobody named)",
            "How": _how(quote, history),
            "Mention": _coloured(quote.mention.of(text), MENTION.name()) if quote.mention else "—",
            "Cue": _coloured(quote.cue.of(text), CUE.name()) if quote.cue else "—",
            "Kind": _coloured(str(quote.kind), KIND_COLOURS[quote.kind].name()),
            "Status": str(quote.status),
            "Confidence": f"{quote.confidence:.2f}",
            "Origin": str(quote.origin)
            + (f" · last changed by {quote.updated_by}" if quote.updated_by else ""),
        }
        for name, value in values.items():
            self.fields[name].setText(value)
        for correction in reversed(history[-30:]):
            self.history.addItem(described(correction))


# Fields that show text from the article or a person: never read as markup.
_PLAIN = frozenset({"Speaker", "How", "Status", "Confidence", "Origin"})


def _how(quote: Quote, history: list[Correction]) -> str:
    """The evidence chain: how the extractor reached the speaker, or who set it by hand."""
    changed = [c for c in history if c.field == "speaker"]
    if changed:
        return f"set by {changed[-1].who}"
    if quote.origin == "human":
        return "set by hand"
    return quote.evidence or "—"


def _coloured(text: str, colour: str) -> str:
    escaped = html.escape(text)
    return f'<span style="border-bottom: 2px solid {colour}; font-weight: 600">{escaped}</span>'
