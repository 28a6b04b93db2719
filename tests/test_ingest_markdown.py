"""Markdown: markup goes, link text and quotation marks stay, blocks become lines."""

from __future__ import annotations

from pathlib import Path

from quoteapp.ingest import read_file

MARKDOWN = """# Talks in *Ankara*

Putin said the talks were **“very productive”**, according to
[the Kremlin](https://kremlin.example/news) and its _spokesman_.

![a photo of the meeting](photo.jpg)

- “We agreed,” Erdogan said.
- Peskov’s note: `no comment`

> “Nothing is settled,” a diplomat said.
"""


def test_markdown_reads_as_plain_lines(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = read_file(path)
    assert article.title == "Talks in Ankara"
    assert article.text.split("\n\n") == [
        "Talks in Ankara",
        "Putin said the talks were “very productive”, according to the Kremlin and its spokesman.",
        "“We agreed,” Erdogan said.",
        "Peskov’s note: no comment",
        "“Nothing is settled,” a diplomat said.",
    ]
    assert "photo" not in article.text and "https://" not in article.text
