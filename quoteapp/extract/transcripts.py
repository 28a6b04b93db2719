"""A transcript's turns: `TAPPER: Do you think ...?`, each paragraph one speaker's words.

News pages print broadcast transcripts with each speaker's name in capitals before a
colon, and interviews as `Q:` and `A:`. A paragraph so led is a turn only where the
article reads as a transcript, two speakers or more and one of them speaking twice (two
questions and two answers), so that a lone `UPDATE:` or a newsletter's `SHORT READS:` is
nobody speaking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from quoteapp.model import Span

# an interview's `Q: ...` and `A: ...` (or `Q.`, `A.`)
_INTERVIEW = re.compile(r"([QA])[:.][ \t]+(?=\S)")
QUESTION, ANSWER = "Q", "A"
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
            continue  # `Q:` and `A:` are an interview's (below)
        if name.split()[0] == "DEAR":
            continue  # an advice column's `DEAR ABBY:` greets a letter's reader, not its writer
        turns.append(
            Turn(Span(found.start(1), found.end(1)), found.end(1), Span(found.end(), para.end))
        )
    speakers = Counter(text[t.label.start : t.label.end].split()[-1] for t in turns)
    if len(speakers) < 2 or max(speakers.values()) < 2:
        turns = []
    return sorted(turns + _interview_turns(text, paragraphs), key=lambda t: t.colon)


def _interview_turns(text: str, paragraphs: Iterable[Span]) -> list[Turn]:
    """An interview's questions and answers: two of each at least, or none."""
    turns = []
    for para in paragraphs:
        found = _INTERVIEW.match(text, para.start, para.end)
        if found is not None:
            turns.append(
                Turn(Span(found.start(1), found.end(1)), found.end(1), Span(found.end(), para.end))
            )
    asked = Counter(text[t.label.start] for t in turns)
    return turns if asked[QUESTION] >= 2 and asked[ANSWER] >= 2 else []
