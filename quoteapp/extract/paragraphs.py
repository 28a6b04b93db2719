"""An article's paragraphs, found by offset in log time.

Every pass asks which paragraph holds a cue, a colon or a quotation; asking a
sorted index instead of scanning keeps long articles linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from quoteapp.model import Span


class Paragraphs(Sequence[Span]):
    """Non-blank lines of a text, in order, as spans that exclude the line break."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = tuple(spans)
        self._starts = [s.start for s in self._spans]
        self._index = {span: n for n, span in enumerate(self._spans)}

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index):
        return self._spans[index]

    def __iter__(self) -> Iterator[Span]:
        return iter(self._spans)

    def __contains__(self, span: object) -> bool:
        return span in self._index

    def index_of(self, span: Span) -> int:
        """The paragraph's position, or -1 for a span that is no paragraph."""
        return self._index.get(span, -1)

    def at(self, offset: int) -> Span | None:
        """The paragraph holding `offset` (its end, the line break, included), if any."""
        n = bisect_right(self._starts, offset) - 1
        if n < 0 or not self._spans[n].holds(offset):
            return None
        return self._spans[n]

    def number_at(self, offset: int) -> int | None:
        """The paragraph holding `offset`, counted from 1 as a reader counts them."""
        para = self.at(offset)
        return None if para is None else self._index[para] + 1

    def following(self, span: Span) -> Span | None:
        n = self.index_of(span)
        return self._spans[n + 1] if 0 <= n < len(self._spans) - 1 else None

    def preceding(self, span: Span) -> Span | None:
        n = self.index_of(span)
        return self._spans[n - 1] if n >= 1 else None
