"""Long and pathological articles (issue 18, parts 1 and 2): extraction stays close to the
parse's cost, an article over spaCy's limit is extracted in pieces, and an article that
fails is reported while the others are extracted."""

from __future__ import annotations

import itertools
import time

import pytest
import spacy
from spacy.language import Language

from quoteapp.extract import extract_article, extract_quotes
from quoteapp.extract.marks import paragraphs
from quoteapp.extract.pieces import extract_texts, pieces
from quoteapp.model import Span
from quoteapp.nlp import DEFAULT_PIPELINE
from quoteapp.sentences import with_paragraph_breaks


def _generated(family: str, n: int) -> str:
    if family == "quote lines":  # a transcript: one quoted line a paragraph
        return "\n\n".join(f'"We will win round {i}," he said.' for i in range(n))
    return " ".join(f"Smith {i} said: the plan is fine" for i in range(n))  # one sentence


@pytest.mark.parametrize("family", ["quote lines", "colon chain"])
def test_rules_cost_a_fraction_of_the_parse_on_a_long_generated_article(nlp, family) -> None:
    """Before the passes were indexed, 1,000 quote lines took 2.3 times their parse in the
    rules and a 1,000-link colon chain 3.1 times (both growing with the square)."""
    text = _generated(family, 1000)
    started = time.perf_counter()
    doc = nlp(text)
    parse = time.perf_counter() - started
    started = time.perf_counter()
    quotes = extract_quotes(doc)
    rules = time.perf_counter() - started
    assert quotes
    assert rules / parse < 0.8, f"rules took {rules / parse:.2f} times the parse"


def test_pieces_are_paragraph_aligned_and_cover_the_text(seed_text: str) -> None:
    text = "\n\n".join([seed_text] * 5)
    limit = len(seed_text) + 100
    found = pieces(text, limit)
    assert found[0].start == 0 and found[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(found))
    assert all(len(p) <= limit for p in found)
    assert all(text[p.start - 2 : p.start] == "\n\n" for p in found[1:])


def test_a_paragraph_longer_than_a_piece_is_cut_at_a_sentence_end() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(400))
    found = pieces(text, 1000)
    assert len(found) > 10
    assert all(text[p.end - 2 : p.end] == ". " for p in found[:-1])


def test_an_article_in_pieces_has_the_quotes_of_each_piece_at_their_offsets(
    nlp, seed_text: str
) -> None:
    whole = extract_article(nlp, seed_text)
    assert whole.error is None and whole.quotes
    text = "\n\n".join([seed_text] * 3)
    cut = extract_article(nlp, text, limit=len(seed_text) + 10)
    assert cut.error is None
    assert len(cut.quotes) == 3 * len(whole.quotes)
    shift = len(seed_text) + 2
    third = cut.quotes[2 * len(whole.quotes) :]
    for mine, theirs in zip(third, whole.quotes, strict=True):
        assert mine.parts == tuple(
            Span(p.start + 2 * shift, p.end + 2 * shift) for p in theirs.parts
        )
        assert mine.parts[0].of(text) == theirs.parts[0].of(seed_text)
        assert (mine.speaker, mine.kind) == (theirs.speaker, theirs.kind)
    # the evidence names paragraphs of the whole article, not of its piece
    per_copy = len(list(paragraphs(seed_text)))
    named = [(m, t) for m, t in zip(third, whole.quotes, strict=True) if "named in" in t.evidence]
    assert named
    for mine, theirs in named:
        number = int(theirs.evidence.rsplit("paragraph ", 1)[1].split()[0].rstrip(",."))
        assert f"named in paragraph {number + 2 * per_copy}" in mine.evidence


def test_an_article_longer_than_the_pipeline_allows_is_extracted(seed_text: str) -> None:
    """spaCy refuses a text over `max_length` (E088); here the limit is lowered instead of
    making a million-character article, on a pipeline of our own."""
    nlp = with_paragraph_breaks(spacy.load(DEFAULT_PIPELINE))
    nlp.max_length = len(seed_text) + 10
    text = "\n\n".join([seed_text] * 2)
    with pytest.raises(ValueError, match="E088"):
        nlp(text)
    extraction = extract_article(nlp, text)
    assert extraction.error is None
    assert {q.parts[0].of(text) for q in extraction.quotes} == {
        q.parts[0].of(seed_text) for q in extract_article(nlp, seed_text).quotes
    }


@Language.component("fails_on_a_marked_article")
def _fails(doc):
    if "TRIGGER" in doc.text:
        raise RuntimeError("this component refuses the article")
    return doc


def test_an_article_that_fails_is_reported_and_the_others_are_extracted(seed_text: str) -> None:
    nlp = with_paragraph_breaks(spacy.load(DEFAULT_PIPELINE))
    nlp.add_pipe("fails_on_a_marked_article", last=True)
    texts = [seed_text, "TRIGGER " + seed_text, seed_text]
    first, failed, last = list(extract_texts(nlp, texts))
    assert failed.error == "RuntimeError: this component refuses the article"
    assert failed.quotes == []
    assert first.error is None and last.error is None
    assert first.quotes == last.quotes and first.quotes
