"""A transcript's turns: `TAPPER: Do you think ...?`, each paragraph one speaker's words.

News pages print broadcast and interview transcripts with each speaker's name in capitals
before a colon. A paragraph so led is a turn only where the article reads as a transcript,
two speakers or more and one of them speaking twice, so that a lone `UPDATE:` or a
newsletter's `SHORT READS:` is nobody speaking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from quoteapp.model import Span

# `JAKE TAPPER: ...`, `O'MALLEY: ...`: up to four words in capitals, then a colon
_LABEL = re.compile(r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")
# page furniture in capitals before a colon, never a speaker
_FURNITURE = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "NOTE",
        "EDITOR'S NOTE",
        "CORRECTION",
        "CLARIFICATION",
        "DISCLOSURE",
        "PREVIOUSLY",
        "BREAKING",
        "RELATED",
        "READ MORE",
        "SEE ALSO",
        "WATCH",
        "LISTEN",
        "VIDEO",
        "PHOTO",
        "PHOTOS",
        "SOURCE",
        "SOURCES",
        "CREDIT",
        "ADVERTISEMENT",
        "TRANSCRIPT",
    }
)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the name as printed, the colon after it, and what was said."""

    label: Span
    colon: int
    said: Span


def transcript_turns(text: str, paragraphs: Iterable[Span]) -> list[Turn]:
    """Every turn of the transcript `text` holds, or none if it holds no transcript."""
    turns = []
    for para in paragraphs:
        found = _LABEL.match(text, para.start, para.end)
        if found is None:
            continue
        name = found.group(1).replace("’", "'")
        if sum(c.isalpha() for c in name) < 3 or name in _FURNITURE:
            continue  # `Q:` and `A:` name nobody
        turns.append(
            Turn(Span(found.start(1), found.end(1)), found.end(1), Span(found.end(), para.end))
        )
    speakers = Counter(text[t.label.start : t.label.end].split()[-1] for t in turns)
    if len(speakers) < 2 or max(speakers.values()) < 2:
        return []
    return turns
