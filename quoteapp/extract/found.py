"""A quote being assembled from quotation marks, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quoteapp.extract.attributions import Attribution
from quoteapp.extract.marks import Quoted
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token


@dataclass(frozen=True)
class Found:
    """A quote being assembled: its parts, kind, cue token and source token.

    Frozen: a pass that changes a quote returns a new one.
    """

    parts: tuple[Span, ...]
    kind: Kind
    cue: Span | None
    cue_token: Token | None
    source: Token | None
    confidence: float
    attribution: Attribution | None = None
    inherited: bool = False
    quoted: tuple[Quoted, ...] = ()

    def with_quotation(self, q: Quoted) -> Found:
        """The same quote, resting on one more quotation."""
        return replace(self, quoted=(*self.quoted, q))

    def extended(self, parts: Iterable[Span], q: Quoted) -> Found:
        """The same quote going on with more parts, from quotation `q`."""
        return replace(self, parts=(*self.parts, *parts), quoted=(*self.quoted, q))

    def uses(self, attribution: Attribution) -> bool:
        return self.attribution is not None and self.attribution.key == attribution.key
