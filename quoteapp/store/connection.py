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
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotAQuoteappDatabase,
    StoreError,
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
            _check_identity(db, path)
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
    except sqlite3.DatabaseError:
        raise NotAQuoteappDatabase(
            f"{path} is not a quoteapp database: give another --db path or move that file away"
        ) from None
    if application_id != APPLICATION_ID and has_tables:
        raise NotAQuoteappDatabase(
            f"{path} is an SQLite database of another program: give another --db path"
        )
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise DatabaseTooNew(
            f"{path} was written by a newer quoteapp (schema {version}, this one knows up to "
            f"{len(MIGRATIONS)}): upgrade quoteapp to open it"
        )


def _check_current(db: sqlite_utils.Database, path: Path) -> None:
    if schema_version(db) < len(MIGRATIONS):
        raise DatabaseReadOnly(
            f"{path} needs upgrading but is read-only: make it writable, then open it again"
        )


def _is_locked(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite's operational failures become StoreErrors; anything else stays a bug."""
    try:
        yield
    except sqlite3.OperationalError as error:
        message = str(error).lower()
        if _is_locked(error):
            raise DatabaseLocked(
                f"{path} is locked by another program (another quoteapp?): close it and try again"
            ) from None
        if "readonly" in message or "read-only" in message:
            raise DatabaseReadOnly(
                f"{path} is read-only: make it writable or give another --db path"
            ) from None
        if "unable to open" in message or "disk i/o" in message:
            raise StoreError(
                f"cannot open {path} ({error}): check the path and its permissions"
            ) from None
        if "database or disk is full" in message:
            raise StoreError(
                f"the disk holding {path} is full: free some space and try again"
            ) from None
        raise
