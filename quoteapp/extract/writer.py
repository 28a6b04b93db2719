"""The writer's I by name: `the writer` becomes the person the article's byline names.

Extraction reads only the text, so a column's `I said` is spoken by `the writer`. Where
the page names its writer, that name is the speaker, if the byline's first part is a
person's name (a first name given to one gender, then one or two capitalised words);
`Admin`, `Reuters` or `News Nation Bureau` name no one, and the writer stays unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quoteapp.extract.first_names import gender_of
from quoteapp.extract.speakers import THE_WRITER
from quoteapp.model import ExtractedQuote

_PARTS = re.compile(r";|,|\band\b|\||/| - | — ")
_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")


def writer_name(byline: str | None) -> str | None:
    """The person a byline names first, or None if it names nobody."""
    if not byline:
        return None
    for part in _PARTS.split(byline):
        words = part.split()
        if (
            2 <= len(words) <= 3
            and all(_NAME_WORD.match(w) for w in words)
            and gender_of(words[0]) is not None
        ):
            return " ".join(words)
    return None


def name_the_writer(quotes: Sequence[ExtractedQuote], byline: str | None) -> list[ExtractedQuote]:
    """The quotes with `the writer` named as the byline names them (the rest unchanged)."""
    name = writer_name(byline)
    if name is None:
        return list(quotes)
    return [_named(q, name) if q.speaker == THE_WRITER else q for q in quotes]


def _named(quote: ExtractedQuote, name: str) -> ExtractedQuote:
    return replace(
        quote,
        speaker=name,
        speaker_aliases=tuple(sorted({*quote.speaker_aliases, THE_WRITER})),
        # `I → the writer` as evidence.describe wrote it, now with the byline's name
        evidence=quote.evidence.replace(THE_WRITER, f"{name}, the writer in the byline"),
    )
