"""A paragraph break ends a sentence: on the real pipeline, the parse stays in its paragraph."""

from __future__ import annotations

import spacy

from quoteapp.extract import extract_quotes
from quoteapp.model import Kind
from quoteapp.nlp import DEFAULT_PIPELINE
from quoteapp.sentences import PARAGRAPH_BREAKS, with_paragraph_breaks

# polnear-train: without the break, `he said` was parsed as the object of `Mr. Kamp said`
# and the first paragraph's reported speech was lost
KAMP = (
    "Populists in such movements have little interest in knitting together trans-Atlantic "
    "interests and deploying Allied forces for common goals, he said.\n\n"
    "''These anti-establishment movements stand in contrast to everything which is NATO,'' "
    "Mr. Kamp said."
)


def test_no_sentence_crosses_a_paragraph_break(nlp, seed_text: str) -> None:
    assert PARAGRAPH_BREAKS in nlp.pipe_names
    doc = nlp(seed_text)
    for sentence in doc.sents:
        inner = sentence.text.strip()
        assert "\n" not in inner, inner[:80]


def test_the_plain_pipeline_runs_the_paragraphs_together() -> None:
    """What the component is for: the small parser alone joins the two paragraphs."""
    plain = spacy.load(DEFAULT_PIPELINE)
    assert any("\n" in s.text.strip() for s in plain(KAMP).sents)


def test_reported_speech_before_a_quotation_paragraph_is_found(nlp) -> None:
    quotes = extract_quotes(nlp(KAMP))
    indirect = [q for q in quotes if q.kind is Kind.INDIRECT]
    assert [q.text(KAMP) for q in indirect] == [
        "Populists in such movements have little interest in knitting together "
        "trans-Atlantic interests and deploying Allied forces for common goals"
    ]
    assert any(q.kind is Kind.DIRECT and q.speaker == "Kamp" for q in quotes)


def test_adding_the_breaks_twice_adds_them_once() -> None:
    nlp = with_paragraph_breaks(with_paragraph_breaks(spacy.load(DEFAULT_PIPELINE)))
    assert nlp.pipe_names.count(PARAGRAPH_BREAKS) == 1
    assert nlp.pipe_names.index(PARAGRAPH_BREAKS) < nlp.pipe_names.index("parser")


# polnear-train and a CNN page: the parser took each dateline for the subject's first words
DATELINES = (
    "RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he doesn’t watch "
    "professional football much anymore because the NFL has gone “soft” like the United "
    "States.\n\n"
    "Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday said "
    "that Islamic State violence against Iraqi Yazidis and other religious minorities in the "
    "Middle East is genocide.\n\n"
    "(CNN) President Donald Trump, according to the White House, made an unscheduled trip to "
    'Walter Reed hospital on Saturday for a "quick exam and labs" as the first stage of his '
    "annual physical.\n\n"
    "Mr. Ryan (R) said the bill would pass."
)


def test_a_dateline_is_not_part_of_the_first_sentence(nlp) -> None:
    doc = nlp(DATELINES)
    starts = {t.text for t in doc if t.is_sent_start}
    assert {"Republican", "U.S.", "President"} <= starts
    assert "said" not in starts  # `Mr. Ryan (R)`: a party in brackets, not an agency
    quotes = extract_quotes(doc)
    mentions = [q.mention.of(DATELINES) for q in quotes if q.mention is not None]
    assert not [m for m in mentions if "(" in m and "Ryan" not in m], mentions
    assert not [q for q in quotes if q.text(DATELINES).startswith("CNN)")]
    assert {q.speaker for q in quotes} >= {"Donald Trump", "Hillary Clinton", "White House"}
