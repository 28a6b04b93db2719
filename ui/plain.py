"""Untrusted text (titles, speakers, quotes, file names) shown as text, never as markup.

Qt guesses: a label, tooltip or message box whose text looks like HTML renders it, so a
speaker named `<img src=...>` became a picture. Labels are set to plain text; tooltips,
which have no such switch, get the text escaped inside markup of our own.
"""

from __future__ import annotations

import html


def tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
