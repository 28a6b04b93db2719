"""Named, recorded schema migrations.

sqlite-utils' `Migrations` applies them and records each by name and time in
`_sqlite_migrations`; `PRAGMA user_version` is the number applied, so a database
newer than this code is refused before anything touches it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlite_utils
from sqlite_utils.migrations import Migrations


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

QUOTE_IDS_NEVER_REUSED = Migration(
    "0004_quote_ids_never_reused",
    (
        # Without AUTOINCREMENT SQLite hands out the highest id again once that row is
        # deleted (re-extraction deletes untouched quotes), so an accept aimed at one quote
        # could land on another. The table is rebuilt with it (SQLite's documented way),
        # and the sequence starts past every id a quote or the audit trail ever used.
        """CREATE TABLE quotes_rebuilt (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
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
            updated_by TEXT,
            speaker_evidence TEXT NOT NULL DEFAULT ''
        )""",
        """INSERT INTO quotes_rebuilt (id, article_id, content_start, content_end, parts, kind,
             cue_start, cue_end, mention_start, mention_end, speaker_id, confidence, status,
             origin, run_id, deleted, updated_at, updated_by, speaker_evidence)
           SELECT id, article_id, content_start, content_end, parts, kind, cue_start, cue_end,
             mention_start, mention_end, speaker_id, confidence, status, origin, run_id,
             deleted, updated_at, updated_by, speaker_evidence FROM quotes""",
        "DROP TABLE quotes",
        "ALTER TABLE quotes_rebuilt RENAME TO quotes",
        "CREATE INDEX quotes_by_article ON quotes(article_id, content_start)",
        "DELETE FROM sqlite_sequence WHERE name IN ('quotes', 'quotes_rebuilt')",
        """INSERT INTO sqlite_sequence (name, seq) SELECT 'quotes', max(
             coalesce((SELECT max(id) FROM quotes), 0),
             coalesce((SELECT max(quote_id) FROM corrections), 0))""",
    ),
)

SPEAKER_ENTITIES = Migration(
    "0005_speaker_entities",
    (
        # A speaker is a person, an organisation or an unnamed source, with a note; one a
        # person merged away keeps its row (and name) pointing at the speaker it joined, so
        # undo can restore it and extraction resolves that name to the right speaker.
        "ALTER TABLE speakers ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'"
        " CHECK (kind IN ('person', 'organisation', 'unnamed'))",
        "ALTER TABLE speakers ADD COLUMN note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE speakers ADD COLUMN merged_into INTEGER REFERENCES speakers(id)",
        # names a person taught quoteapp (an old name after a rename) and whose they are
        """CREATE TABLE speaker_names (
            name TEXT PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id)
        )""",
        # the audit trail of changes to speakers themselves; an edit's id is shared with the
        # quote corrections it came with (a merge moves quotes and merges the speaker)
        """CREATE TABLE speaker_corrections (
            id INTEGER PRIMARY KEY,
            edit_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            reverts INTEGER
        )""",
        "CREATE INDEX speaker_corrections_by_edit ON speaker_corrections(edit_id)",
        "CREATE INDEX quotes_by_speaker ON quotes(speaker_id)",
        "CREATE INDEX speakers_by_merge ON speakers(merged_into)",
        # a first guess at each existing speaker's kind; a person corrects it
        """UPDATE speakers SET kind = 'unnamed'
             WHERE substr(name, 1, 1) != upper(substr(name, 1, 1))
             OR name LIKE 'A %' OR name LIKE 'An %' OR name LIKE 'The %' OR name LIKE 'One %'
             OR name LIKE 'Two %' OR name LIKE 'Several %' OR name LIKE 'Some %'
             OR name IN ('He', 'She', 'They', 'We', 'I', 'You', 'It', 'Who', 'Which', 'That',
                         'His', 'Her', 'Their')""",
        f"""UPDATE speakers SET kind = 'organisation' WHERE kind = 'person' AND ({
            " OR ".join(
                f"(' ' || name || ' ') LIKE '% {word} %'"
                for word in (
                    "Ministry",
                    "Department",
                    "Company",
                    "Inc",
                    "Inc.",
                    "Corp",
                    "Corp.",
                    "Ltd",
                    "Party",
                    "Police",
                    "Agency",
                    "Council",
                    "Committee",
                    "Association",
                    "University",
                    "Court",
                    "Office",
                    "Bank",
                    "Group",
                    "Commission",
                    "Union",
                    "Institute",
                    "Foundation",
                    "Government",
                    "Administration",
                    "Board",
                    "Service",
                    "Authority",
                    "Times",
                    "News",
                    "Post",
                    "Reuters",
                    "Press",
                )
            )
        })""",
    ),
)

QUOTE_SEARCH = Migration(
    "0006_quote_search",
    (
        # Full-text search over every quote's words, speaker (name and aliases), cue and
        # article title; the store keeps it in step with every write, by quote id.
        """CREATE VIRTUAL TABLE quote_search USING fts5(
            quote, speaker, cue, title, tokenize = 'unicode61 remove_diacritics 2'
        )""",
        """INSERT INTO quote_search (rowid, quote, speaker, cue, title)
           SELECT quotes.id,
             (SELECT group_concat(substr(articles.text, json_extract(part.value, '$[0]') + 1,
                json_extract(part.value, '$[1]') - json_extract(part.value, '$[0]')), ' … ')
              FROM json_each(quotes.parts) AS part),
             coalesce(speakers.name || ' ' || (SELECT coalesce(group_concat(alias.value, ' '), '')
               FROM json_each(speakers.aliases) AS alias), ''),
             CASE WHEN quotes.cue_start IS NULL THEN '' ELSE substr(articles.text,
               quotes.cue_start + 1, quotes.cue_end - quotes.cue_start) END,
             articles.title
           FROM quotes JOIN articles ON articles.id = quotes.article_id
             LEFT JOIN speakers ON speakers.id = quotes.speaker_id""",
    ),
)

GOLD_ARTICLES = Migration(
    "0007_gold_articles",
    (
        # An article imported from a gold file holds the reference quotes: extraction never
        # runs on it, so automatic quotes are never mixed into gold. Articles imported
        # before this was kept are found by their imported quotes.
        "ALTER TABLE articles ADD COLUMN gold INTEGER NOT NULL DEFAULT 0",
        """UPDATE articles SET gold = 1 WHERE external_id IS NOT NULL AND id IN (
             SELECT quotes.article_id FROM quotes JOIN corrections
               ON corrections.quote_id = quotes.id
             WHERE corrections.field = 'created' AND corrections.new_value LIKE '%"imported"%')""",
    ),
)

EXTRACTION_CLAIMS = Migration(
    "0008_extraction_claims",
    (
        # Which process is extracting which article, so two windows or a window and the
        # CLI never extract one article at once; a claim older than its lease is void.
        """CREATE TABLE extraction_claims (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            owner TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
    ),
)

