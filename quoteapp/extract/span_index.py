"""Finding what lies at a place in the text without scanning the whole article.

Each pass asks, for every quote or attribution, which others overlap it or cover a
character. Asked of a list, that is quadratic: a 3,000-paragraph transcript took
seconds per pass. Here items are kept in buckets of text blocks, so a question costs
what is near the place asked about.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

from quoteapp.model import Span

T = TypeVar("T")

BLOCK = 256  # characters a bucket covers: a few sentences


class SpanIndex(Generic[T]):
    """Items by the character span they occupy; answers come in the order items were added."""

    def __init__(self, items: Iterable[tuple[Span, T]] = ()) -> None:
        self._items: list[tuple[Span, T]] = []
        self._buckets: dict[int, list[int]] = {}
        for span, item in items:
            self.add(span, item)

    def add(self, span: Span, item: T) -> None:
        number = len(self._items)
        self._items.append((span, item))
        for block in _blocks(span):
            self._buckets.setdefault(block, []).append(number)

    def overlapping(self, span: Span) -> list[T]:
        """The items whose span shares at least one character with `span`."""
        numbers: set[int] = set()
        for block in _blocks(span):
            numbers.update(self._buckets.get(block, ()))
        found = (self._items[n] for n in sorted(numbers))
        return [item for where, item in found if where.overlaps(span)]

    def covering(self, offset: int) -> list[T]:
        """The items whose span holds the character at `offset`."""
        numbers = self._buckets.get(offset // BLOCK, ())
        return [self._items[n][1] for n in numbers if self._items[n][0].covers(offset)]

    def covers(self, offset: int) -> bool:
        return any(self._items[n][0].covers(offset) for n in self._buckets.get(offset // BLOCK, ()))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return (item for _, item in self._items)


def areas(spans: Iterable[Span]) -> SpanIndex[Span]:
    """Spans indexed by themselves: the quotation marks' areas, say."""
    return SpanIndex((span, span) for span in spans)


def _blocks(span: Span) -> range:
    return range(span.start // BLOCK, max(span.start, span.end - 1) // BLOCK + 1)
