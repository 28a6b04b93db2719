"""textacy's `direct_quotations`, run paragraph by paragraph, as the baseline to beat.

On a whole article it raises ValueError at the first odd quotation mark, so
each paragraph is parsed and extracted alone; a paragraph it still rejects
gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.evaluate.extras import require
from quoteapp.extract.marks import paragraphs
from quoteapp.model import ExtractedQuote, Kind, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def require_textacy() -> None:
    """Fail in one line, naming the extra, when textacy is not installed."""
    require("textacy.extract.triples", "eval", "--baseline textacy")


def textacy_quotes(nlp: Language, text: str) -> list[ExtractedQuote]:
    from textacy.extract.triples import direct_quotations

    found = []
    paras = list(paragraphs(text))
    for para, doc in zip(paras, nlp.pipe(p.of(text) for p in paras), strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            continue
        for triple in triples:
            content = _span(doc, triple.content, para.start)
            speaker = _span(doc, triple.speaker, para.start)
            cue = _span(doc, triple.cue, para.start)
            if content is None:
                continue
            name = " ".join(t.text for t in triple.speaker) or None
            found.append(ExtractedQuote((content,), Kind.DIRECT, cue, speaker, name))
    return found


def _span(doc: Doc, tokens: list, offset: int) -> Span | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(offset + start, offset + end)
