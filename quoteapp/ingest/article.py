"""Build the one article record every reader returns."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from quoteapp.ingest.byline import clean_byline
from quoteapp.ingest.text import normalise_text, require_text
from quoteapp.model import Article

_MAX_TITLE = 160


def content_hash(text: str) -> str:
    """The identity of an article: the same text added twice is one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_article(
    text: str, source: str, title: str | None = None, byline: str | None = None
) -> Article:
    """Normalise `text` and wrap it as an article; the title falls back to the first line."""
    text = require_text(normalise_text(text), source)
    title = " ".join((title or "").split()) or guess_title(text, source)
    return Article(
        title=title[:_MAX_TITLE],
        source=source,
        text=text,
        content_hash=content_hash(text),
        added_at=now(),
        byline=clean_byline(byline),
    )


def guess_title(text: str, source: str) -> str:
    """A headline is usually the first short line; otherwise the source names it."""
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= _MAX_TITLE:
        return first
    return source.rsplit("/", 1)[-1]
