"""Quotations whose speaker is written right at them: a transcript label, a signature,
or a paragraph ending in a colon that introduces them (`Said Ellis:` is `X said:`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quoteapp.extract.attributions import Attribution
from quoteapp.extract.found import Found
from quoteapp.extract.marks import Quoted
from quoteapp.extract.paragraphs import Paragraphs
from quoteapp.extract.rules.quotations import (
    AFTER_INTRODUCTION,
    INTRODUCED,
    INTRODUCED_WITHOUT_SAYING,
    SIGNATURE,
    TRANSCRIPT_LABEL,
)
from quoteapp.extract.syntax import is_verb, subject_of, token_span
from quoteapp.extract.text import sentence_of, text_of
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quoteapp.extract.span_index import SpanIndex

_SIGNED = re.compile(r"[\s\xa0]*[―—–][\s\xa0]*(\S[^\n―—–]{1,80}?)[\s.]*$", re.MULTILINE)
_LABEL = re.compile(r"\s*([A-Z][A-Za-z.'’ -]{1,40}?):\s")


@INTRODUCED.applies(off=None)
def introduced(q: Quoted, by_content: SpanIndex[Attribution]) -> Found | None:
    """`Peskov told reporters:` then a quoted paragraph left open: a block quotation, which
    uses up the attribution (the quote's `attribution`)."""
    # both tests below need the content to reach into the quotation or start at its end
    for attribution in by_content.overlapping(Span(q.outer.start, q.outer.end + 1)):
        before = attribution.cue.end <= q.open.start
        # the clause the parse found may be only the first sentence of the quotation
        opens_it = q.outer.start <= attribution.content.start <= q.inner.start
        if before and (opens_it or q.inner.fraction_in(attribution.content) > 0.5):
            return Found(
                (q.inner,),
                Kind.DIRECT,
                attribution.cue,
                attribution.cue_token,
                attribution.source,
                INTRODUCED.base_confidence,
                attribution,
            )
    return None


@AFTER_INTRODUCTION.applies(off=None)
def after_introduction(doc: Doc, q: Quoted, paragraphs: Paragraphs, para: Span) -> Found | None:
    """`Sanders made the following comment:` and a paragraph that opens with a quotation."""
    index = paragraphs.index_of(para)
    if index < 1 or q.open.start != para.start:
        return None
    previous = paragraphs[index - 1]
    text = text_of(doc)
    if not text[previous.start : previous.end].rstrip().endswith(":"):
        return None
    colon = doc.char_span(previous.start, previous.end, alignment_mode="expand")
    if colon is None or not len(colon):
        return None
    root = sentence_of(colon[-1]).root
    source = subject_of(root) if is_verb(root) else None
    if source is None or source.pos_ not in ("PROPN", "PRON") or source.i < colon.start:
        return None
    return Found(
        (q.inner,), Kind.DIRECT, token_span(root), root, source, AFTER_INTRODUCTION.base_confidence
    )


@TRANSCRIPT_LABEL.applies(off=None)
def labelled(doc: Doc, q: Quoted) -> Found | None:
    """`"WALLACE: Let's start ...`: a transcript names its speaker before a colon."""
    match = _LABEL.match(text_of(doc), q.inner.start, q.inner.end)
    if match is None or not match.group(1).isupper():
        return None
    label = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    colon = doc.char_span(match.end(1), match.end(1) + 1, alignment_mode="expand")
    if label is None or colon is None or not len(label):
        return None
    said = Span(match.end(), q.inner.end)
    return Found(
        (said,),
        Kind.DIRECT,
        token_span(colon[0]),
        colon[0],
        label.root,
        TRANSCRIPT_LABEL.base_confidence,
    )


@SIGNATURE.applies(off=None)
def signed(doc: Doc, q: Quoted, para: Span) -> Found | None:
    """`"Maybe we can build a wall." ― Steve Quinlan`: a quote signed with a dash and a name."""
    assert q.close is not None
    match = _SIGNED.match(text_of(doc), q.close.end, para.end)
    if match is None:
        return None
    name = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    if name is None or not len(name) or not any(t.pos_ == "PROPN" or t.ent_type_ for t in name):
        return None
    dash = doc.char_span(match.start(), match.start(1), alignment_mode="expand")
    # `him.”― Carla`: the closing mark and the dash may be one token
    cue = next((t for t in dash if any(c in t.text for c in "―—–")), None) if dash else None
    if cue is None:
        return None
    return Found(
        (q.inner,), Kind.DIRECT, token_span(cue), cue, name.root, SIGNATURE.base_confidence
    )


@INTRODUCED_WITHOUT_SAYING.applies(off=None)
def introduced_without_saying(doc: Doc, q: Quoted, para: Span) -> Found | None:
    """`His sister, Ana Moreno, sighed. "He never listened."`, `Jane Roe, The Daily Courier:
    "..."`: a person set right before the quotation in its own paragraph, by a label or by a
    short sentence whose verb takes nothing (a gesture, not a verb of saying), is its
    speaker, and breaks the previous speaker's run of quotes."""
    text = text_of(doc)
    if any(mark in text[para.start : q.open.start] for mark in '"“”«»'):
        return None
    before = doc.char_span(para.start, q.open.start, alignment_mode="contract")
    if before is None or not len(before) or before[-1].text not in (".", ":", "!"):
        return None
    if before[-1].text == ":":
        first = before[0]
        if first.ent_type_ != "PERSON" or first.pos_ != "PROPN":
            return None
        source = first
    else:
        sentence = sentence_of(before[-1])
        verb = sentence.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or len(sentence) > 12 or verb.pos_ != "VERB":
            return None
        if any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep") for c in verb.children
        ):
            return None  # `Trump signed the bill.`: an act with an object says nothing here
        named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        person = next((t for t in named if t.ent_type_ == "PERSON"), None)
        if person is None:
            return None
        source = person
    while source.i + 1 < before.end and source.nbor().ent_type_ == "PERSON":
        source = source.nbor()  # the head of the name: its last word
    return Found(
        (q.inner,), Kind.DIRECT, None, None, source, INTRODUCED_WITHOUT_SAYING.base_confidence
    )
