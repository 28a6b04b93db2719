"""The SQLite store: schema, migrations, identity checks, edits with audit rows, undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from quoteapp.errors import (
    DatabaseTooNew,
    InvalidEdit,
    NotAQuoteappDatabase,
)
from quoteapp.ingest import article_from_text
from quoteapp.model import ExtractedQuote, Kind, Origin, Span, Status
from quoteapp.store import Store
from quoteapp.store.connection import APPLICATION_ID
from quoteapp.store.migrations import INITIAL, MIGRATIONS, Migration, migrate

TEXT = "“We agreed,” Erdogan said.\n\n“It is done,” Putin said on Thursday."


def _article(store: Store) -> int:
    article, _ = store.add_article(article_from_text(TEXT))
    assert article.id is not None
    return article.id


def _automatic(store: Store, article_id: int) -> list:
    run = store.start_run("test", "1", "test")
    found = [
        ExtractedQuote(
            (Span(1, 11),), Kind.DIRECT, Span(21, 25), Span(13, 20), "Recep Tayyip Erdogan"
        ),
        ExtractedQuote((Span(29, 39),), Kind.DIRECT, Span(47, 51), Span(41, 46), "Putin"),
    ]
    store.save_extraction(article_id, run, found)
    return store.quotes(article_id)


def test_new_database_has_the_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    db = sqlite_utils.Database(path)
    assert {"articles", "quotes", "speakers", "corrections", "runs", "_sqlite_migrations"} <= set(
        db.table_names()
    )
    assert {"status", "origin", "confidence", "cue_start", "mention_start", "speaker_id"} <= set(
        db["quotes"].columns_dict
    )
    assert {"who", "at", "field", "old_value", "new_value"} <= set(db["corrections"].columns_dict)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert [r["name"] for r in db["_sqlite_migrations"].rows] == [m.name for m in MIGRATIONS]


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO quotes (article_id, content_start, content_end, parts, kind, origin,"
            " updated_at) VALUES (999, 0, 1, '[[0,1]]', 'direct', 'human', 'now')"
        )


def test_older_database_is_migrated_by_name(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrate(db, APPLICATION_ID, [INITIAL])
    db.execute("INSERT INTO speakers (name) VALUES ('Dmitry Peskov')")
    added = Migration("0002_speaker_notes", ("ALTER TABLE speakers ADD COLUMN notes TEXT",))
    assert migrate(db, APPLICATION_ID, [INITIAL, added]) == ["0002_speaker_notes"]
    assert migrate(db, APPLICATION_ID, [INITIAL, added]) == []
    assert "notes" in db["speakers"].columns_dict
    assert [r["name"] for r in db["speakers"].rows] == ["Dmitry Peskov"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_database_of_quoteapp_0_1_keeps_its_work_and_its_migration_log(tmp_path: Path) -> None:
    """quoteapp 0.1 ran its own migrations and logged them in `_migrations`; such a
    database, with a reviewed quote and its audit row, moves onto sqlite-utils' log."""
    path = tmp_path / "v01.db"
    db = sqlite_utils.Database(path)
    for statement in INITIAL.statements:  # what 0.1's runner did for its first migration
        db.execute(statement)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    db.execute("INSERT INTO _migrations VALUES ('0001_initial', '2026-01-02T03:04:05+00:00')")
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        "INSERT INTO articles (title, source, added_at, text, content_hash)"
        " VALUES ('Old', 'old.txt', 'then', 'Putin said the war was over.', 'abc')"
    )
    db.execute(
        "INSERT INTO quotes (article_id, content_start, content_end, parts, kind, origin,"
        " status, updated_at) VALUES (1, 12, 27, '[[12, 27]]', 'indirect', 'automatic',"
        " 'accepted', 'then')"
    )
    db.execute(
        "INSERT INTO corrections (edit_id, at, who, quote_id, field, old_value, new_value)"
        """ VALUES (1, 'then', 'ana', 1, 'status', '"pending"', '"accepted"')"""
    )
    db.conn.commit()
    db.close()
    with Store(path) as store:
        (quote,) = store.quotes(1)
        assert quote.status is Status.ACCEPTED
        assert [(c.who, c.field) for c in store.corrections()] == [("ana", "status")]
    check = sqlite_utils.Database(path)
    assert "_migrations" not in check.table_names()
    log = list(check["_sqlite_migrations"].rows)
    assert [r["name"] for r in log] == [m.name for m in MIGRATIONS]
    assert log[0]["applied_at"] == "2026-01-02T03:04:05+00:00"
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "half.db")
    migrate(db, APPLICATION_ID, [INITIAL])
    broken = Migration("0002_broken", ("CREATE TABLE extra (x)", "NOT SQL AT ALL"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, APPLICATION_ID, [INITIAL, broken])
    assert "extra" not in db.table_names()
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(DatabaseTooNew, match="upgrade quoteapp"):
        Store(path)


def test_foreign_files_are_refused_and_left_alone(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(NotAQuoteappDatabase):
        Store(text_file)
    assert text_file.read_text().startswith("these are my notes")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotAQuoteappDatabase, match="another program"):
        Store(other)
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]


def test_same_text_is_one_article(store: Store) -> None:
    first, created = store.add_article(article_from_text(TEXT, "a.txt"))
    again, created_again = store.add_article(article_from_text(TEXT + "\n\n", "b.txt"))
    assert created and not created_again
    assert again.id == first.id and len(store.articles()) == 1


