"""A web page's main text and title, without the page furniture.

trafilatura finds the article body; the options below were chosen by the
reader benchmark in `benchmarks/html_reader.py` over 181 marked news pages.
"""

from __future__ import annotations

from typing import Any

from quoteapp.errors import EmptySource

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


def html_to_text(html: bytes | str, source: str) -> tuple[str | None, str]:
    """Return (page title or None, main text with paragraphs separated by blank lines)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=_url_or_none(source), with_metadata=True, **TRAFILATURA_OPTIONS
    )
    # a Document, or a dict where trafilatura is asked for one
    if isinstance(document, dict):
        text, title = document.get("text"), document.get("title")
    else:
        text, title = getattr(document, "text", None), getattr(document, "title", None)
    text = text or ""
    if not text.strip():
        raise EmptySource(
            f"{source} has no article text that quoteapp could find: "
            "save the article as text and add that instead"
        )
    return title, _separate_paragraphs(text)


def _separate_paragraphs(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _url_or_none(source: str) -> str | None:
    return source if source.startswith(("http://", "https://")) else None
