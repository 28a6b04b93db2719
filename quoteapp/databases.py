"""Which database file quoteapp uses when none is named, shared by the app and the CLI.

The app records the database it opens; `quoteapp` without `--db` or QUOTEAPP_DB uses
that one too, so `quoteapp quotes` after a review session lists what was on screen.
The record is one line in the user's state folder, kept apart from any database.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_database() -> Path:
    """quoteapp.db in the user's data folder: the database before any other was opened."""
    from platformdirs import user_data_path

    return user_data_path("quoteapp", appauthor=False) / "quoteapp.db"


def _record() -> Path:
    from platformdirs import user_state_path

    return user_state_path("quoteapp", appauthor=False) / "last-database"


def last_used() -> Path | None:
    """The database the app last opened, if it still exists."""
    try:
        line = _record().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    path = Path(line) if line else None
    return path if path is not None and path.is_file() else None


def remember_used(path: Path) -> None:
    """Record the database the app has open; a failure to record is not worth an error."""
    record = _record()
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        temporary = record.with_suffix(".tmp")
        temporary.write_text(f"{path.resolve()}\n", encoding="utf-8")
        os.replace(temporary, record)
    except OSError:
        pass


def chosen_database(given: Path | str | None = None) -> tuple[Path, str]:
    """The database to open and why: given (--db), QUOTEAPP_DB, the one the app last
    used, or the default."""
    if given:
        return Path(given), "given"
    if os.environ.get("QUOTEAPP_DB"):
        return Path(os.environ["QUOTEAPP_DB"]), "QUOTEAPP_DB"
    last = last_used()
    if last is not None:
        return last, "the one the app last used"
    return default_database(), "default"
