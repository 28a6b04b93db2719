"""A paragraph break ends a sentence, whatever the parser would make of it.

The small parser decides sentence ends itself and often runs a paragraph's last
sentence into the next paragraph's first: `..., he said.` followed by a
paragraph of quotation became one sentence, `he said` hung on the quotation and
the paragraph's own reported speech was lost. Marking the token after every
line break as a sentence start before the parser runs keeps each parse within
its paragraph.

A wire dateline (`WASHINGTON (AP) —`, `(CNN)`) opens a paragraph without being
part of its first sentence; the parser took it for the subject's first words,
so the speaker read `LONDON (Reuters) - British Prime Minister Boris Johnson`
and what was said began `CNN) President Donald Trump`. The words after it
start the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPH_BREAKS = "quoteapp_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at every token that follows a line break, and after a dateline."""
    starts = [0] if len(doc) else []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        after = _after_dateline(doc, start)
        if after is not None:
            doc[after].is_sent_start = True
    return doc


DATELINE_WORDS = 8  # `HAYWARD, Calif. (AP)`, `RENO, Nev. (AP)`: a place is a few words
_DASHES = frozenset({"—", "–", "-", "--", ":"})
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)


def _after_dateline(doc: Doc, start: int) -> int | None:
    """Where a paragraph's words begin after a dateline: a place in capitals, a date
    (`Dec 29`) or nothing, then a news agency in brackets (`(AP)`, `(Reuters)`,
    `(CNN)`), then perhaps a dash."""
    end = min(len(doc), start + DATELINE_WORDS + 3)
    for i in range(start, end - 2):
        if doc[i].text == "(":
            agency, closing = doc[i + 1], doc[i + 2]
            if closing.text != ")" or not agency.is_alpha or not agency.text[:1].isupper():
                return None
            place = doc[start:i]
            if len(agency) < 2 or not all(
                t.is_punct or t.like_num or t.text[:1].isupper() for t in place
            ):
                return None  # `Mr. Ryan (R) said`: a party, not an agency
            if len(place) and not (
                (place[0].is_upper and len(place[0]) > 1) or place[0].lower_[:3] in _MONTHS
            ):
                return None  # a dateline opens with a place in capitals or a date
            after = i + 3
            if after < len(doc) and doc[after].text in _DASHES:
                after += 1
            return after if after < len(doc) and "\n" not in doc[after].text else None
        if doc[i].is_space or "\n" in doc[i].whitespace_:
            return None
    return None


def with_paragraph_breaks(nlp: Language) -> Language:
    """The pipeline with paragraph breaks set before its parser (once)."""
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