def test_edits_write_audit_rows_and_undo_appends_the_reverse(store: Store) -> None:
    article_id = _article(store)
    first, second = _automatic(store, article_id)
    edit = store.edit_quote(first.id, who="ana", status="accepted", speaker="Erdogan")
    assert store.quote(first.id).status is Status.ACCEPTED
    assert store.quote(first.id).speaker == "Erdogan"
    trail = store.corrections(quote_id=first.id)
    assert [(c.field, c.old_value, c.new_value, c.who) for c in trail] == [
        ("status", "pending", "accepted", "ana"),
        ("speaker", "Recep Tayyip Erdogan", "Erdogan", "ana"),
    ]
    undo = store.revert_edit(edit, who="ana")
    restored = store.quote(first.id)
    assert (restored.status, restored.speaker) == (Status.PENDING, "Recep Tayyip Erdogan")
    assert len(store.corrections(quote_id=first.id)) == 4  # nothing is deleted from history
    store.revert_edit(undo, who="ana")  # redo
    assert store.quote(first.id).status is Status.ACCEPTED
    assert store.quote(second.id).status is Status.PENDING


def test_span_moves_and_deletes_are_undoable(store: Store) -> None:
    article_id = _article(store)
    quote = _automatic(store, article_id)[0]
    move = store.edit_quote(quote.id, parts=[Span(1, 6), Span(7, 11)])
    assert store.quote(quote.id).parts == (Span(1, 6), Span(7, 11))
    assert store.quote(quote.id).content == Span(1, 11)
    delete = store.delete_quote(quote.id)
    assert quote.id not in [q.id for q in store.quotes(article_id)]
    assert quote.id in [q.id for q in store.quotes(article_id, include_deleted=True)]
    store.revert_edit(delete)
    store.revert_edit(move)
    assert store.quote(quote.id).parts == (Span(1, 11),) and not store.quote(quote.id).deleted


def test_a_bad_edit_changes_nothing(store: Store) -> None:
    article_id = _article(store)
    quote = _automatic(store, article_id)[0]
    with pytest.raises(InvalidEdit, match="outside the article"):
        store.edit_quote(quote.id, status="accepted", parts=[Span(1, 10_000)])
    with pytest.raises(InvalidEdit):
        store.edit_quote(quote.id, kind="rumour")
    with pytest.raises(InvalidEdit, match="no field"):
        store.edit_quote(quote.id, text="x")
    assert store.quote(quote.id) == quote
    assert store.corrections() == []


def test_human_quote_is_accepted_and_audited(store: Store) -> None:
    article_id = _article(store)
    added = store.add_quote(article_id, [Span(29, 39)], Kind.DIRECT, "Vladimir Putin", who="ana")
    assert (added.origin, added.status, added.speaker) == (
        Origin.HUMAN,
        Status.ACCEPTED,
        "Vladimir Putin",
    )
    (created,) = store.corrections(quote_id=added.id)
    assert created.field == "created" and created.who == "ana"
    store.revert_edit(created.edit_id)
    assert store.quotes(article_id) == []


def test_article_list_counts_quotes_and_reviews(store: Store) -> None:
    article_id = _article(store)
    first, second = _automatic(store, article_id)
    store.edit_quote(first.id, status="rejected")
    store.delete_quote(second.id)
    (summary,) = store.articles()
    assert (summary.quotes, summary.reviewed, summary.extracted) == (1, 1, True)
    assert store.articles_to_extract() == []


def test_a_version_one_database_is_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    db = sqlite_utils.Database(path)
    migrate(db, APPLICATION_ID, [INITIAL])
    db.execute(
        "INSERT INTO articles (title, source, added_at, text, content_hash)"
        " VALUES ('Old', 'old.txt', 'then', 'Old text.', 'abc')"
    )
    db.close()
    with Store(path) as store:
        (article,) = [store.article(s.id) for s in store.articles()]
        assert (article.title, article.external_id, article.byline) == ("Old", None, None)
    check = sqlite_utils.Database(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 9
    assert [r["name"] for r in check["_sqlite_migrations"].rows] == [
        "0001_initial",
        "0002_article_external_id",
        "0003_quote_speaker_evidence",
        "0004_quote_ids_never_reused",
        "0005_speaker_entities",
        "0006_quote_search",
        "0007_gold_articles",
        "0008_extraction_claims",
        "0009_article_byline",
    ]


def test_a_version_two_database_keeps_its_quotes_and_gains_speaker_evidence(
    tmp_path: Path,
) -> None:
    from quoteapp.model import ExtractedQuote, Kind, Span

    path = tmp_path / "v2.db"
    db = sqlite_utils.Database(path)
    migrate(db, APPLICATION_ID, MIGRATIONS[:2])
    db.execute(
        "INSERT INTO articles (title, source, added_at, text, content_hash)"
        " VALUES ('Old', 'old.txt', 'then', 'Putin said the war was over.', 'abc')"
    )
    db.execute(
        "INSERT INTO quotes (article_id, content_start, content_end, parts, kind, origin,"
        " updated_at) VALUES (1, 12, 27, '[[12, 27]]', 'indirect', 'human', 'then')"
    )
    db.close()
    with Store(path) as store:
        (old,) = store.quotes(1)
        assert (old.parts, old.evidence) == ((Span(12, 27),), "")
        run = store.start_run("p", "1", "r")
        store.save_extraction(
            1,
            run,
            [ExtractedQuote((Span(0, 5),), Kind.INDIRECT, evidence="named here")],
        )
        assert [q.evidence for q in store.quotes(1)] == ["named here", ""]
