"""Checking and converting the values of quote fields, for edits and extraction alike."""

from __future__ import annotations

import getpass
import itertools
import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from quoteapp.errors import InvalidEdit
from quoteapp.model import Kind, Quote, Span, Status


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def ends(span: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span.start, span.end)


def as_span(value: Any) -> Span | None:
    if value is None or isinstance(value, Span):
        return value
    start, end = value
    return Span(int(start), int(end))


def coerce(field: str, value: Any) -> Any:
    """Accept a field's value as the model holds it or as the audit trail stored it
    (`Any`: a value read back from JSON can be of any shape, and is checked here)."""
    try:
        if field == "parts":
            spans = [as_span(p) for p in value]
            if None in spans:
                raise InvalidEdit("a quote part cannot be empty")
            parts = tuple(sorted(s for s in spans if s is not None))
            if not parts:
                raise InvalidEdit("a quote needs at least one part")
            return parts
        if field in ("cue", "mention"):
            return as_span(value)
        if field == "kind":
            return Kind(value)
        if field == "status":
            return Status(value)
        if field == "deleted":
            return bool(value)
        return None if value is None else " ".join(str(value).split()) or None
    except (TypeError, ValueError):
        raise InvalidEdit(f"{value!r} is not a valid {field} for a quote") from None


def replaced(quote: Quote, field: str, value: Any) -> Quote:
    return replace(quote, **{field: value})


def check_spans(parts: Sequence[Span], others: Sequence[Span | None], text_length: int) -> None:
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


def audit_row(
    db: Any,
    table: str,
    subject: str,
    subject_id: int,
    edit_id: int,
    at: str,
    who: str,
    field: str,
    old: object,
    new: object,
    reverts: int | None,
) -> None:
    """One audit row of `table` (corrections, speaker_corrections): the same columns for a
    quote's change and a speaker's, old and new values stored as JSON."""
    db.execute(
        f"""INSERT INTO {table} (edit_id, at, who, {subject}, field, old_value, new_value, reverts)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            edit_id,
            at,
            who,
            subject_id,
            field,
            json.dumps(old, ensure_ascii=False),
            json.dumps(new, ensure_ascii=False),
            reverts,
        ],
    )
