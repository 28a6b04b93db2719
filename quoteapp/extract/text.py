"""A document's text, read once: spaCy rebuilds `Doc.text` from its tokens on every access."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_KEY = "quoteapp.text"


def text_of(doc: Doc) -> str:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = doc.text
    return cached


_SENTENCES = "quoteapp.sentences"


def sentence_of(token: Token) -> SpacySpan:
    """The token's sentence. spaCy's `Token.sent` walks the sentence on every call, which
    on a run-on text of one endless sentence made each call cost the whole text; the
    bounds are found once per document here."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None:
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sentence in doc.sents:
            for i in range(sentence.start, sentence.end):
                starts[i], ends[i] = sentence.start, sentence.end
        bounds = doc.user_data[_SENTENCES] = (starts, ends)
    return doc[bounds[0][token.i] : bounds[1][token.i]]


_WORDS = "quoteapp.words"


def words_of(doc: Doc) -> list[str]:
    """Every token's text, read once: scanning `doc[i].text` makes a Token each time."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        words = doc.user_data[_WORDS] = [token.text for token in doc]
    return words
