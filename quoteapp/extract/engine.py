"""Put the passes together: attributions, quotations, reported speech, speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.attributions import Attribution, find_attributions
from quoteapp.extract.marks import paragraphs, quoted_spans
from quoteapp.extract.quotations import Found, attach_quotations, is_generic_source
from quoteapp.extract.sources import source_outside_quotes
from quoteapp.extract.speakers import SpeakerIndex
from quoteapp.extract.syntax import noun_phrase
from quoteapp.extract.text import text_of
from quoteapp.model import ExtractedQuote, Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quotes(doc: Doc) -> list[ExtractedQuote]:
    """Every quote in `doc`, in text order."""
    text = text_of(doc)
    paras = list(paragraphs(text))
    attributions = find_attributions(doc, paras)
    quoted = quoted_spans(text)
    quoted_areas = [q.outer for q in quoted]
    for attribution in attributions:
        attribution.source = source_outside_quotes(
            attribution.cue_token, attribution.source, quoted_areas
        )
    found, used = attach_quotations(doc, quoted, attributions, paras)
    for attribution in attributions:
        if id(attribution) in used or not _is_reported_speech(attribution, quoted_areas, found):
            continue
        confidence = attribution.precision
        # words in quotation marks make a paraphrase partial, as EVAL.md counts it, even a
        # title's (`As a reality TV boss on "The Apprentice," Trump ...`)
        quoted_inside = any(
            _shared(q.inner, attribution.content) > 0.5 * len(q.inner) for q in quoted
        )
        found.append(
            Found(
                attribution.pieces(),
                Kind.PARTIAL if quoted_inside else Kind.INDIRECT,
                attribution.cue,
                attribution.cue_token,
                attribution.source,
                confidence,
                attribution,
            )
        )
    speakers = SpeakerIndex(doc, quoted_areas)
    quotes = [_finish(doc, f, speakers) for f in found if not is_generic_source(f.source)]
    return sorted(quotes, key=lambda q: q.content.start)


def _is_reported_speech(
    attribution: Attribution, quoted_areas: list[Span], found: list[Found]
) -> bool:
    """Not already a quotation: at most half of it inside quotation marks or found quotes."""
    content = attribution.content
    if len(content.of(text_of(attribution.cue_token.doc)).split()) < 2 and not _named_stance(
        attribution
    ):
        return False
    inside = sum(_shared(content, area) for area in quoted_areas)
    if inside > 0.5 * len(content):
        return False
    # a quotation inside it already has its own quote: the clause adds nothing but a duplicate
    return not any(
        _shared(content, p) > 0.5 * min(len(content), len(p)) for f in found for p in f.parts
    )


def _named_stance(attribution: Attribution) -> bool:
    """`endorsed Clinton`: one word is enough when it names whom a stance is about."""
    if attribution.pattern not in ("dobj", "prep:for", "prep:against", "prep:of"):
        return False
    if attribution.cue_token.lemma_.lower() not in lexicon.STANCE_VERBS:
        return False  # `called Sanders on Tuesday`: a phone call is no stance
    doc = attribution.cue_token.doc
    span = doc.char_span(
        attribution.content.start, attribution.content.end, alignment_mode="expand"
    )
    return span is not None and len(span) == 1 and span[0].ent_type_ in ("PERSON", "ORG", "NORP")


def _shared(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _merged(parts: list[Span]) -> tuple[Span, ...]:
    """Sorted parts with any overlap joined: the store accepts nothing else."""
    merged: list[Span] = []
    for part in sorted(parts):
        if merged and part.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, part.end))
        else:
            merged.append(part)
    return tuple(merged)


def _finish(doc: Doc, found: Found, speakers: SpeakerIndex) -> ExtractedQuote:
    mention = noun_phrase(found.source) if found.source is not None else None
    speaker, aliases = speakers.resolve(found.source) if found.source is not None else (None, ())
    confidence = found.confidence if found.source is not None else found.confidence * 0.6
    return ExtractedQuote(
        parts=_merged(found.parts),
        kind=found.kind,
        cue=found.cue,
        mention=mention,
        speaker=speaker,
        speaker_aliases=aliases,
        confidence=round(confidence, 3),
    )
