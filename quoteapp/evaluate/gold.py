"""Read gold and prediction files (the JSONL formats of EVAL.md) into plain records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quoteapp.errors import GoldFormatError, SourceNotFound
from quoteapp.model import Span

KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class ScoredQuote:
    """A quote as the metric sees it, from gold or from a prediction."""

    parts: tuple[Span, ...]
    kind: str
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: Span | None = None
    # other names that count; None where the gold names no speakers canonically (PolNeAR)
    aliases: tuple[str, ...] | None = None
    optional: bool = False
    confidence: float | None = None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[ScoredQuote, ...]


def read_gold(path: Path) -> list[GoldArticle]:
    """Every article of a gold file; a malformed line is an error naming that line."""
    articles = []
    for number, record in _records(path):
        where = f"{path} line {number}"
        text = record.get("text")
        if not isinstance(text, str) or not isinstance(record.get("id"), str | int):
            raise GoldFormatError(f"{where}: an article needs a string 'id' and 'text'")
        quotes = tuple(_quote(q, len(text), where) for q in _list(record, "quotes", where))
        articles.append(GoldArticle(str(record["id"]), text, quotes))
    return articles


def read_predictions(path: Path, texts: dict[str, str]) -> dict[str, tuple[ScoredQuote, ...]]:
    """Predicted quotes by article id, checked against the gold texts."""
    found: dict[str, tuple[ScoredQuote, ...]] = {}
    for number, record in _records(path, required=False):  # no line: nothing predicted
        where = f"{path} line {number}"
        article_id = str(record.get("id"))
        if article_id not in texts:
            raise GoldFormatError(f"{where}: article {article_id!r} is not in the gold file")
        found[article_id] = tuple(
            _quote(q, len(texts[article_id]), where) for q in _list(record, "quotes", where)
        )
    return found


def _records(path: Path, required: bool = True) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise SourceNotFound(f"{path} does not exist: give the path of a JSONL file")
    seen = 0
    with path.open(encoding="utf-8-sig", errors="strict") as handle:
        number = 0
        while True:
            number += 1
            try:
                line = handle.readline()
            except UnicodeDecodeError:
                raise GoldFormatError(
                    f"{path} line {number}: not UTF-8 text: gold and prediction files are "
                    "UTF-8 JSON lines"
                ) from None
            if not line:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(
                    f"{path} line {number}: not JSON ({error.msg}): each line must be one article"
                ) from None
            except RecursionError:
                raise GoldFormatError(
                    f"{path} line {number}: JSON nested too deeply to be an article"
                ) from None
            if not isinstance(record, dict):
                raise GoldFormatError(f"{path} line {number}: each line must be a JSON object")
            seen += 1
            yield number, record
    if not seen and required:
        raise GoldFormatError(f"{path} holds no articles: each line must be one article")


def _list(record: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise GoldFormatError(f"{where}: '{key}' must be a list of objects")
    return value


def _quote(raw: dict[str, Any], length: int, where: str) -> ScoredQuote:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise GoldFormatError(f"{where}: quote kind {kind!r} is not one of {', '.join(KINDS)}")
    parts_raw = raw.get("content_parts") or [raw.get("content")]
    spans = [_span(p, length, where, "content") for p in parts_raw]
    if any(p is None for p in spans):
        raise GoldFormatError(f"{where}: every quote needs 'content' [start, end]")
    parts = tuple(sorted(p for p in spans if p is not None))
    speaker = raw.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise GoldFormatError(f"{where}: 'speaker' must be a name or null, not {_short(speaker)}")
    aliases = raw.get("aliases")
    if aliases is not None and (
        not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases)
    ):
        raise GoldFormatError(f"{where}: 'aliases' must be a list of names, not {_short(aliases)}")
    return ScoredQuote(
        parts=parts,
        kind=kind,
        speaker=speaker,
        speaker_span=_span(raw.get("speaker_span"), length, where, "speaker_span"),
        cue=_span(raw.get("cue"), length, where, "cue"),
        aliases=tuple(aliases or ()) if "aliases" in raw else None,
        optional=bool(raw.get("optional", False)),
        confidence=_confidence(raw.get("confidence"), where),
    )


def _short(value: object) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _confidence(value: object, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise GoldFormatError(f"{where}: 'confidence' must be a number from 0 to 1, not {value!r}")
    return float(value)


def _span(value: object, length: int, where: str, name: str) -> Span | None:
    if value is None:
        return None
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) for v in value)
    ):
        raise GoldFormatError(f"{where}: '{name}' must be [start, end], not {value!r}")
    start, end = value
    if not 0 <= start <= end <= length:
        raise GoldFormatError(
            f"{where}: '{name}' [{start}, {end}] falls outside the article text "
            f"({length} characters)"
        )
    return Span(start, end)
