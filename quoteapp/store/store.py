"""The one place that reads and writes a quoteapp database.

Every edit is one transaction that also appends its audit rows; undo appends
the reverse edit, so the history only grows. Re-extraction replaces only
automatic quotes that no person has touched.
"""

from __future__ import annotations

import getpass
import itertools
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quoteapp.errors import DatabaseReadOnly, InvalidEdit, UnknownArticle, UnknownQuote
from quoteapp.ingest.article import now
from quoteapp.model import (
    Article,
    ArticleSummary,
    Correction,
    ExtractedQuote,
    Kind,
    Origin,
    Quote,
    Run,
    Span,
    Status,
    hull,
)
from quoteapp.store import rows
from quoteapp.store.connection import BUSY_TIMEOUT_SECONDS, open_database, translate_errors

EDITABLE_FIELDS = ("status", "kind", "speaker", "parts", "cue", "mention", "deleted")


@dataclass(frozen=True)
class ExtractionOutcome:
    """What re-extracting one article did: new quotes, human work kept, untouched ones replaced."""

    added: int
    kept: int
    replaced: int
    skipped_overlapping: int


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Store:
    """A quoteapp database file. Use as a context manager or call `close()`."""

    def __init__(self, path: Path | str, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = Path(path)
        self.db, self.read_only = open_database(self.path, busy_timeout)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
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
                "INSERT INTO articles (title, source, added_at, text, content_hash, external_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    article.title,
                    article.source,
                    article.added_at or now(),
                    article.text,
                    article.content_hash,
                    article.external_id,
                ],
            )
        return self.article(cursor.lastrowid), True

    def article(self, article_id: int) -> Article:
        found = self._query("SELECT * FROM articles WHERE id = ?", [article_id])
        if not found:
            raise UnknownArticle(
                f"there is no article {article_id}: run 'quoteapp articles' to list them"
            )
        return rows.article_from_row(found[0])

    def articles(self) -> list[ArticleSummary]:
        found = self._query(
            """SELECT articles.id, title, source, added_at, extracted_run_id,
                 count(quotes.id) AS quotes,
                 count(CASE WHEN quotes.status != 'pending' THEN 1 END) AS reviewed
               FROM articles LEFT JOIN quotes
                 ON quotes.article_id = articles.id AND quotes.deleted = 0
               GROUP BY articles.id ORDER BY articles.id"""
        )
        return [rows.summary_from_row(r) for r in found]

    def article_hashes(self) -> list[dict[str, Any]]:
        """Every article's id and content hash, to find an article by its text."""
        return self._query("SELECT id, content_hash FROM articles ORDER BY id")

    def articles_to_extract(self) -> list[int]:
        """Articles no extraction has run on yet."""
        found = self._query("SELECT id FROM articles WHERE extracted_run_id IS NULL ORDER BY id")
        return [r["id"] for r in found]

    # Runs and extraction

    def start_run(self, pipeline: str, pipeline_version: str, rules_version: str) -> Run:
        started = now()
        with self._write():
            cursor = self.db.execute(
                "INSERT INTO runs (pipeline, pipeline_version, rules_version, started_at)"
                " VALUES (?, ?, ?, ?)",
                [pipeline, pipeline_version, rules_version, started],
            )
        return Run(cursor.lastrowid, pipeline, pipeline_version, rules_version, started)

    def save_extraction(
        self, article_id: int, run: Run, found: Sequence[ExtractedQuote]
    ) -> ExtractionOutcome:
        """Replace the article's untouched automatic quotes with `found`, keeping human work."""
        text_length = len(self.article(article_id).text)
        stamp = now()
        with self._write():
            replaced = self.db.execute(
                """DELETE FROM quotes WHERE article_id = ? AND origin = 'automatic'
                   AND id NOT IN (SELECT quote_id FROM corrections)""",
                [article_id],
            ).rowcount
            kept = [
                Span(r["content_start"], r["content_end"])
                for r in self._query("SELECT * FROM quotes WHERE article_id = ?", [article_id])
            ]
            added = skipped = 0
            for quote in found:
                _check_spans(quote.parts, (quote.cue, quote.mention), text_length)
                if any(quote.content.overlaps(span) for span in kept):
                    skipped += 1
                    continue
                self._insert_quote(
                    article_id, quote, Origin.AUTOMATIC, Status.PENDING, run.id, stamp, None
                )
                added += 1
            self.db.execute(
                "UPDATE articles SET extracted_run_id = ? WHERE id = ?", [run.id, article_id]
            )
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
                 status, origin, run_id, updated_at, updated_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                article_id,
                content.start,
                content.end,
                rows.parts_to_json(quote.parts),
                str(quote.kind),
                *_ends(quote.cue),
                *_ends(quote.mention),
                self._speaker_id(quote.speaker, quote.speaker_aliases),
                quote.confidence,
                str(status),
                str(origin),
                run_id,
                stamp,
                who,
            ],
        )
        return int(cursor.lastrowid)

    def _speaker_id(self, name: str | None, aliases: Sequence[str] = ()) -> int | None:
        """The id of the speaker called `name`, created or given new aliases as needed."""
        name = " ".join((name or "").split())
        if not name:
            return None
        found = self._query("SELECT id, aliases FROM speakers WHERE name = ?", [name])
        if not found:
            cursor = self.db.execute(
                "INSERT INTO speakers (name, aliases) VALUES (?, ?)",
                [name, json.dumps(sorted(set(aliases) - {name}))],
            )
            return int(cursor.lastrowid)
        known = set(json.loads(found[0]["aliases"]))
        if not set(aliases) - {name} <= known:
            merged = sorted((known | set(aliases)) - {name})
            self.db.execute(
                "UPDATE speakers SET aliases = ? WHERE id = ?", [json.dumps(merged), found[0]["id"]]
            )
        return int(found[0]["id"])

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
        return [rows.quote_from_row(r) for r in found]

    def quote(self, quote_id: int) -> Quote:
        found = self._query(f"{rows.QUOTE_SELECT} WHERE quotes.id = ?", [quote_id])
        if not found:
            raise UnknownQuote(f"there is no quote {quote_id}: run 'quoteapp quotes' to list them")
        return rows.quote_from_row(found[0])

    def speakers(self) -> dict[str, list[str]]:
        """Every known speaker's canonical name with its aliases."""
        found = self._query("SELECT name, aliases FROM speakers ORDER BY name")
        return {r["name"]: json.loads(r["aliases"]) for r in found}

    # Edits by a person, each with its audit rows

    def add_quote(
        self,
        article_id: int,
        parts: Sequence[Span],
        kind: Kind = Kind.DIRECT,
        speaker: str | None = None,
        cue: Span | None = None,
        mention: Span | None = None,
        who: str | None = None,
    ) -> Quote:
        """A quote a person found: it counts as reviewed and accepted."""
        who = who or default_user()
        text_length = len(self.article(article_id).text)
        new = ExtractedQuote(tuple(sorted(parts)), Kind(kind), cue, mention, speaker, (), 1.0)
        _check_spans(new.parts, (cue, mention), text_length)
        stamp = now()
        with self._write():
            quote_id = self._insert_quote(
                article_id, new, Origin.HUMAN, Status.ACCEPTED, None, stamp, who
            )
            created = {
                "parts": [[p.start, p.end] for p in new.parts],
                "kind": str(new.kind),
                "speaker": speaker,
            }
            self._record(self._next_edit_id(), stamp, who, quote_id, "created", None, created, None)
        return self.quote(quote_id)

    def import_reviewed(
        self, article_id: int, quotes: Sequence[ExtractedQuote], who: str | None = None
    ) -> int:
        """Quotes someone already reviewed (a gold file): stored as human, accepted, audited.

        Gold may hold overlapping attributions, and all are kept; only a quote with
        exactly the parts of one already stored is left out, so importing twice adds nothing.
        """
        who = who or default_user()
        text_length = len(self.article(article_id).text)
        stamp = now()
        with self._write():
            taken = {
                r["parts"]
                for r in self._query("SELECT parts FROM quotes WHERE article_id = ?", [article_id])
            }
            added = 0
            edit_id = self._next_edit_id()
            for quote in quotes:
                _check_spans(quote.parts, (quote.cue, quote.mention), text_length)
                parts = rows.parts_to_json(quote.parts)
                if parts in taken:
                    continue
                quote_id = self._insert_quote(
                    article_id, quote, Origin.HUMAN, Status.ACCEPTED, None, stamp, who
                )
                created = {
                    "parts": [[p.start, p.end] for p in quote.parts],
                    "kind": str(quote.kind),
                    "speaker": quote.speaker,
                    "imported": True,
                }
                self._record(edit_id, stamp, who, quote_id, "created", None, created, None)
                taken.add(parts)
                added += 1
                edit_id += 1
        return added

    def edit_quote(self, quote_id: int, who: str | None = None, **changes: object) -> int | None:
        """Change fields of one quote in one transaction; return the edit's id (None: no change)."""
        return self._apply(quote_id, changes, who or default_user(), reverts=None)

    def delete_quote(self, quote_id: int, who: str | None = None) -> int | None:
        """Mark a quote as false and hide it; the row stays for the audit trail and undo."""
        return self.edit_quote(quote_id, who, deleted=True)

    def revert_edit(self, edit_id: int, who: str | None = None) -> int | None:
        """Undo an edit by applying its reverse as a new edit (redo is reverting the revert)."""
        found = self.corrections(edit_id=edit_id)
        if not found:
            raise InvalidEdit(f"there is no edit {edit_id} to undo")
        who = who or default_user()
        quote_id = found[0].quote_id
        changes: dict[str, object] = {}
        for correction in reversed(found):
            if correction.field == "created":
                changes["deleted"] = True
            else:
                changes[correction.field] = correction.old_value
        return self._apply(quote_id, changes, who, reverts=edit_id)

    def _apply(
        self, quote_id: int, changes: dict[str, object], who: str, reverts: int | None
    ) -> int | None:
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise InvalidEdit(f"quotes have no field {', '.join(sorted(unknown))}")
        current = self.quote(quote_id)
        text_length = len(self.article(current.article_id).text)
        values = {field: _coerce(field, value) for field, value in changes.items()}
        _check_spans(
            values.get("parts", current.parts),
            (values.get("cue", current.cue), values.get("mention", current.mention)),
            text_length,
        )
        stamp = now()
        with self._write():
            edit_id = self._next_edit_id()
            changed = False
            for field, value in values.items():
                old = rows.field_value(current, field)
                new = rows.field_value(_replaced(current, field, value), field)
                if old == new:
                    continue
                columns = self._columns(field, value)
                assignments = ", ".join(f"{column} = ?" for column in columns)
                self.db.execute(
                    f"UPDATE quotes SET {assignments} WHERE id = ?", [*columns.values(), quote_id]
                )
                self._record(edit_id, stamp, who, quote_id, field, old, new, reverts)
                changed = True
            if not changed:
                return None
            self.db.execute(
                "UPDATE quotes SET updated_at = ?, updated_by = ? WHERE id = ?",
                [stamp, who, quote_id],
            )
        return edit_id

    def _columns(self, field: str, value: Any) -> dict[str, object]:
        if field == "parts":
            content = hull(value)
            return {
                "parts": rows.parts_to_json(value),
                "content_start": content.start,
                "content_end": content.end,
            }
        if field in ("cue", "mention"):
            start, end = _ends(value)
            return {f"{field}_start": start, f"{field}_end": end}
        if field == "speaker":
            return {"speaker_id": self._speaker_id(value)}
        if field == "deleted":
            return {"deleted": int(bool(value))}
        return {field: str(value)}

    def _next_edit_id(self) -> int:
        return int(
            self.db.execute("SELECT coalesce(max(edit_id), 0) + 1 FROM corrections").fetchone()[0]
        )

    def _record(
        self,
        edit_id: int,
        at: str,
        who: str,
        quote_id: int,
        field: str,
        old: object,
        new: object,
        reverts: int | None,
    ) -> None:
        self.db.execute(
            """INSERT INTO corrections
                 (edit_id, at, who, quote_id, field, old_value, new_value, reverts)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                edit_id,
                at,
                who,
                quote_id,
                field,
                json.dumps(old, ensure_ascii=False),
                json.dumps(new, ensure_ascii=False),
                reverts,
            ],
        )

    def corrections(
        self, quote_id: int | None = None, edit_id: int | None = None
    ) -> list[Correction]:
        """The audit trail, oldest first, for one quote, one edit or everything."""
        where, params = [], []
        if quote_id is not None:
            where.append("quote_id = ?")
            params.append(quote_id)
        if edit_id is not None:
            where.append("edit_id = ?")
            params.append(edit_id)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        found = self._query(f"SELECT * FROM corrections{clause} ORDER BY id", params)
        return [rows.correction_from_row(r) for r in found]


def _ends(span: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span.start, span.end)


def _as_span(value: object) -> Span | None:
    if value is None or isinstance(value, Span):
        return value
    start, end = value  # type: ignore[misc]
    return Span(int(start), int(end))


def _coerce(field: str, value: object) -> object:
    """Accept a field's value as the model holds it or as the audit trail stored it."""
    try:
        if field == "parts":
            parts = tuple(sorted(_as_span(p) for p in value))  # type: ignore[union-attr]
            if not parts:
                raise InvalidEdit("a quote needs at least one part")
            return parts
        if field in ("cue", "mention"):
            return _as_span(value)
        if field == "kind":
            return Kind(value)
        if field == "status":
            return Status(value)
        if field == "deleted":
            return bool(value)
        return None if value is None else " ".join(str(value).split()) or None
    except (TypeError, ValueError):
        raise InvalidEdit(f"{value!r} is not a valid {field} for a quote") from None


def _replaced(quote: Quote, field: str, value: object) -> Quote:
    from dataclasses import replace

    return replace(quote, **{field: value})


def _check_spans(parts: Sequence[Span], others: Sequence[Span | None], text_length: int) -> None:
    if not parts:
        raise InvalidEdit("a quote needs at least one part")
    for span in (*parts, *(s for s in others if s is not None)):
        if span.end > text_length:
            raise InvalidEdit(f"the span [{span.start}, {span.end}) falls outside the article text")
    for earlier, later in itertools.pairwise(parts):
        if later.start < earlier.end:
            raise InvalidEdit("the parts of a quote may not overlap")
    if all(len(p) == 0 for p in parts):
        raise InvalidEdit("a quote cannot be empty")
