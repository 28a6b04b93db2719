"""The `quoteapp` command, run for real in a subprocess against a real database."""

from __future__ import annotations

import csv
import ctypes
import io
import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from quoteapp.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e67d1b9d590ba574.txt"


def test_add_reads_every_kind_of_source(quoteapp, tmp_path: Path, server: str) -> None:
    (tmp_path / "folder" / "sub").mkdir(parents=True)
    md = tmp_path / "note.md"
    md.write_text("# Note\n\n“Markdown,” she *said*.", encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><title>Page</title></head><body><article><p>"
        + "“An HTML page,” he said at a press conference on Thursday. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "folder" / "a.txt").write_text("“Folder A,” they said.")
    (tmp_path / "folder" / "sub" / "b.txt").write_text("“Folder B,” we said.")
    (tmp_path / "folder" / "skip.pdf").write_bytes(b"%PDF")
    result = quoteapp(
        "add",
        str(SEED),
        str(md),
        str(html),
        f"{server}/article.html",
        str(tmp_path / "folder"),
        "-",
        stdin="“Piped in,” the reader said.".encode(),
    )
    assert result.code == 0, result.stderr
    assert result.stdout.count("added ") == 7
    assert "skip.pdf" in result.stderr
    listed = quoteapp("articles", "--format", "jsonl")
    titles = [json.loads(line)["title"] for line in listed.stdout.splitlines()]
    assert titles[:4] == [
        "Putin Says Conditions Needed to End War in Syria Have Been Reached",
        "Note",
        "Page",
        "Peskov speaks",
    ]
    assert "“Piped in,” the reader said." in titles
    again = quoteapp("add", str(SEED))
    assert again.code == 0 and again.stdout.startswith("already there 1:")


def test_extract_then_quotes_in_every_format(quoteapp) -> None:
    assert quoteapp("add", str(SEED)).code == 0
    extracted = quoteapp("extract")
    assert extracted.code == 0, extracted.stderr
    assert "extracted 1 article(s)" in extracted.stdout
    assert "nothing to extract" in quoteapp("extract").stdout
    table = quoteapp("quotes").stdout.splitlines()
    assert table[0].split() == ["quote_id", "article_id", "kind", "status", "speaker", "quote"]
    assert any("Timur Akhmetov" in line and "They are trying to utilise" in line for line in table)
    rows = list(csv.DictReader(io.StringIO(quoteapp("quotes", "--format", "csv").stdout)))
    assert len(rows) == len(table) - 1
    records = [
        json.loads(line) for line in quoteapp("quotes", "--format", "jsonl").stdout.splitlines()
    ]
    text = SEED.read_text(encoding="utf-8")
    for record in records:
        assert text[record["start"] : record["end"]] == record["quote"]
    peskov = next(r for r in records if r["speaker"] == "Dmitry Peskov")
    assert peskov["quote"].startswith("Russia and Turkey are cooperating very tightly")
    assert peskov["cue"] == "said" and peskov["kind"] == "direct"


def _one_line_error(result, *words: str) -> None:
    assert result.code != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("make_source", "words"),
    [
        (lambda tmp, url: str(tmp / "missing.txt"), ["does not exist"]),
        (lambda tmp, url: _write(tmp / "empty.txt", b""), ["empty"]),
        (lambda tmp, url: _write(tmp / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), ["binary"]),
        (lambda tmp, url: _folder_without_articles(tmp), ["no readable"]),
        (lambda tmp, url: f"http://127.0.0.1:{_closed_port()}/a.html", ["could not reach"]),
        (lambda tmp, url: f"{url}/missing", ["HTTP 404"]),
        (lambda tmp, url: f"{url}/image.png", ["image/png"]),
        (lambda tmp, url: _sparse(tmp / "huge.txt", 20 * 2**20 + 1), ["larger than 20 MiB"]),
    ],
    ids=["missing", "empty", "binary", "empty-folder", "unreachable", "404", "not-html", "too-big"],
)
def test_bad_sources_get_one_line_and_keep_saved_data(
    quoteapp, tmp_path: Path, server: str, make_source, words: list[str]
) -> None:
    assert quoteapp("add", str(SEED)).code == 0
    result = quoteapp("add", make_source(tmp_path, server))
    _one_line_error(result, *words)
    assert len(quoteapp("articles", "--format", "jsonl").stdout.splitlines()) == 1


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _sparse(path: Path, size: int) -> str:
    with path.open("wb") as handle:
        handle.truncate(size)
    return str(path)


def _folder_without_articles(tmp: Path) -> str:
    folder = tmp / "nothing"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF")
    return str(folder)


def test_file_that_is_not_a_database(quoteapp, tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n" * 200)
    _one_line_error(quoteapp("articles", db=notes), "not a quoteapp database")
    assert notes.read_text() == "my notes\n" * 200


def test_locked_database(quoteapp, db_path: Path) -> None:
    assert quoteapp("add", str(SEED)).code == 0
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = quoteapp("add", "-", stdin=b"\xe2\x80\x9cLocked out,\xe2\x80\x9d she said.")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _one_line_error(result, "locked")
    assert len(quoteapp("articles", "--format", "jsonl").stdout.splitlines()) == 1


def _without_root_overrides() -> None:
    """Run the child as root would be without the power to ignore file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP


def test_read_only_database_reads_but_refuses_writes(quoteapp, tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    db = folder / "quotes.db"
    assert quoteapp("add", str(SEED), db=db).code == 0
    db.chmod(0o444)
    folder.chmod(0o555)
    drop = _without_root_overrides if os.geteuid() == 0 else None
    try:
        listed = quoteapp("articles", db=db, preexec_fn=drop)
        added = quoteapp("add", "-", db=db, stdin=b"New text.", preexec_fn=drop)
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert listed.code == 0 and "Putin Says" in listed.stdout
    _one_line_error(added, "read-only")


def test_unknown_article_id(quoteapp) -> None:
    assert quoteapp("add", str(SEED)).code == 0
    _one_line_error(quoteapp("quotes", "--article", "42"), "no article 42")
    _one_line_error(quoteapp("extract", "42"), "no article 42")


def test_every_command_has_help_and_is_in_the_readme(quoteapp) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert quoteapp("--help").code == 0
    for name in cli.commands:
        result = quoteapp(name, "--help")
        assert result.code == 0 and "Usage: quoteapp " + name in result.stdout
        assert f"quoteapp {name}" in readme or f"`{name}`" in readme, name


def test_extract_with_two_processes_saves_every_article(quoteapp, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "“We will not back down,” Senator Maria Lopez said on Tuesday.", encoding="utf-8"
    )
    assert quoteapp("add", str(SEED), str(other)).code == 0
    result = quoteapp("extract", "--processes", "2")
    assert result.code == 0, result.stderr
    assert "extracted 2 article(s)" in result.stdout
    records = [
        json.loads(line) for line in quoteapp("quotes", "--format", "jsonl").stdout.splitlines()
    ]
    assert {r["article_id"] for r in records} == {1, 2}
    assert any(r["speaker"] == "Maria Lopez" for r in records)
