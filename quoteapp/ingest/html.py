"""A web page's main text, title and byline, without the page furniture.

trafilatura finds the article body; the options below were chosen by the
reader benchmark in `benchmarks/html_reader.py` over 181 marked news pages.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from quoteapp.errors import EmptySource
from quoteapp.ingest.byline import clean_byline

# Chosen by measurement (see README, "HTML reader"); change them only with the benchmark.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "favor_recall": False,
    "favor_precision": True,
    "deduplicate": False,
}


class Page(NamedTuple):
    """What a page gives: its title and byline if it names them, and its main text with
    paragraphs separated by blank lines."""

    title: str | None
    text: str
    byline: str | None = None


def html_to_text(html: bytes | str, source: str) -> Page:
    """The page's main text, with its title and byline from the page's metadata."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=_url_or_none(source), with_metadata=True, **TRAFILATURA_OPTIONS
    )
    # a Document, or a dict where trafilatura is asked for one
    if isinstance(document, dict):
        text, title, author = document.get("text"), document.get("title"), document.get("author")
    else:
        text = getattr(document, "text", None)
        title = getattr(document, "title", None)
        author = getattr(document, "author", None)
    text = text or ""
    if not text.strip():
        raise EmptySource(
            f"{source} has no article text that quoteapp could find: "
            "save the article as text and add that instead"
        )
    return Page(title, _separate_paragraphs(text), clean_byline(author))


def _separate_paragraphs(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _url_or_none(source: str) -> str | None:
    return source if source.startswith(("http://", "https://")) else None
