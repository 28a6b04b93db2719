"""Articles worth a second look before review: text that is not English (the extractor
reads English news), and a paywall or sign-in page saved instead of the article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quoteapp.model import Article

# The commonest English function words: in English news they are about a third of all
# words; in French, German or Spanish text they are nearly absent.
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "he",
        "said",
        "it",
        "at",
        "from",
        "his",
        "but",
        "be",
        "have",
        "are",
        "not",
        "this",
        "had",
        "has",
        "they",
        "were",
        "an",
        "which",
        "who",
        "their",
        "will",
        "would",
        "we",
        "been",
        "or",
    ]
)
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
    if len(words) >= 30:
        share = sum(w.lower() in _ENGLISH for w in words) / len(words)
        if share < 0.08:
            return (
                "does not look like English: quotes are found in English text only, so "
                "expect few or none"
            )
    return None
