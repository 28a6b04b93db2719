"""Folders: every supported file below, the rest reported as skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteapp.errors import NothingToLoad
from quoteapp.ingest import read_source, read_sources


def test_folder_loads_recursively_and_reports_skips(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("“One,” she said.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Two\n\n“Two,” he said.", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.html").write_text(
        "<html><body><article><p>"
        + "“Three,” they said in a long statement today. " * 8
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")
    loaded = read_source(str(tmp_path))
    assert sorted(Path(a.source).name for a in loaded.articles) == ["a.txt", "b.md", "c.html"]
    assert sorted(Path(s.source).name for s in loaded.skipped) == ["empty.txt", "paper.pdf"]


def test_folder_with_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(NothingToLoad, match="no readable"):
        read_source(str(tmp_path))


def test_one_bad_source_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("“Fine,” he said.")
    loaded = read_sources([str(tmp_path / "missing.txt"), str(good)])
    assert [a.text for a in loaded.articles] == ["“Fine,” he said."]
    assert "does not exist" in loaded.skipped[0].reason
