"""A paragraph break ends a sentence, whatever the parser would make of it.

The small parser decides sentence ends itself and often runs a paragraph's last
sentence into the next paragraph's first: `..., he said.` followed by a
paragraph of quotation became one sentence, `he said` hung on the quotation and
the paragraph's own reported speech was lost. Marking the token after every
line break as a sentence start before the parser runs keeps each parse within
its paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPH_BREAKS = "quoteapp_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at every token that follows a line break."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
            token.is_sent_start = True
    return doc


def with_paragraph_breaks(nlp: Language) -> Language:
    """The pipeline with paragraph breaks set before its parser (once)."""
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
