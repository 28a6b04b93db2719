"""Edits by a person: each one transaction that also appends its audit rows.

Undo is `revert_edit`, itself an edit, so the history only grows. Mixed into
`Store`, which provides the connection, the transactions and quote insertion.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from quoteapp.errors import InvalidEdit, StaleEdit
from quoteapp.ingest.article import now
from quoteapp.model import (
    Article,
    Correction,
    ExtractedQuote,
    Kind,
    Origin,
    Quote,
    Span,
    Status,
    hull,
)
from quoteapp.store import rows
from quoteapp.store.values import (
    check_spans,
    coerce,
    default_user,
    ends,
    replaced,
)

if TYPE_CHECKING:
    import sqlite_utils

EDITABLE_FIELDS = ("status", "kind", "speaker", "parts", "cue", "mention", "deleted")


class PersonEdits:
    """The store's methods for what a reviewer does to quotes."""

    if TYPE_CHECKING:  # what `Store` provides
        db: sqlite_utils.Database

        def article(self, article_id: int) -> Article: ...
        def quote(self, quote_id: int) -> Quote: ...
        def _write(self) -> AbstractContextManager[None]: ...
        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...
        def _speaker_id(self, name: str | None, aliases: Sequence[str] = ()) -> int | None: ...
        def _insert_quote(
            self,
            article_id: int,
            quote: ExtractedQuote,
            origin: Origin,
            status: Status,
            run_id: int | None,
            stamp: str,
            who: str | None,
        ) -> int: ...

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
        check_spans(new.parts, (cue, mention), text_length)
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
                check_spans(quote.parts, (quote.cue, quote.mention), text_length)
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

    def edit_quote(
        self, quote_id: int, who: str | None = None, seen: Quote | None = None, **changes: object
    ) -> int | None:
        """Change fields of one quote in one transaction; return the edit's id (None: no change).

        `seen` is the quote as the person saw it: if another window or process has changed
        a field being edited since, the edit is refused (StaleEdit) instead of overwriting.
        """
        expected = None if seen is None else {f: rows.field_value(seen, f) for f in changes}
        return self._apply(quote_id, changes, who or default_user(), None, expected)

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
        expected: dict[str, Any] = {}  # what the edit left, which must still be there
        for correction in reversed(found):
            if correction.field == "created":
                changes["deleted"] = True
                expected["deleted"] = False
            else:
                changes[correction.field] = correction.old_value
                expected[correction.field] = correction.new_value
        return self._apply(quote_id, changes, who, edit_id, expected)

    def _apply(
        self,
        quote_id: int,
        changes: dict[str, Any],
        who: str,
        reverts: int | None,
        expected: dict[str, Any] | None = None,
    ) -> int | None:
        """Read the quote, check and write the change, all in one write transaction: an
        edit computed on a stale read would overwrite another process's edit and break
        the audit trail's chain of old and new values."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise InvalidEdit(f"quotes have no field {', '.join(sorted(unknown))}")
        values = {field: coerce(field, value) for field, value in changes.items()}
        stamp = now()
        with self._write():
            current = self.quote(quote_id)
            _check_unchanged(current, expected or {}, undoing=reverts is not None)
            text_length = len(self.article(current.article_id).text)
            check_spans(
                values.get("parts", current.parts),
                (values.get("cue", current.cue), values.get("mention", current.mention)),
                text_length,
            )
            edit_id = self._next_edit_id()
            changed = False
            for field, value in values.items():
                old = rows.field_value(current, field)
                new = rows.field_value(replaced(current, field, value), field)
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
            start, end = ends(value)
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


def _check_unchanged(current: Quote, expected: dict[str, Any], undoing: bool) -> None:
    for field, value in expected.items():
        now_value = rows.field_value(current, field)
        if now_value != value:
            what = "undo cannot restore it" if undoing else "reload it and edit again"
            raise StaleEdit(
                f"quote {current.id} was changed elsewhere since (its {field} is now "
                f"{_said(now_value)}, not {_said(value)}): {what}"
            )


def _said(value: object) -> str:
    return "none" if value is None else str(value)
