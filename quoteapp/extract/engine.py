"""Put the passes together: marks, attributions, quotations, reported speech, speakers.

Each pass takes frozen records and returns new ones; the order is the
registry's (`extract/rules/`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quoteapp.extract.attributions import Attribution, find_attributions, said_or_written
from quoteapp.extract.confidence import calibrated
from quoteapp.extract.evidence import describe
from quoteapp.extract.marks import mentions_words, paragraphs, quoted_spans
from quoteapp.extract.paragraphs import Paragraphs
from quoteapp.extract.quotations import (
    Found,
    attach_quotations,
    is_generic_source,
    the_readers_you,
)
from quoteapp.extract.rules.speech import (
    ACT_REPORTED,
    NAMED_ONLY,
    NO_SOURCE_LESS_SURE,
    QUOTED_WORDS_PARTIAL,
    REPORTED_SPEECH,
)
from quoteapp.extract.runs_on import runs_on
from quoteapp.extract.sources import author_of, source_outside_quotes
from quoteapp.extract.span_index import SpanIndex, areas
from quoteapp.extract.speakers import SpeakerIndex
from quoteapp.extract.syntax import noun_phrase
from quoteapp.extract.text import text_of
from quoteapp.extract.transcripts import transcript_turns
from quoteapp.model import ExtractedQuote, Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quotes(doc: Doc) -> list[ExtractedQuote]:
    """Every quote in `doc`, in text order."""
    text = text_of(doc)
    paras = Paragraphs(list(paragraphs(text)))
    quoted = quoted_spans(text)
    quoted_areas = areas(q.outer for q in quoted)
    # a word mentioned as a word (`the term "three amigos"`) leaves its clause indirect
    quoted_words = areas(q.inner for q in quoted if not mentions_words(text, q))
    turns = transcript_turns(text, paras)  # read once: attributions and speakers share them
    attributions = tuple(
        replace(a, source=source_outside_quotes(a.cue_token, a.source, quoted_areas))
        for a in find_attributions(doc, paras, quoted_areas, turns)
    )
    quoted_quotes, used = attach_quotations(doc, quoted, attributions, paras)
    found = list(quoted_quotes)
    # each found part, with the cue of an act that is not speech
    found_parts: SpanIndex[tuple[Span, Span | None]] = SpanIndex(
        (p, (p, None)) for f in found for p in f.parts
    )
    for attribution in attributions:  # each checked against the quotes found before it
        if attribution.key not in used and _is_reported_speech(
            attribution, quoted_areas, found_parts
        ):
            reported = _reported(attribution, quoted_words)
            spoken = reported.kind is not Kind.INDIRECT or said_or_written(attribution)
            if spoken:
                found.append(reported)
            # what is not speech still holds its words: no other cue's content takes them
            for part in reported.parts:
                found_parts.add(part, (part, None if spoken else attribution.cue))
    for n, content in runs_on(doc, found, quoted_areas).items():
        found[n] = replace(found[n], parts=(content,))
    found = [f for f in found if not _named_only(f, doc)]
    speakers = SpeakerIndex(doc, quoted_areas, [turn.label for turn in turns])
    quotes = [
        _finish(f, speakers, paras, text)
        for f in found
        if not is_generic_source(f.source)
        and (f.kind is Kind.DIRECT or not the_readers_you(f.source, turns))
    ]
    quotes = [replace(q, confidence=round(calibrated(q, text), 3)) for q in quotes]
    return sorted(quotes, key=lambda q: q.content.start)


def _reported(attribution: Attribution, quoted_words: SpanIndex[Span]) -> Found:
    """An attribution as a quote of its own: reported speech, partial if it quotes words."""
    inside = QUOTED_WORDS_PARTIAL.constant("inside")
    quoted_inside = QUOTED_WORDS_PARTIAL.on and any(
        words.shared(attribution.content) > inside * len(words)
        for words in quoted_words.overlapping(attribution.content)
    )
    return Found(
        tuple(attribution.pieces()),
        Kind.PARTIAL if quoted_inside else Kind.INDIRECT,
        attribution.cue,
        attribution.cue_token,
        attribution.source,
        attribution.precision,
        attribution,
    )


def _is_reported_speech(
    attribution: Attribution,
    quoted_areas: SpanIndex[Span],
    found_parts: SpanIndex[tuple[Span, Span | None]],
) -> bool:
    """Not already a quotation: at most half of it inside quotation marks or found quotes."""
    content = attribution.content
    if len(content.of(text_of(attribution.cue_token.doc)).split()) < 2:
        return False
    if not REPORTED_SPEECH.on:
        return True
    most = REPORTED_SPEECH.constant("inside")
    inside = sum(content.shared(area) for area in quoted_areas.overlapping(content))
    if inside > most * len(content):
        return False
    if attribution.pattern == "transcript":
        return True  # a report inside a speaker's turn is part of the turn, not all of it
    # a quotation inside it already has its own quote: the clause adds nothing but a duplicate
    return not any(
        content.shared(p) > most * min(len(content), len(p))
        for p, act in found_parts.overlapping(content)
        if not _act_reported(attribution, act)
    )


@NAMED_ONLY.applies(off=False)
def _named_only(found: Found, doc: Doc) -> bool:
    """`criticized Mr. Reagan`: reported speech of two words or fewer with no verb, as
    finally cut (`described the country` may run on to `as beset by ...`), is a topic."""
    if found.kind is not Kind.INDIRECT or found.attribution is None:
        return False
    if found.attribution.pattern == "transcript":
        return False  # an interview's `Q: Favorite athlete?` `A: Lebron James` is its turn
    span = doc.char_span(found.parts[0].start, found.parts[-1].end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) <= 2 and not any(t.pos_ in ("VERB", "AUX") for t in words)


@ACT_REPORTED.applies(off=False)
def _act_reported(attribution: Attribution, act: Span | None) -> bool:
    """`HarperCollins declined to renew the offer, according to an executive`: an act that
    is not speech, reported whole `according to` a source, is what that source said."""
    return (
        act is not None and attribution.pattern == "according" and attribution.content.contains(act)
    )


def _merged(parts: tuple[Span, ...]) -> tuple[Span, ...]:
    """Sorted parts with any overlap joined: the store accepts nothing else."""
    merged: list[Span] = []
    for part in sorted(parts):
        if merged and part.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, part.end))
        else:
            merged.append(part)
    return tuple(merged)


def _finish(found: Found, speakers: SpeakerIndex, paras: Paragraphs, text: str) -> ExtractedQuote:
    source = author_of(found.source) if found.source is not None else None
    mention = (speakers.label_at(source) or noun_phrase(source)) if source is not None else None
    # a direct quote's own words are the speaker's: whoever they name is someone else (the
    # writer's paraphrase may name its speaker: `He notes ... Trump's microphone`)
    said = found.parts if found.kind is Kind.DIRECT else ()
    resolution = speakers.resolve(source, said) if source is not None else None
    confidence = found.confidence
    if source is None and NO_SOURCE_LESS_SURE.on:
        confidence *= NO_SOURCE_LESS_SURE.constant("scale")
    named_in = None
    if source is not None and resolution is not None and resolution.named_at is not None:
        named_in = paras.number_at(source.doc[resolution.named_at].idx)
    return ExtractedQuote(
        parts=_merged(found.parts),
        kind=found.kind,
        cue=found.cue,
        mention=mention,
        speaker=resolution.name if resolution else None,
        speaker_aliases=resolution.aliases if resolution else (),
        confidence=round(confidence, 3),
        evidence=describe(
            resolution, mention.of(text) if mention else None, named_in, found.inherited
        ),
    )
