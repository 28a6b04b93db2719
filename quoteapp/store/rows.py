"""Convert between table rows and the plain records of `quoteapp.model`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from quoteapp.errors import DamagedRow
from quoteapp.model import Article, ArticleSummary, Correction, Kind, Origin, Quote, Span, Status

T = TypeVar("T")

QUOTE_SELECT = """
    SELECT quotes.*, speakers.name AS speaker_name
    FROM quotes LEFT JOIN speakers ON speakers.id = quotes.speaker_id
"""


def span_or_none(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)


def parts_to_json(parts: tuple[Span, ...]) -> str:
    return json.dumps([[p.start, p.end] for p in parts])


def parts_from_json(value: str) -> tuple[Span, ...]:
    return tuple(Span(s, e) for s, e in json.loads(value))


def checked(what: str, convert: Callable[[dict[str, Any]], T]) -> Callable[[dict[str, Any]], T]:
    """`convert`, raising DamagedRow in one line for a row quoteapp cannot have written
    (a negative offset, broken JSON, an unknown kind): a crafted or damaged file."""

    def run(row: dict[str, Any]) -> T:
        try:
            return convert(row)
        except (ValueError, TypeError, KeyError) as error:
            reason = " ".join(str(error).split())[:120] or type(error).__name__
            raise DamagedRow(
                f"{what} {row.get('id', '?')} is damaged in the database ({reason}): "
                "it is left out; run 'quoteapp check'"
            ) from None

    return run


def quote_from_row(row: dict[str, Any]) -> Quote:
    return Quote(
        id=row["id"],
        article_id=row["article_id"],
        parts=parts_checked(row["parts"]),
        kind=Kind(row["kind"]),
        cue=span_or_none(row["cue_start"], row["cue_end"]),
        mention=span_or_none(row["mention_start"], row["mention_end"]),
        speaker=row["speaker_name"],
        confidence=row["confidence"],
        status=Status(row["status"]),
        origin=Origin(row["origin"]),
        run_id=row["run_id"],
        deleted=bool(row["deleted"]),
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        evidence=row.get("speaker_evidence") or "",
    )


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        text=row["text"],
        content_hash=row["content_hash"],
        added_at=row["added_at"],
        external_id=row.get("external_id"),
        byline=row.get("byline"),
    )


def summary_from_row(row: dict[str, Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        added_at=row["added_at"],
        quotes=row["quotes"],
        reviewed=row["reviewed"],
        extracted=row["extracted_run_id"] is not None,
        gold=bool(row.get("gold", 0)),
        byline=row.get("byline"),
    )


def correction_from_row(row: dict[str, Any]) -> Correction:
    return Correction(
        id=row["id"],
        edit_id=row["edit_id"],
        at=row["at"],
        who=row["who"],
        quote_id=row["quote_id"],
        field=row["field"],
        old_value=_loads(row["old_value"]),
        new_value=_loads(row["new_value"]),
        reverts=row["reverts"],
    )


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def field_value(quote: Quote, field: str) -> object:
    """A quote field as the audit trail records it: JSON-ready."""
    value = getattr(quote, field)
    if isinstance(value, Span):
        return [value.start, value.end]
    if field == "parts":
        return [[p.start, p.end] for p in value]
    if isinstance(value, Kind | Status):
        return str(value)
    return value


def parts_checked(value: str) -> tuple[Span, ...]:
    parts = parts_from_json(value)
    if not parts:
        raise ValueError("a quote with no parts")
    return parts
