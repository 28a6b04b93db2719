"""The one place that reads and writes a quoteapp database.

Every edit is one transaction that also appends its audit rows; undo appends
the reverse edit, so the history only grows. Re-extraction replaces only
automatic quotes that no person has touched.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from quoteapp.errors import (
    DamagedRow,
    DatabaseReadOnly,
    InvalidEdit,
    StoreError,
    UnknownArticle,
    UnknownQuote,
)
from quoteapp.ingest.article import now
from quoteapp.model import (
    Article,
    ArticleSummary,
    ExtractedQuote,
    Origin,
    Quote,
    Run,
    Span,
    Status,
)
from quoteapp.store import rows
from quoteapp.store.connection import BUSY_TIMEOUT_SECONDS, open_database, translate_errors
from quoteapp.store.corpus import CorpusQueries
from quoteapp.store.edits import PersonEdits
from quoteapp.store.speakers import SpeakerEdits
from quoteapp.store.values import check_spans, ends

log = logging.getLogger(__name__)
T = TypeVar("T")


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The row id an INSERT just made (never None after a successful INSERT)."""
    if cursor.lastrowid is None:
        raise RuntimeError("an INSERT made no row")
    return cursor.lastrowid


@dataclass(frozen=True)
class ExtractionOutcome:
    """What re-extracting one article did: new quotes, human work kept, untouched ones replaced."""

    added: int
    kept: int
    replaced: int
    skipped_overlapping: int


