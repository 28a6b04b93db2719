"""The plain records every layer passes around.

Offsets are character offsets into `Article.text`. No spaCy or Qt object ever
appears here, so the store, the exports and the app share one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class Status(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Origin(StrEnum):
    AUTOMATIC = "automatic"
    HUMAN = "human"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range [start, end) in an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shared(self, other: Span) -> int:
        """How many characters the two spans have in common."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def fraction_in(self, other: Span) -> float:
        """How much of this span lies inside `other` (an empty span counts as one character)."""
        return self.shared(other) / max(1, len(self))

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def covers(self, offset: int) -> bool:
        """Whether the character at `offset` is in the span."""
        return self.start <= offset < self.end

    def holds(self, offset: int) -> bool:
        """Whether a character offset falls in the span or right at its end (a paragraph's
        offsets run to the line break that ends it)."""
        return self.start <= offset <= self.end

    def distance(self, other: Span) -> int:
        """Characters between the two spans; 0 when they touch or overlap."""
        return max(0, max(self.start, other.start) - min(self.end, other.end))

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def hull(spans: tuple[Span, ...]) -> Span:
    """The smallest span covering all of `spans`."""
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def joined_text(parts: tuple[Span, ...], text: str, joiner: str = " … ") -> str:
    """A quote's words: its parts joined, as a reader would cite a split quote."""
    return joiner.join(p.of(text) for p in parts)


@dataclass(frozen=True)
class Article:
    """An article as loaded: `text` is the normalised text all offsets refer to."""

    title: str
    source: str
    text: str
    content_hash: str
    added_at: str = ""
    id: int | None = None
    external_id: str | None = None
    byline: str | None = None  # who wrote it, as the page says (see ingest/byline.py)


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list: enough to show it without loading its text."""

    id: int
    title: str
    source: str
    added_at: str
    quotes: int
    reviewed: int
    extracted: bool
    gold: bool = False  # imported from gold data: its quotes are the reference
    byline: str | None = None


class _QuoteSpans:
    """What both kinds of quote record can say about their parts."""

    parts: tuple[Span, ...]

    @property
    def content(self) -> Span:
        return hull(self.parts)

    def text(self, article_text: str, joiner: str = " … ") -> str:
        return joined_text(self.parts, article_text, joiner)


@dataclass(frozen=True)
class ExtractedQuote(_QuoteSpans):
    """What the extractor found: a quote, its cue and who said it."""

    parts: tuple[Span, ...]
    kind: Kind
    cue: Span | None = None
    mention: Span | None = None
    speaker: str | None = None
    speaker_aliases: tuple[str, ...] = ()
    confidence: float = 0.5
    # how the speaker was reached: "he → Tomas Berg, named in paragraph 3"
    evidence: str = ""


@dataclass(frozen=True)
class Quote(_QuoteSpans):
    """A quote as stored, with the review state a person gave it."""

    id: int
    article_id: int
    parts: tuple[Span, ...]
    kind: Kind
    cue: Span | None
    mention: Span | None
    speaker: str | None
    confidence: float
    status: Status
    origin: Origin
    run_id: int | None
    deleted: bool
    updated_at: str
    updated_by: str | None
    evidence: str = ""  # how the extractor reached the speaker; empty for a person's quote


@dataclass(frozen=True)
class Correction:
    """One row of the audit trail: a single field of a single quote changed."""

    id: int
    edit_id: int
    at: str
    who: str
    quote_id: int
    field: str
    old_value: object
    new_value: object
    reverts: int | None


@dataclass(frozen=True)
class Run:
    """One extraction run: which pipeline and rules produced the automatic quotes."""

    id: int
    pipeline: str
    pipeline_version: str
    rules_version: str
    started_at: str


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNNAMED = "unnamed"  # a source the article does not name ("a senior official")


@dataclass(frozen=True)
class Speaker:
    """Someone quoted, across articles: one canonical name, however the articles write it."""

    id: int
    name: str
    kind: SpeakerKind
    aliases: tuple[str, ...]  # other names that mean this speaker, merged ones included
    note: str
    quotes: int  # quotes not deleted
    accepted: int
    rejected: int
    articles: int


@dataclass(frozen=True)
class SpeakerCorrection:
    """One row of a speaker's audit trail: merged, renamed, its kind or note changed."""

    id: int
    edit_id: int
    at: str
    who: str
    speaker_id: int
    field: str
    old_value: object
    new_value: object
    reverts: int | None


@dataclass(frozen=True)
class SearchHit:
    """A quote found by a corpus search, with the article it is in."""

    quote: Quote
    article_title: str
    article_added_at: str
    snippet: str  # the matching words marked [like this]; empty without a text query
    words: str = ""  # the quote's words, parts joined with " … ", spaces collapsed
