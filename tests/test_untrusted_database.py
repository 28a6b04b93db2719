"""Crafted and damaged database files (issue 18, parts 5, 10 and 11): refused in one line
before anything writes to them, and a bad row is reported and left out, never a crash."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from quoteapp.errors import DamagedRow, DatabaseDamaged, UntrustedDatabase
from quoteapp.ingest import article_from_text
from quoteapp.model import Kind, Span
from quoteapp.store import Store


@pytest.fixture
def made(tmp_path: Path, seed_text: str) -> Path:
    """A real database with an article and two quotes a person added, closed."""
    path = tmp_path / "made.db"
    with Store(path) as store:
        article, _ = store.add_article(article_from_text(seed_text, "seed.txt"))
        store.add_quote(article.id, [Span(0, 20)], Kind.DIRECT, "Vladimir Putin", who="ana")
        store.add_quote(article.id, [Span(30, 60)], Kind.INDIRECT, "Dmitry Peskov", who="ana")
    return path


def _tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_a_database_with_a_trigger_is_refused_and_left_alone(made: Path) -> None:
    _tamper(
        made,
        "CREATE TRIGGER hide AFTER INSERT ON corrections BEGIN DELETE FROM corrections; END",
    )
    before = made.read_bytes()
    with pytest.raises(UntrustedDatabase) as refused:
        Store(made)
    assert "carries a trigger (hide) that quoteapp does not define" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert made.read_bytes() == before


def test_a_database_with_a_view_is_refused(made: Path) -> None:
    _tamper(made, "CREATE VIEW everything AS SELECT * FROM quotes")
    with pytest.raises(UntrustedDatabase, match=r"a view \(everything\)"):
        Store(made)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("UPDATE quotes SET parts = '[[-5, 3]]' WHERE id = 1", "bad span [-5, 3)"),
        ("UPDATE quotes SET parts = 'not json' WHERE id = 1", "Expecting value"),
        ("UPDATE quotes SET cue_start = 9, cue_end = 2 WHERE id = 1", "bad span [9, 2)"),
    ],
)
def test_a_damaged_quote_row_is_reported_and_left_out(made: Path, change: str, reason: str) -> None:
    _tamper(made, "PRAGMA ignore_check_constraints = ON", change)
    with Store(made) as store:
        quotes = store.quotes()
        assert [q.speaker for q in quotes] == ["Dmitry Peskov"]
        (line,) = store.damaged
        assert line.startswith("quote 1 is damaged in the database (") and reason in line
        with pytest.raises(DamagedRow, match="quote 1 is damaged"):
            store.quote(1)
        assert any(reason in problem for problem in store.check())


def test_the_cli_lists_the_good_quotes_and_warns_of_the_bad(made: Path, quoteapp) -> None:
    _tamper(made, "UPDATE quotes SET parts = '[[-5, 3]]' WHERE id = 1")
    listed = quoteapp("quotes", "--format", "jsonl", db=made)
    assert listed.code == 0
    assert "Dmitry Peskov" in listed.stdout and "Traceback" not in listed.stderr
    assert "warning: quote 1 is damaged in the database (bad span [-5, 3))" in listed.stderr
    checked = quoteapp("check", db=made)
    assert checked.code == 1 and "quote 1 is damaged" in checked.stdout


def test_check_says_ok_for_a_sound_database(made: Path, quoteapp) -> None:
    checked = quoteapp("check", db=made)
    assert checked.code == 0 and checked.stdout.strip().endswith(": ok")


def test_a_garbled_page_is_refused_with_how_to_recover(made: Path, quoteapp) -> None:
    data = bytearray(made.read_bytes())
    page = 4096
    data[2 * page + 8 : 3 * page] = b"\xa5" * (page - 8)  # a page's cells are noise now
    made.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as refused:
        Store(made)
    message = str(refused.value)
    assert "is damaged" in message and "will not write to it" in message
    assert ".recover" in message and "\n" not in message
    result = quoteapp("add", "-", stdin=b"New text that must not be written.", db=made)
    assert result.code == 1 and "is damaged" in result.stderr and "Traceback" not in result.stderr
    assert made.read_bytes() == bytes(data)


def test_a_truncated_database_is_refused(made: Path) -> None:
    data = made.read_bytes()
    made.write_bytes(data[: len(data) // 2 + 100])  # cut in the middle of a page
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        Store(made)


def test_quoteapps_marks_without_its_tables_is_damaged(made: Path, tmp_path: Path) -> None:
    empty = tmp_path / "hollow.db"
    shutil.copy(made, empty)
    _tamper(empty, "DROP TABLE corrections", "DROP TABLE quotes")
    with pytest.raises(DatabaseDamaged, match="its tables corrections, quotes are gone"):
        Store(empty)