class Store(PersonEdits, SpeakerEdits, CorpusQueries):
    """A quoteapp database file. Use as a context manager or call `close()`."""

    def __init__(self, path: Path | str, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = Path(path)
        self.db, self.read_only = open_database(self.path, busy_timeout)
        self.damaged: list[str] = []  # one line for each damaged row met and left out
        self.closed = False

    def close(self) -> None:
        self.closed = True
        self.db.close()

    def _open(self) -> None:
        if self.closed:
            raise StoreError(f"{self.path} was closed: open it again to use it")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        self._open()
        if self.read_only:
            raise DatabaseReadOnly(f"{self.path} is read-only: make it writable to change it")
        with translate_errors(self.path):
            self.db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.db.conn.execute("ROLLBACK")
                raise
            self.db.conn.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        self._open()
        with translate_errors(self.path):
            return list(self.db.query(sql, params))

    # Articles

    def add_article(self, article: Article) -> tuple[Article, bool]:
        """Store `article` unless the same text is already there; return (stored, created)."""
        with self._write():
            existing = self._query(
                "SELECT * FROM articles WHERE content_hash = ?", [article.content_hash]
            )
            if existing:
                return rows.article_from_row(existing[0]), False
            cursor = self.db.execute(
                "INSERT INTO articles"
                " (title, source, added_at, text, content_hash, external_id, byline)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    article.title,
                    article.source,
                    article.added_at or now(),
                    article.text,
                    article.content_hash,
                    article.external_id,
                    article.byline,
                ],
            )
        return self.article(_new_id(cursor)), True

    def article(self, article_id: int) -> Article:
        found = self._query("SELECT * FROM articles WHERE id = ?", [article_id])
        if not found:
            raise UnknownArticle(
                f"there is no article {article_id}: run 'quoteapp articles' to list them"
            )
        return rows.checked("article", rows.article_from_row)(found[0])

    def articles(self) -> list[ArticleSummary]:
        found = self._query(
            """SELECT articles.id, title, source, added_at, extracted_run_id, gold, byline,
                 count(quotes.id) AS quotes,
                 count(CASE WHEN quotes.status != 'pending' THEN 1 END) AS reviewed
               FROM articles LEFT JOIN quotes
                 ON quotes.article_id = articles.id AND quotes.deleted = 0
               GROUP BY articles.id ORDER BY articles.id"""
        )
        return self._good("article", rows.summary_from_row, found)

    def article_summary(self, article_id: int) -> ArticleSummary:
        """One article's row of the list, counted afresh (after an edit or extraction)."""
        found = self._query(
            """SELECT articles.id, title, source, added_at, extracted_run_id, gold, byline,
                 count(quotes.id) AS quotes,
                 count(CASE WHEN quotes.status != 'pending' THEN 1 END) AS reviewed
               FROM articles LEFT JOIN quotes
                 ON quotes.article_id = articles.id AND quotes.deleted = 0
               WHERE articles.id = ? GROUP BY articles.id""",
            [article_id],
        )
        if not found:
            raise UnknownArticle(f"there is no article {article_id}")
        return rows.checked("article", rows.summary_from_row)(found[0])

    def article_hashes(self) -> list[dict[str, Any]]:
        """Every article's id and content hash, to find an article by its text."""
        return self._query("SELECT id, content_hash FROM articles ORDER BY id")

    def articles_to_extract(self) -> list[int]:
        """Articles no extraction has run on yet (gold articles never are)."""
        found = self._query(
            "SELECT id FROM articles WHERE extracted_run_id IS NULL AND gold = 0 ORDER BY id"
        )
        return [r["id"] for r in found]

    # Claims: one process extracts an article at a time

    def claim_extraction(
        self, article_ids: Sequence[int], owner: str, lease_minutes: int = 30
    ) -> list[int]:
        """Claim the articles no other live process is extracting; return those claimed.
        A claim lapses after `lease_minutes` (a crashed process leaves no article stuck)."""
        with self._write():
            self.db.execute(
                "DELETE FROM extraction_claims WHERE at < datetime('now', ?)",
                [f"-{lease_minutes} minutes"],
            )
            taken = {
                r["article_id"]: r["owner"]
                for r in self._query("SELECT article_id, owner FROM extraction_claims")
            }
            claimed = [i for i in article_ids if taken.get(i, owner) == owner]
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO extraction_claims (article_id, owner, at)"
                " VALUES (?, ?, datetime('now'))",
                [(i, owner) for i in claimed],
            )
        return claimed

    def release_claims(self, owner: str, article_ids: Sequence[int] | None = None) -> None:
        with self._write():
            if article_ids is None:
                self.db.execute("DELETE FROM extraction_claims WHERE owner = ?", [owner])
            else:
                self.db.execute(
                    "DELETE FROM extraction_claims WHERE owner = ? AND article_id IN"
                    " (SELECT value FROM json_each(?))",
                    [owner, json.dumps(list(article_ids))],
                )

    def data_version(self) -> int:
        """SQLite's count of changes made by other connections: cheap to poll, so a
        window notices another window's or process's edits and refreshes."""
        self._open()
        with translate_errors(self.path):
            return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def gold_articles(self) -> set[int]:
        """Articles imported from gold data: their quotes are the reference, not extracted."""
        return {r["id"] for r in self._query("SELECT id FROM articles WHERE gold = 1")}

    def mark_gold(self, article_id: int) -> None:
        with self._write():
            self.db.execute("UPDATE articles SET gold = 1 WHERE id = ?", [article_id])

    # Runs and extraction

    def start_run(self, pipeline: str, pipeline_version: str, rules_version: str) -> Run:
        started = now()
        with self._write():
            cursor = self.db.execute(
                "INSERT INTO runs (pipeline, pipeline_version, rules_version, started_at)"
                " VALUES (?, ?, ?, ?)",
                [pipeline, pipeline_version, rules_version, started],
            )
        return Run(_new_id(cursor), pipeline, pipeline_version, rules_version, started)

    def save_extraction(
        self, article_id: int, run: Run, found: Sequence[ExtractedQuote]
    ) -> ExtractionOutcome:
        """Replace the article's untouched automatic quotes with `found`, keeping human work."""
        if article_id in self.gold_articles():
            raise InvalidEdit(
                f"article {article_id} is gold data: its quotes are the reference and are "
                "never extracted; add its text again as a new article to extract it"
            )
        text_length = len(self.article(article_id).text)
        stamp = now()
        with self._write():
            untouched = [
                r["id"]
                for r in self._query(
                    """SELECT id FROM quotes WHERE article_id = ? AND origin = 'automatic'
                       AND id NOT IN (SELECT quote_id FROM corrections)""",
                    [article_id],
                )
            ]
            self._unindex(untouched)
            replaced = self.db.execute(
                "DELETE FROM quotes WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(untouched)],
            ).rowcount
            kept = [
                Span(r["content_start"], r["content_end"])
                for r in self._query("SELECT * FROM quotes WHERE article_id = ?", [article_id])
            ]
            added = skipped = 0
            new_ids = []
            for quote in found:
                check_spans(quote.parts, (quote.cue, quote.mention), text_length)
                if any(quote.content.overlaps(span) for span in kept):
                    skipped += 1
                    continue
                new_ids.append(
                    self._insert_quote(
                        article_id, quote, Origin.AUTOMATIC, Status.PENDING, run.id, stamp, None
                    )
                )
                added += 1
            self._index_quotes(new_ids)
            self.db.execute(
                "UPDATE articles SET extracted_run_id = ? WHERE id = ?", [run.id, article_id]
            )
            self.db.execute("DELETE FROM extraction_claims WHERE article_id = ?", [article_id])
        return ExtractionOutcome(added, len(kept), replaced, skipped)

    def _insert_quote(
        self,
        article_id: int,
        quote: ExtractedQuote,
        origin: Origin,
        status: Status,
        run_id: int | None,
        stamp: str,
        who: str | None,
    ) -> int:
        content = quote.content
        cursor = self.db.execute(
            """INSERT INTO quotes (article_id, content_start, content_end, parts, kind,
                 cue_start, cue_end, mention_start, mention_end, speaker_id, confidence,
                 status, origin, run_id, updated_at, updated_by, speaker_evidence)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                article_id,
                content.start,
                content.end,
                rows.parts_to_json(quote.parts),
                str(quote.kind),
                *ends(quote.cue),
                *ends(quote.mention),
                self._speaker_id(quote.speaker, quote.speaker_aliases),
                quote.confidence,
                str(status),
                str(origin),
                run_id,
                stamp,
                who,
                quote.evidence,
            ],
        )
        return _new_id(cursor)  # the caller indexes it, with the others of its write

    # Quotes

    def quotes(self, article_id: int | None = None, include_deleted: bool = False) -> list[Quote]:
        where, params = [], []
        if article_id is not None:
            where.append("quotes.article_id = ?")
            params.append(article_id)
        if not include_deleted:
            where.append("quotes.deleted = 0")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        found = self._query(
            f"{rows.QUOTE_SELECT}{clause} ORDER BY quotes.article_id, quotes.content_start", params
        )
        return self._good("quote", rows.quote_from_row, found)

    def quotes_by_id(self, quote_ids: Sequence[int]) -> dict[int, Quote]:
        """These quotes as stored now, in one query (a view refreshing the rows it shows)."""
        found = self._query(
            f"{rows.QUOTE_SELECT} WHERE quotes.id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(quote_ids))],
        )
        return {q.id: q for q in self._good("quote", rows.quote_from_row, found)}

    def quote(self, quote_id: int) -> Quote:
        found = self._query(f"{rows.QUOTE_SELECT} WHERE quotes.id = ?", [quote_id])
        if not found:
            raise UnknownQuote(f"there is no quote {quote_id}: run 'quoteapp quotes' to list them")
        return rows.checked("quote", rows.quote_from_row)(found[0])

    def _good(
        self, what: str, convert: Callable[[dict[str, Any]], T], found: list[dict[str, Any]]
    ) -> list[T]:
        """The rows that convert; each damaged one is reported once and left out."""
        good = []
        for row in found:
            try:
                good.append(rows.checked(what, convert)(row))
            except DamagedRow as damaged:
                if str(damaged) not in self.damaged:
                    self.damaged.append(str(damaged))
                    log.warning("%s", damaged)
        return good

    def check(self) -> list[str]:
        """A full check, one line per problem (none: sound): SQLite's integrity check,
        references that point nowhere, and rows quoteapp could not have written."""
        with translate_errors(self.path):
            problems = [
                f"SQLite: {row[0]}"
                for row in self.db.execute("PRAGMA integrity_check(20)").fetchall()
                if row[0] != "ok"
            ]
            problems += [
                f"{table} row {rowid} points at a missing {parent} row"
                for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check")
            ]
        self.damaged = []
        self._good("article", rows.article_from_row, self._query("SELECT * FROM articles"))
        self.quotes(include_deleted=True)
        self._good("correction", rows.correction_from_row, self._query("SELECT * FROM corrections"))
        return problems + self.damaged
