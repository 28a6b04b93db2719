"""Two writers on one database file (issue 18, part 6), each with its own connection as two
processes would have, their steps interleaved by hand: no edit is lost or lands on the
wrong quote, and the audit trail's old and new values always chain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from quoteapp.errors import StaleEdit, UnknownQuote
from quoteapp.ingest import article_from_text
from quoteapp.model import ExtractedQuote, Kind, Span, Status
from quoteapp.store import Store
from quoteapp.store.connection import APPLICATION_ID
from quoteapp.store.migrations import MIGRATIONS, migrate

TEXT = "Putin said the war was over. Peskov said talks would go on. Erdogan agreed."


def _automatic(*spans: tuple[int, int]) -> list[ExtractedQuote]:
    return [ExtractedQuote((Span(*s),), Kind.INDIRECT, speaker="Someone") for s in spans]


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Store, Store, int]:
    path = tmp_path / "shared.db"
    first = Store(path)
    article, _ = first.add_article(article_from_text(TEXT, "t.txt"))
    run = first.start_run("p", "1", "r")
    first.save_extraction(article.id, run, _automatic((0, 27), (29, 58), (60, 75)))
    second = Store(path)
    yield first, second, article.id
    first.close()
    second.close()


def test_an_edit_on_a_stale_view_is_refused_not_overwritten(shared) -> None:
    mine, theirs, article_id = shared
    seen = mine.quotes(article_id)[0]  # this window shows it pending
    theirs.edit_quote(seen.id, status="rejected", who="bo")  # another window rejects it
    with pytest.raises(StaleEdit) as refused:
        mine.edit_quote(seen.id, status="accepted", who="ana", seen=seen)
    assert str(refused.value) == (
        f"quote {seen.id} was changed elsewhere since (its status is now rejected, "
        "not pending): reload it and edit again"
    )
    assert mine.quote(seen.id).status is Status.REJECTED
    assert [(c.old_value, c.new_value, c.who) for c in mine.corrections(quote_id=seen.id)] == [
        ("pending", "rejected", "bo")
    ]


def test_without_a_view_the_audit_chain_still_holds(shared) -> None:
    """The old value recorded is the one in the file when the edit is written."""
    mine, theirs, article_id = shared
    quote = mine.quotes(article_id)[0]
    theirs.edit_quote(quote.id, status="rejected", who="bo")
    mine.edit_quote(quote.id, status="accepted", who="ana")
    chain = [(c.old_value, c.new_value) for c in mine.corrections(quote_id=quote.id)]
    assert chain == [("pending", "rejected"), ("rejected", "accepted")]


def test_undo_after_another_writer_changed_the_quote_is_refused(shared) -> None:
    mine, theirs, article_id = shared
    quote = mine.quotes(article_id)[0]
    edit = mine.edit_quote(quote.id, status="accepted", who="ana")
    theirs.edit_quote(quote.id, status="rejected", who="bo")
    with pytest.raises(StaleEdit, match="undo cannot restore it"):
        mine.revert_edit(edit)
    assert mine.quote(quote.id).status is Status.REJECTED


def test_an_edit_on_a_quote_another_writer_replaced_is_one_clear_error(shared) -> None:
    mine, theirs, article_id = shared
    gone = mine.quotes(article_id)[2]
    run = theirs.start_run("p", "2", "r")
    theirs.save_extraction(article_id, run, _automatic((0, 27), (29, 58)))  # drops the third
    with pytest.raises(UnknownQuote, match=f"there is no quote {gone.id}"):
        mine.edit_quote(gone.id, status="accepted", seen=gone)


def test_quote_ids_are_never_reused_after_re_extraction(shared) -> None:
    mine, theirs, article_id = shared
    before = {q.id for q in mine.quotes(article_id)}
    run = theirs.start_run("p", "2", "r")
    theirs.save_extraction(article_id, run, _automatic((0, 27), (29, 58), (60, 75)))
    after = {q.id for q in mine.quotes(article_id)}
    assert min(after) > max(before)  # an accept aimed at an old id cannot hit a new quote


def test_a_version_three_database_never_hands_out_an_id_its_audit_trail_used(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    migrate(db, APPLICATION_ID, MIGRATIONS[:3])
    db.execute(
        "INSERT INTO articles (title, source, added_at, text, content_hash)"
        " VALUES ('Old', 'old.txt', 'then', ?, 'abc')",
        [TEXT],
    )
    db.execute(
        "INSERT INTO quotes (id, article_id, content_start, content_end, parts, kind, origin,"
        " updated_at) VALUES (3, 1, 0, 27, '[[0, 27]]', 'indirect', 'human', 'then')"
    )
    # quote 9 is gone, but the audit trail still names it
    db.execute(
        "INSERT INTO corrections (edit_id, at, who, quote_id, field, old_value, new_value)"
        " VALUES (1, 'then', 'ana', 9, 'status', '\"pending\"', '\"rejected\"')"
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [q.id for q in store.quotes(1)] == [3]
        added = store.add_quote(1, [Span(29, 58)], Kind.INDIRECT, "Peskov", who="ana")
        assert added.id == 10
