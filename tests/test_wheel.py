"""The wheel, installed into a clean virtual environment, is the whole product.

An editable install reads files from the repository, so a file the wheel leaves
out (the style sheet once was) goes unnoticed there. This builds the wheel,
installs it with its dependencies into a new environment outside the
repository, and runs the CLI, the evaluation and the app from it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, bin folder of a fresh environment with the wheel installed)."""
    where = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(where), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = where.glob("quoteapp-*.whl")
    env_dir = where / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    return wheel, bin_dir


def _run(bin_dir: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        cwd=cwd,
        env={**clean, "QUOTEAPP_DB": str(cwd / "wheel.db"), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_wheel_carries_its_data_files(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in (
        "ui/style.qss",
        "quoteapp/extract/data/attribution.json",
        "quoteapp/extract/data/confidence.json",
        "quoteapp/extract/data/first_names.json",
        "quoteapp/extract/data/first_names.LICENSE",
    ):
        assert data in names


def test_cli_runs_from_the_wheel(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _, bin_dir = installed
    result = _run(bin_dir, "quoteapp", "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Find the quotations in news articles" in result.stdout


def test_eval_on_the_seed_from_the_wheel(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _, bin_dir = installed
    result = _run(bin_dir, "quoteapp", "eval", str(SHARED / "gold" / "seed.jsonl"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {line.split()[1]: line.split() for line in result.stdout.splitlines()[1:3]}
    assert rows["quoted"][4:7] == ["1.000", "1.000", "1.000"]  # P, R, F1 on the seed
    assert rows["indirect"][4:7] == ["1.000", "1.000", "1.000"]


def test_the_app_from_the_wheel_is_styled(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _, bin_dir = installed
    probe = (
        "import ui, ui.app; print(ui.__file__); "
        "print(ui.app.style_sheet() == open(sys.argv[1], encoding='utf-8').read())"
    )
    result = _run(
        bin_dir,
        "python",
        "-c",
        "import sys; " + probe,
        str(ROOT / "ui" / "style.qss"),
        cwd=tmp_path,
    )
    where, same = result.stdout.split()
    assert str(bin_dir.parent) in where  # the installed copy, not the repository's
    assert same == "True"
    shot = tmp_path / "app.png"
    result = _run(
        bin_dir,
        "quoteapp-gui",
        "--screenshot",
        str(shot),
        cwd=tmp_path,
        QT_QPA_PLATFORM="offscreen",
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
