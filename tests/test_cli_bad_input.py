"""Bad invocations of the real `quoteapp` command (issue 18, part 11): each ends in one
line that says what to do and a non-zero exit, never a traceback and never silence.

Paths a root user can write anyway (read-only folders) are left out: CI runs as root.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

HUGE = "1180591620717411303424"  # more than SQLite's 64-bit integers hold


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the seed (reviewed, so gold export writes), and bad files."""
    here = tmp_path_factory.mktemp("bad")
    db = here / "ok.db"
    env = {**os.environ, "QUOTEAPP_DB": str(db)}
    subprocess.run(
        [sys.executable, "-m", "quoteapp", "import-gold", str(SHARED / "gold" / "seed.jsonl")],
        env=env,
        check=True,
        capture_output=True,
    )
    (here / "folder").mkdir()
    (here / "corrupt.db").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    (here / "text.db").write_text("hello")
    (here / "empty.jsonl").write_text("")
    (here / "binary.jsonl").write_bytes(b"\xff\xfe\x00\x01garbage")
    (here / "nested.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    (here / "list.jsonl").write_text("[1, 2, 3]\n")
    good = json.loads((SHARED / "gold" / "seed.jsonl").read_text().splitlines()[0])
    first = good["quotes"][0]
    for name, change in {
        "aliases5": {"quotes": [{**first, "aliases": 5}]},
        "speaker_object": {"quotes": [{**first, "speaker": {"name": "x"}}]},
        "quotes_string": {"quotes": "not a list"},
        "text_number": {"text": 5},
        "id_null": {"id": None},
        "reversed_span": {"quotes": [{**first, "content": [5, 2]}]},
        "string_span": {"quotes": [{**first, "content": ["a", "b"]}]},
        "huge_span": {"quotes": [{**first, "content": [0, 10**30]}]},
    }.items():
        (here / f"{name}.jsonl").write_text(json.dumps({**good, **change}) + "\n")
    (here / "newer.db").write_bytes(db.read_bytes())
    with sqlite3.connect(here / "newer.db") as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    return here


def _cases(here: Path) -> list[list[str]]:
    gold = str(SHARED / "gold" / "seed.jsonl")
    cases = [
        ["quotes", "--article", HUGE],
        ["quotes", "--article", "-1"],
        ["quotes", "--article", "abc"],
        ["quotes", "--article", "999"],
        ["extract", HUGE],
        ["extract", "999"],
        ["extract", "--pipeline", ""],
        ["extract", "--pipeline", "no_such_pipeline"],
        ["extract", "--processes", "0"],
        ["history", "--quote", HUGE],
        ["history", "--quote", "999"],
        ["export", "--format", "csv", "-o", "/dev/full"],
        ["export", "--format", "xlsx", "-o", "/dev/full"],
        ["export", "--format", "jsonl", "-o", "/dev/full"],
        ["export", "--format", "gold", "-o", "/dev/full"],
        ["export", "--format", "csv", "-o", str(here / "folder")],
        ["export", "--format", "csv", "-o", "/proc/no/such.csv"],
        ["export", "--format", "csv", "-o", str(here / "x.csv"), "--article", HUGE],
        ["export", "--format", "csv", "-o", str(here / "x.csv"), "--article", "999"],
        ["export", "--format", "nope", "-o", "x"],
        ["export", "--format", "csv"],
        ["export", "--format", "csv", "-o", str(here / "y.csv"), "--status", "maybe"],
        ["eval", str(here / "nested.jsonl")],
        ["eval", str(here / "empty.jsonl")],
        ["eval", str(here / "list.jsonl")],
        ["eval", gold, "--predictions", str(here / "nested.jsonl")],
        ["eval", gold, "--predictions", str(here / "speaker_object.jsonl")],
        ["eval", gold, "--pipeline", ""],
        ["eval", gold, "--predictions", gold, "--save-predictions", "/dev/full"],
        ["eval", gold, "--predictions", gold, "--from-db"],
        ["eval", gold, "--save-predictions", str(here / "folder")],
        ["add", "/no/such/file.txt"],
        ["add", str(here / "folder")],
        ["add", ""],
        ["add", "http://[::1"],
        ["add", "http://alice:Secr3t@127.0.0.1:9/"],
        ["--db", str(here / "folder"), "articles"],
        ["--db", str(here / "corrupt.db"), "articles"],
        ["--db", str(here / "text.db"), "articles"],
        ["--db", str(here / "newer.db"), "articles"],
        ["--db", "/proc/no/such.db", "articles"],
        ["articles", "--format", "xml"],
        ["no-such-command"],
    ]
    for name in (
        "aliases5",
        "speaker_object",
        "quotes_string",
        "text_number",
        "id_null",
        "reversed_span",
        "string_span",
        "huge_span",
        "nested",
        "binary",
        "empty",
        "list",
        "folder",
    ):
        path = here / name if name == "folder" else here / f"{name}.jsonl"
        cases.append(["import-gold", str(path)])
    return cases


def _run(args: list[str], here: Path) -> tuple[list[str], int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-m", "quoteapp", *args],
        env={**os.environ, "QUOTEAPP_DB": str(here / "ok.db")},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    if lines and lines[0].startswith("Usage:"):  # click's usage errors: usage, hint, error
        lines = lines[-1:]
    return args, done.returncode, lines


def test_every_bad_invocation_ends_in_one_line(place: Path) -> None:
    cases = _cases(place)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda args: _run(args, place), cases))
    wrong = [
        (" ".join(args), code, lines)
        for args, code, lines in results
        if code == 0 or len(lines) != 1 or "Traceback" in "".join(lines)
    ]
    assert wrong == [], f"{len(wrong)} of {len(cases)} did not end in one line"
    secret = next(lines for args, _, lines in results if "Secr3t" in " ".join(args))
    assert "Secr3t" not in secret[0]
