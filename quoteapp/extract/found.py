"""A quote being assembled from quotation marks, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quoteapp.extract.attributions import Attribution
from quoteapp.extract.marks import Quoted
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Found:
    """A quote being assembled: its parts, kind, cue token and source token."""

    parts: list[Span]
    kind: Kind
    cue: Span | None
    cue_token: Token | None
    source: Token | None
    confidence: float
    attribution: Attribution | None = None
    inherited: bool = False
    quoted: list[Quoted] = field(default_factory=list)


def share(inner: Span, outer: Span) -> float:
    """How much of `inner` lies inside `outer`."""
    shared = min(inner.end, outer.end) - max(inner.start, outer.start)
    return max(0, shared) / max(1, len(inner))
