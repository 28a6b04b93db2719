"""Named, recorded schema migrations.

`PRAGMA user_version` is the number of migrations applied; `_migrations`
records each by name and time. A database newer than this code is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]


INITIAL = Migration(
    "0001_initial",
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            pipeline TEXT NOT NULL,
            pipeline_version TEXT NOT NULL,
            rules_version TEXT NOT NULL,
            started_at TEXT NOT NULL
        )""",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            source TEXT NOT NULL,
            added_at TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            extracted_run_id INTEGER REFERENCES runs(id)
        )""",
        """CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            aliases TEXT NOT NULL DEFAULT '[]'
        )""",
        """CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            parts TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
            cue_start INTEGER,
            cue_end INTEGER,
            mention_start INTEGER,
            mention_end INTEGER,
            speaker_id INTEGER REFERENCES speakers(id),
            confidence REAL NOT NULL DEFAULT 0.5,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'accepted', 'rejected')),
            origin TEXT NOT NULL CHECK (origin IN ('automatic', 'human')),
            run_id INTEGER REFERENCES runs(id),
            deleted INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            updated_by TEXT
        )""",
        "CREATE INDEX quotes_by_article ON quotes(article_id, content_start)",
        """CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            edit_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            quote_id INTEGER NOT NULL REFERENCES quotes(id),
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            reverts INTEGER
        )""",
        "CREATE INDEX corrections_by_quote ON corrections(quote_id)",
        "CREATE INDEX corrections_by_edit ON corrections(edit_id)",
    ),
)

EXTERNAL_ID = Migration(
    "0002_article_external_id",
    (
        # The id an article had in a gold file it was imported from, kept for exports.
        "ALTER TABLE articles ADD COLUMN external_id TEXT",
    ),
)

SPEAKER_EVIDENCE = Migration(
    "0003_quote_speaker_evidence",
    (
        # How the extractor reached the speaker ("he → Tomas Berg, named in paragraph 3");
        # empty for quotes a person made and for quotes extracted before it was kept.
        "ALTER TABLE quotes ADD COLUMN speaker_evidence TEXT NOT NULL DEFAULT ''",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (INITIAL, EXTERNAL_ID, SPEAKER_EVIDENCE)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def pending(db: sqlite_utils.Database, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    return [m.name for m in migrations[schema_version(db) :]]


def migrate(
    db: sqlite_utils.Database,
    application_id: int,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[str]:
    """Apply what is missing, each migration in one transaction; return their names."""
    applied = []
    for number, migration in enumerate(migrations, start=1):
        if number <= schema_version(db):
            continue
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            db.conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
            for statement in migration.statements:
                db.conn.execute(statement)
            db.conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            db.conn.execute(f"PRAGMA user_version = {number}")
            db.conn.execute(f"PRAGMA application_id = {application_id}")
        except BaseException:
            db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")
        applied.append(migration.name)
    return applied
