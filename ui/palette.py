"""Colours for quote kinds: the Okabe-Ito palette, safe for colour-blind readers.

Each kind also differs in underline style, so colour is never the only cue.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from quoteapp.model import Kind

KIND_COLOURS = {
    Kind.DIRECT: QColor("#0072B2"),  # blue
    Kind.PARTIAL: QColor("#E69F00"),  # orange
    Kind.INDIRECT: QColor("#009E73"),  # bluish green
}
UNDERLINES = {
    Kind.DIRECT: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Kind.PARTIAL: QTextCharFormat.UnderlineStyle.DashUnderline,
    Kind.INDIRECT: QTextCharFormat.UnderlineStyle.DotLine,
}
CURRENT = QColor("#F0E442")  # yellow: the quote under review
CUE = QColor("#CC79A7")  # reddish purple: the cue
MENTION = QColor("#56B4E9")  # sky blue: the speaker mention
REJECTED = QColor("#999999")


def tint(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def legend_html() -> str:
    """A key to the highlight colours, for the status bar."""
    swatches = [
        f'<span style="background:{tint(colour, 90).name(QColor.NameFormat.HexArgb)};'
        f' border-bottom: 2px solid {colour.name()}">&nbsp;{kind}&nbsp;</span>'
        for kind, colour in KIND_COLOURS.items()
    ]
    extra = [
        f'<span style="background:{CUE.name()}; color: white">&nbsp;cue&nbsp;</span>',
        f'<span style="background:{MENTION.name()}">&nbsp;speaker&nbsp;</span>',
    ]
    return " ".join(swatches + extra)
