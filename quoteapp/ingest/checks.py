"""Articles worth a second look before review: text that is not English (the extractor
reads English news), and a paywall or sign-in page saved instead of the article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quoteapp.ingest.language import other_language
from quoteapp.model import Article

_PAYWALL = re.compile(
    r"subscribe|subscription|to continue reading|sign in to|log in to|already a subscriber"
    r"|create a free account|register to read|paywall",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SHORT_WORDS = 150  # a news article under this, and asking to subscribe, is a stub


def second_looks(articles: Iterable[Article]) -> list[tuple[str, str]]:
    """(source, why) for each article worth a second look."""
    found = []
    for article in articles:
        reason = why_look_again(article.text)
        if reason:
            found.append((article.source, reason))
    return found


def why_look_again(text: str) -> str | None:
    words = _WORD.findall(text)
    if len(words) < SHORT_WORDS and _PAYWALL.search(text):
        return (
            f"looks like a paywall or sign-in page, not the article ({len(words)} words): "
            "save the page while signed in, or paste the article's text"
        )
    language = other_language(text)
    if language is not None:
        return (
            f"reads as {language}, not English: quoteapp finds quotes in English text only, "
            "so it looks for none in this article"
        )
    return None
