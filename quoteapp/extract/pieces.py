"""Articles of any length, and articles that fail, without stopping the others.

spaCy refuses a text over its `max_length` (a million characters), and its
memory grows with the text. A long article is parsed in paragraph-aligned
pieces, each extracted on its own and its offsets moved back into the article;
the pieces stream through the pipeline, so memory stays that of a few pieces.
An article whose parse or extraction fails for any reason is reported with the
reason and skipped; the others go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from quoteapp.extract.engine import extract_quotes
from quoteapp.extract.marks import paragraphs
from quoteapp.ingest.language import other_language
from quoteapp.model import ExtractedQuote, Span

if TYPE_CHECKING:
    from spacy.language import Language

PIECE_CHARS = 100_000  # a long feature or transcript; far below spaCy's limit
GROUP = 8  # articles parsed together (spaCy's batch)
_BREAKS = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_NAMED_IN = re.compile(r"(?<=named in )paragraph (\d+)")


@dataclass
class Extraction:
    """One article's quotes, or why it has none: `error` is a one-line reason, and
    `language` names the language of an article that reads as not English (it is not
    parsed: the English parser would only misread it)."""

    quotes: list[ExtractedQuote] = field(default_factory=list)
    error: str | None = None
    language: str | None = None


def pieces(text: str, limit: int = PIECE_CHARS) -> list[Span]:
    """Spans covering the text, each at most `limit` characters, cut at paragraph breaks
    (at a sentence end, or a space, inside a paragraph longer than the limit)."""
    if len(text) <= limit:
        return [Span(0, len(text))]
    found: list[Span] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_end(_BREAKS, window) or _last_end(_SENTENCE_END, window)
        if cut is None:
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else limit
        found.append(Span(start, start + cut))
        start += cut
    found.append(Span(start, len(text)))
    return found


def _last_end(pattern: re.Pattern[str], window: str) -> int | None:
    """Where the last match of `pattern` in the window's second half ends."""
    last = None
    for match in pattern.finditer(window, len(window) // 2):
        last = match.end()
    return last


def extract_article(nlp: Language, text: str, limit: int = PIECE_CHARS) -> Extraction:
    """One article's quotes, long or short, or why it has none."""
    return _alone(nlp, text, limit)


def extract_texts(
    nlp: Language, texts: Iterable[str], limit: int = PIECE_CHARS
) -> Iterator[Extraction]:
    """Each text's quotes, in order, parsed in groups and long texts in pieces of at most
    `limit` characters (and never more than the pipeline's `max_length`)."""
    group: list[str] = []
    for text in texts:
        group.append(text)
        if len(group) == GROUP:
            yield from _group(nlp, group, limit)
            group = []
    yield from _group(nlp, group, limit)


def _group(nlp: Language, texts: Sequence[str], limit: int) -> list[Extraction]:
    try:
        return _extract(nlp, texts, limit)
    except Exception:  # the pipeline failed somewhere in the group: find the text, alone
        return [_alone(nlp, text, limit) for text in texts]


def _alone(nlp: Language, text: str, limit: int) -> Extraction:
    try:
        return _extract(nlp, [text], limit)[0]
    except Exception as error:
        return Extraction(error=_reason(error))


def _extract(nlp: Language, texts: Sequence[str], limit: int) -> list[Extraction]:
    results = [Extraction(language=other_language(text)) for text in texts]
    limit = min(limit, nlp.max_length)
    jobs = (
        (span.of(text), (n, span))
        for n, text in enumerate(texts)
        if results[n].language is None
        for span in pieces(text, limit)
    )
    stream = nlp.pipe(jobs, as_tuples=True)
    for doc, (n, span) in stream:
        if results[n].error is not None:
            continue
        try:
            earlier = _paragraphs_before(texts[n], span.start)
            results[n].quotes.extend(_moved(q, span.start, earlier) for q in extract_quotes(doc))
        except Exception as error:  # this article's rules failed; the next one goes on
            results[n] = Extraction(error=_reason(error))
    return results


def _paragraphs_before(text: str, offset: int) -> int:
    return 0 if offset == 0 else sum(1 for _ in paragraphs(text[:offset]))


def _moved(quote: ExtractedQuote, offset: int, earlier: int = 0) -> ExtractedQuote:
    """A piece's quote with its offsets, and the paragraph its evidence names, counted in
    the whole article."""
    if offset == 0:
        return quote

    def at(span: Span | None) -> Span | None:
        return None if span is None else Span(span.start + offset, span.end + offset)

    return replace(
        quote,
        parts=tuple(Span(p.start + offset, p.end + offset) for p in quote.parts),
        cue=at(quote.cue),
        mention=at(quote.mention),
        evidence=_NAMED_IN.sub(lambda m: f"paragraph {int(m.group(1)) + earlier}", quote.evidence),
    )


def _reason(error: Exception) -> str:
    words = " ".join(str(error).split()) or "no message"
    return f"{type(error).__name__}: {words[:200]}"
