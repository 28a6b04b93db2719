"""Shared fixtures: the seed article, the real pipeline, real databases and a real CLI."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # CI has no display; set before Qt loads
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e67d1b9d590ba574.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    path = SHARED / "gold" / "seed.jsonl"
    if not path.exists():
        pytest.skip("../shared/gold/seed.jsonl is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def shared_pages() -> Path:
    path = SHARED / "pages"
    if not path.exists():
        pytest.skip("../shared/pages is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    from local_web import serving

    with serving() as url:
        yield url


@pytest.fixture(scope="session")
def nlp():
    from quoteapp.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def store(tmp_path: Path):
    from quoteapp.store import Store

    with Store(tmp_path / "quotes.db") as opened:
        yield opened


def open_window(qtbot, path: Path, reviewer: str):
    """The review app on a database, shown at 1280x800 without extracting anything."""
    from quoteapp.nlp import DEFAULT_PIPELINE
    from quoteapp.store import Store
    from ui.main_window import MainWindow
    from ui.workspace import Workspace

    window = MainWindow(
        Workspace(Store(path), reviewer=reviewer), DEFAULT_PIPELINE, None, auto_extract=False
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def web(tmp_path: Path):
    """A database of the 30 web-dev articles with their gold quotes, as reviewed quotes."""
    from quoteapp.export import import_gold
    from quoteapp.store import Store

    gold = SHARED / "gold" / "web-dev.jsonl"
    if not gold.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    with Store(tmp_path / "web.db") as opened:
        import_gold(opened, gold)
        yield opened


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def quoteapp(db_path: Path):
    """Run the real `quoteapp` command in a subprocess against `db_path`."""

    def run(*args: str, stdin: bytes | None = None, db: Path | None = None, **kwargs) -> Result:
        env = {**os.environ, "QUOTEAPP_DB": str(db or db_path), "COLUMNS": "200"}
        done = subprocess.run(
            [sys.executable, "-m", "quoteapp", *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            env=env,
            cwd=kwargs.pop("cwd", ROOT),
            timeout=120,
            **kwargs,
        )
        return Result(done.returncode, done.stdout.decode(), done.stderr.decode())

    return run