ARTICLE_BYLINE = Migration(
    "0009_article_byline",
    # Who wrote the article, as its page says: an article's "I" is its writer.
    ("ALTER TABLE articles ADD COLUMN byline TEXT",),
)

MIGRATIONS: tuple[Migration, ...] = (
    INITIAL,
    EXTERNAL_ID,
    SPEAKER_EVIDENCE,
    QUOTE_IDS_NEVER_REUSED,
    SPEAKER_ENTITIES,
    QUOTE_SEARCH,
    GOLD_ARTICLES,
    EXTRACTION_CLAIMS,
    ARTICLE_BYLINE,
)


LOG = "_sqlite_migrations"  # sqlite-utils' record of what was applied, by set and name
LEGACY_LOG = "_migrations"  # where quoteapp 0.1 recorded them, adopted on first open
SET_NAME = "quoteapp"


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def pending(db: sqlite_utils.Database, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    return [m.name for m in migrations[schema_version(db) :]]


def migration_set(migrations: Sequence[Migration] = MIGRATIONS) -> Migrations:
    """The migrations as a sqlite-utils set, each running its statements."""
    chosen = Migrations(SET_NAME)
    for migration in migrations:
        chosen(name=migration.name)(_runner(migration.statements))
    return chosen


def _runner(statements: tuple[str, ...]) -> Callable[[sqlite_utils.Database], None]:
    def run(db: sqlite_utils.Database) -> None:
        for statement in statements:
            db.execute(statement)

    return run


def migrate(
    db: sqlite_utils.Database,
    application_id: int,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[str]:
    """Apply what is missing; return the names applied.

    sqlite-utils' `Migrations` applies and records them; the whole run sits in one
    `BEGIN IMMEDIATE` so that two processes opening an old database never both migrate
    it (each migration then nests as a savepoint: one that fails leaves nothing).
    `user_version` keeps counting them, for the "written by a newer quoteapp" refusal.
    """
    if schema_version(db) >= len(migrations) and LEGACY_LOG not in db.table_names():
        return []
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        _adopt_legacy_log(db)
        chosen = migration_set(migrations)
        names = [m.name for m in chosen.pending(db)]
        chosen.apply(db)
        db.conn.execute(f"PRAGMA user_version = {len(chosen.applied(db))}")
        db.conn.execute(f"PRAGMA application_id = {application_id}")
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
    return names


def _adopt_legacy_log(db: sqlite_utils.Database) -> None:
    """Move the names quoteapp 0.1 recorded in `_migrations` into sqlite-utils' log."""
    if LEGACY_LOG not in db.table_names():
        return
    Migrations(SET_NAME).ensure_migrations_table(db)
    for row in db.execute(f"SELECT name, applied_at FROM {LEGACY_LOG} ORDER BY rowid"):
        db.execute(
            f"INSERT OR IGNORE INTO {LOG} (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [SET_NAME, row[0], row[1]],
        )
    db.execute(f"DROP TABLE {LEGACY_LOG}")
