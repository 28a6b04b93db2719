"""The log (issue 18, part 12): errors a person was shown and crashes are kept on disk, and
the help and the crash dialog say where."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def _quoteapp(*args: str, log: Path, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUOTEAPP_LOG": str(log), "QUOTEAPP_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "quoteapp", *args], env=env, capture_output=True, text=True, cwd=ROOT
    )


def test_an_error_shown_in_one_line_is_logged(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "quoteapp.log"
    result = _quoteapp("quotes", "--article", "999", log=log, db=tmp_path / "q.db")
    assert result.returncode == 1
    text = log.read_text(encoding="utf-8")
    assert "quoteapp quotes started" in text
    assert "WARNING quotes: there is no article 999" in text


def test_help_says_where_the_log_is(tmp_path: Path) -> None:
    log = tmp_path / "elsewhere.log"
    result = _quoteapp("--help", log=log, db=tmp_path / "q.db")
    assert "Errors and crashes are logged to" in result.stdout
    assert str(log) in "".join(result.stdout.split())  # click wraps the path at its hyphens


def test_the_crash_dialog_names_the_log(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from ui.dialogs import show_crash

    monkeypatch.setenv("QUOTEAPP_LOG", str(tmp_path / "crash.log"))
    parent = QWidget()
    qtbot.addWidget(parent)
    show_crash(parent, "Traceback (most recent call last): ...")
    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert str(tmp_path / "crash.log") in box.text()
    box.close()
