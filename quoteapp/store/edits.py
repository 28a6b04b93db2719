"""Edits by a person: each one transaction that also appends its audit rows.

Undo is `revert_edit`, itself an edit, so the history only grows. Mixed into
`Store`, which provides the connection, the transactions and quote insertion.
"""

from __future__ import annotations

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
    SpeakerCorrection,
    Status,
    hull,
)
from quoteapp.store import rows
from quoteapp.store.values import (
    audit_row,
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
        def canonical(self, name: str | None) -> str | None: ...
        def speaker_corrections(
            self, speaker_id: int | None = None, edit_id: int | None = None
        ) -> list[SpeakerCorrection]: ...
        def _revert_speaker(
            self, correction: SpeakerCorrection, edit_id: int, stamp: str, who: str
        ) -> None: ...
        def _index_quotes(self, quote_ids: Sequence[int]) -> None: ...
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
            self._index_quotes([quote_id])
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
            new_ids = []
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
                new_ids.append(quote_id)
                added += 1
                edit_id += 1
            self._index_quotes(new_ids)
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

    def edit_quotes(
        self, quotes: Sequence[Quote], who: str | None = None, **changes: object
    ) -> int | None:
        """The same change to many quotes as one edit (one undo step); each quote as the
        person saw it, so a quote changed elsewhere since refuses the whole edit."""
        who = who or default_user()
        stamp = now()
        with self._write():
            edit_id = self._next_edit_id()
            changed = False
            for quote in quotes:
                expected = {f: rows.field_value(quote, f) for f in changes}
                changed |= self._change(
                    quote.id, dict(changes), who, None, expected, edit_id, stamp
                )
        return edit_id if changed else None

    def delete_quote(self, quote_id: int, who: str | None = None) -> int | None:
        """Mark a quote as false and hide it; the row stays for the audit trail and undo."""
        return self.edit_quote(quote_id, who, deleted=True)

    def revert_edit(self, edit_id: int, who: str | None = None) -> int | None:
        """Undo an edit by applying its reverse as a new edit (redo is reverting the revert).

        An edit may span several quotes and speakers (a merge): all of it is put back in
        one transaction, the speakers first, so a quote's old speaker exists again."""
        found = self.corrections(edit_id=edit_id)
        about_speakers = self.speaker_corrections(edit_id=edit_id)
        if not found and not about_speakers:
            raise InvalidEdit(f"there is no edit {edit_id} to undo")
        who = who or default_user()
        by_quote: dict[int, tuple[dict[str, object], dict[str, Any]]] = {}
        for correction in reversed(found):
            changes, expected = by_quote.setdefault(correction.quote_id, ({}, {}))
            if correction.field == "created":
                changes["deleted"] = True
                expected["deleted"] = False
            else:
                changes[correction.field] = correction.old_value
                expected[correction.field] = correction.new_value  # what the edit left
        stamp = now()
        with self._write():
            new_id = self._next_edit_id()
            for speaker_correction in reversed(about_speakers):
                self._revert_speaker(speaker_correction, new_id, stamp, who)
            changed = bool(about_speakers)
            for quote_id, (changes, expected) in by_quote.items():
                changed |= self._change(quote_id, changes, who, edit_id, expected, new_id, stamp)
        return new_id if changed else None

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
        stamp = now()
        with self._write():
            edit_id = self._next_edit_id()
            changed = self._change(quote_id, changes, who, reverts, expected, edit_id, stamp)
        return edit_id if changed else None

    def _move_quotes(
        self, quotes: Sequence[Quote], name: str | None, who: str, edit_id: int, stamp: str
    ) -> None:
        """Give each quote the speaker `name`, as part of edit `edit_id` (inside a write)."""
        for quote in quotes:
            expected = {"speaker": rows.field_value(quote, "speaker")}
            self._change(quote.id, {"speaker": name}, who, None, expected, edit_id, stamp)

    def _change(
        self,
        quote_id: int,
        changes: dict[str, Any],
        who: str,
        reverts: int | None,
        expected: dict[str, Any] | None,
        edit_id: int,
        stamp: str,
    ) -> bool:
        """One quote's part of edit `edit_id`, inside a write transaction; whether it
        changed anything."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise InvalidEdit(f"quotes have no field {', '.join(sorted(unknown))}")
        values = {field: coerce(field, value) for field, value in changes.items()}
        if "speaker" in values:  # under the name it is known by now (merges followed)
            values["speaker"] = self.canonical(values["speaker"])
        current = self.quote(quote_id)
        _check_unchanged(current, expected or {}, undoing=reverts is not None)
        text_length = len(self.article(current.article_id).text)
        check_spans(
            values.get("parts", current.parts),
            (values.get("cue", current.cue), values.get("mention", current.mention)),
            text_length,
        )
        changed = reindex = False
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
            reindex |= field in ("parts", "cue", "speaker")  # what search reads
        if changed:
            self.db.execute(
                "UPDATE quotes SET updated_at = ?, updated_by = ? WHERE id = ?",
                [stamp, who, quote_id],
            )
        if reindex:
            self._index_quotes([quote_id])
        return changed

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
        """Quote and speaker corrections share edit ids: one edit may hold both."""
        return int(
            self.db.execute(
                """SELECT max(coalesce((SELECT max(edit_id) FROM corrections), 0),
                              coalesce((SELECT max(edit_id) FROM speaker_corrections), 0)) + 1"""
            ).fetchone()[0]
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
        audit_row(
            self.db, "corrections", "quote_id", quote_id,
            edit_id, at, who, field, old, new, reverts,
        )  # fmt: skip

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
