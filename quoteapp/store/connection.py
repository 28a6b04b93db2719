"""Open a quoteapp database and turn SQLite's failures into messages a person can act on."""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from quoteapp.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotAQuoteappDatabase,
    StoreError,
    UntrustedDatabase,
)
from quoteapp.store.migrations import MIGRATIONS, migrate, schema_version

APPLICATION_ID = 0x51554F54  # "QUOT": marks a file as a quoteapp database
BUSY_TIMEOUT_SECONDS = 3.0


def open_database(
    path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS
) -> tuple[sqlite_utils.Database, bool]:
    """Open (creating or migrating as needed) and return (database, read_only)."""
    if path.is_dir():
        raise NotAQuoteappDatabase(f"{path} is a folder: give the path of a database file")
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot create {path.parent} ({error.strerror}): choose another --db"
            ) from None
    read_only = path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    db = _connect(path, "ro" if read_only else "rwc", busy_timeout)
    if read_only and not _readable(db):
        # A read-only WAL database in a folder we cannot write: no -shm file can be
        # made, so read it as an immutable snapshot.
        db.close()
        db = _connect(path, "ro&immutable=1", busy_timeout)
    try:
        with translate_errors(path):
            # a crafted file's schema may not run functions of ours in its views or triggers
            db.execute("PRAGMA trusted_schema = OFF")
            _check_identity(db, path)
            _check_sound(db, path)
            if read_only:
                _check_current(db, path)
            else:
                db.execute("PRAGMA journal_mode = WAL")
                migrate(db, APPLICATION_ID)
            db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        db.close()
        raise
    return db, read_only


def _connect(path: Path, mode: str, busy_timeout: float) -> sqlite_utils.Database:
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"
    with translate_errors(path):
        return sqlite_utils.Database(sqlite3.connect(uri, uri=True, timeout=busy_timeout))


def _readable(db: sqlite_utils.Database) -> bool:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        return False
    except sqlite3.DatabaseError:
        return True  # not a database at all: the identity check says so
    return True


def _check_identity(db: sqlite_utils.Database, path: Path) -> None:
    try:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.OperationalError:
        raise  # locked, unreadable: translate_errors words it
    except sqlite3.DatabaseError as error:
        if _marked_as_ours(path):  # quoteapp's file, broken past its first page
            raise DatabaseDamaged(damaged_message(path, str(error))) from None
        raise NotAQuoteappDatabase(
            f"{path} is not a quoteapp database: choose another database file, "
            "or move that file away"
        ) from None
    if application_id != APPLICATION_ID and has_tables:
        raise NotAQuoteappDatabase(
            f"{path} is an SQLite database of another program: choose another database file"
        )
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise DatabaseTooNew(
            f"{path} was written by a newer quoteapp (schema {version}, this one knows up to "
            f"{len(MIGRATIONS)}): upgrade quoteapp to open it"
        )


TABLES = frozenset({"runs", "articles", "speakers", "quotes", "corrections"})


def _marked_as_ours(path: Path) -> bool:
    """Whether the file's header carries quoteapp's application id (bytes 68-71)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return len(header) == 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _check_sound(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a damaged file, or one carrying triggers or views, before anything writes."""
    if schema_version(db) == 0:
        return  # new, or not yet a quoteapp database: nothing of ours to check
    missing = TABLES - set(db.table_names())
    if missing:
        raise DatabaseDamaged(
            damaged_message(path, f"its tables {', '.join(sorted(missing))} are gone")
        )
    found = db.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"
    ).fetchall()
    if found:
        kind, name = found[0]
        raise UntrustedDatabase(
            f"{path} carries a {kind} ({name}) that quoteapp does not define, which could "
            "change edits behind your back: open a database quoteapp made, or drop it with the "
            "sqlite3 tool"
        )
    problems = [row[0] for row in db.execute("PRAGMA quick_check(3)").fetchall()]
    if problems != ["ok"]:
        raise DatabaseDamaged(damaged_message(path, problems[0]))


def damaged_message(path: Path, what: str) -> str:
    what = " ".join(what.replace("*** in database main ***", "").split())[:160]
    return (
        f"{path} is damaged ({what}); quoteapp will not write to it: restore your last good "
        f"copy, or save what is left with: sqlite3 {path} .recover | sqlite3 recovered.db"
    )


def _check_current(db: sqlite_utils.Database, path: Path) -> None:
    if schema_version(db) < len(MIGRATIONS):
        raise DatabaseReadOnly(
            f"{path} needs upgrading but is read-only: make it writable, then open it again"
        )


# SQLite's primary result codes (https://sqlite.org/rescode.html): errors are sorted by
# these, never by their message text, as qutebrowser's misc/sql.py does.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB, SQLITE_PERM = 26, 3


def primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite's failures that are about the file become StoreErrors; the rest stay bugs."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        code = primary_code(error)
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseLocked(
                f"{path} is locked by another program (another quoteapp?): close it and try again"
            ) from None
        if code in (SQLITE_READONLY, SQLITE_PERM):
            raise DatabaseReadOnly(
                f"{path} is read-only: make it writable or give another database"
            ) from None
        if code in (SQLITE_CANTOPEN, SQLITE_IOERR):
            raise StoreError(
                f"cannot open {path} ({error}): check the path and its permissions"
            ) from None
        if code == SQLITE_FULL:
            raise StoreError(
                f"the disk holding {path} is full: free some space and try again"
            ) from None
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise DatabaseDamaged(damaged_message(path, str(error))) from None
        raise
