"""Layering rules that keep the core headless and start-up instant."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contract_holds() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


def test_core_modules_load_without_spacy_or_qt() -> None:
    probe = (
        "import sys, quoteapp.cli, quoteapp.store, quoteapp.ingest, quoteapp.workflow, "
        "quoteapp.extract, quoteapp.nlp; "
        "heavy = [m for m in ('spacy', 'textacy', 'PySide6', 'trafilatura') if m in sys.modules]; "
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_missing_extra_is_named_in_one_line(tmp_path: Path) -> None:
    """Without textacy (hidden from the import system), --baseline textacy says which
    extra to install instead of a traceback."""
    gold = ROOT.parent / "shared" / "gold" / "seed.jsonl"
    run = (
        "import sys; sys.modules['textacy'] = None; "
        "from quoteapp.cli import main; "
        f"sys.argv = ['quoteapp', 'eval', {str(gold)!r}, '--baseline', 'textacy']; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", run],
        capture_output=True,
        text=True,
        env={"QUOTEAPP_DB": str(tmp_path / "q.db"), "PATH": ""},
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Error: --baseline textacy needs textacy, which is not installed: "
        "pip install 'quoteapp[eval]'"
    ]


def test_types_check() -> None:
    """mypy over quoteapp/ and ui/ (its settings are in pyproject.toml)."""
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run([str(mypy)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
