"""Markdown to plain text: link text kept, markup and images gone, blocks as lines."""

from __future__ import annotations

from typing import Any

_SKIPPED_INLINE = {"image", "html_inline"}


def markdown_to_text(source: str) -> tuple[str | None, str]:
    """Return (first heading or None, text with one block per paragraph)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(source)
    blocks: list[str] = []
    title: str | None = None
    row: list[str] | None = None
    in_heading = False
    for token in tokens:
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("\t".join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            elif text.strip():
                blocks.append(text)
                if in_heading and title is None:
                    title = text.strip()
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return title, "\n\n".join(blocks)


def _inline_text(children: list[Any]) -> str:
    pieces: list[str] = []
    for child in children:
        if child.type in _SKIPPED_INLINE:
            continue
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type == "softbreak":
            pieces.append(" ")
        elif child.type == "hardbreak":
            pieces.append("\n")
    return "".join(pieces)
