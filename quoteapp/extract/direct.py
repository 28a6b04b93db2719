"""Attach quoted stretches to their cue and speaker using spaCy's parse.

A first pass: direct and partial quotes from quotation marks, the nearest
reporting verb outside the quote as cue, its subject as the speaker mention,
and the mention resolved to the fullest earlier name of the same person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract.cues import PRONOUNS, REPORTING_VERBS
from quoteapp.extract.marks import Quoted, paragraphs, quoted_spans
from quoteapp.model import ExtractedQuote, Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SENTENCE_END = ",.!?…:;"


def direct_quotes(doc: Doc) -> list[ExtractedQuote]:
    text = doc.text
    paras = list(paragraphs(text))
    found: list[ExtractedQuote] = []
    previous: ExtractedQuote | None = None
    for quoted in quoted_spans(text):
        para = next((p for p in paras if p.start <= quoted.open.start < p.end), None)
        if para is None:
            continue
        cue = _find_cue(doc, quoted, para)
        kind = _kind(text, quoted, para)
        if cue is None:
            if (
                kind is Kind.PARTIAL
                or previous is None
                or not _same_or_next_para(previous, para, paras)
            ):
                continue  # scare quotes, titles and slogans: nobody is said to have said them
            quote = ExtractedQuote(
                (quoted.inner,),
                kind,
                None,
                previous.mention,
                previous.speaker,
                previous.speaker_aliases,
                confidence=0.5,
            )
        else:
            mention = _subject(cue)
            speaker, aliases = _resolve(doc, mention)
            quote = ExtractedQuote(
                (quoted.inner,),
                kind,
                Span(cue.idx, cue.idx + len(cue.text)),
                _token_span(mention),
                speaker,
                aliases,
                confidence=0.8 if mention is not None else 0.4,
            )
        if found and _continues_split_quote(text, found[-1], quote):
            quote = _merge(found.pop(), quote)
        found.append(quote)
        previous = quote
    return found


def _same_or_next_para(previous: ExtractedQuote, para: Span, paras: list[Span]) -> bool:
    index = paras.index(para)
    earlier = paras[index - 1] if index else None
    start = previous.content.start
    return para.start <= start < para.end or (
        earlier is not None and earlier.start <= start < earlier.end
    )


def _kind(text: str, quoted: Quoted, para: Span) -> Kind:
    inner = quoted.inner.of(text).strip()
    before = text[para.start : quoted.open.start].rstrip()
    if not before or before.endswith((":", ",")) or inner[-1:] in _SENTENCE_END:
        return Kind.DIRECT
    return Kind.PARTIAL


def _find_cue(doc: Doc, quoted: Quoted, para: Span) -> Token | None:
    outer = quoted.outer
    first = doc.char_span(outer.start, outer.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sentences = {first[0].sent.start, first[-1].sent.start}
    candidates = []
    for sent in doc.sents:
        if sent.start not in sentences and not (first.start <= sent.start < first.end):
            continue
        for token in sent:
            inside = outer.start <= token.idx < outer.end
            in_para = para.start <= token.idx < para.end
            if (
                not inside
                and in_para
                and token.pos_ == "VERB"
                and token.lemma_.lower() in REPORTING_VERBS
            ):
                distance = min(abs(token.idx - outer.start), abs(token.idx - outer.end))
                candidates.append((distance, token.i, token))
    return min(candidates)[2] if candidates else None


def _subject(cue: Token) -> Token | None:
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if cue.dep_ in ("xcomp", "ccomp", "advcl", "conj") and cue.head is not cue:
        return _subject(cue.head)
    return None


def _token_span(head: Token | None) -> Span | None:
    if head is None:
        return None
    tokens = [
        head,
        *[
            t
            for t in head.subtree
            if t.dep_ in ("compound", "flat", "det", "amod", "poss", "cc", "conj")
            and t.head.i >= head.i - 5
        ],
    ]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start, end)


def _resolve(doc: Doc, mention: Token | None) -> tuple[str | None, tuple[str, ...]]:
    """The fullest name the article gives the person a mention refers to."""
    if mention is None:
        return None, ()
    span = _token_span(mention)
    assert span is not None
    written = span.of(doc.text)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start_char <= span.end]
    if mention.lower_ in PRONOUNS:
        earlier = [e for e in people if e.end_char <= span.start]
        return (_fullest(people, earlier[-1].text), (earlier[-1].text,)) if earlier else (None, ())
    if mention.pos_ == "PROPN":
        name = _fullest(people, mention.text)
        return name, tuple({written, mention.text} - {name})
    earlier = [e for e in people if e.end_char <= span.start]
    if earlier:
        return _fullest(people, earlier[-1].text), (written,)
    return written, ()


def _fullest(people: list, name: str) -> str:
    last = name.split()[-1]
    matches = [e.text for e in people if last in e.text.split()]
    return max(matches, key=len) if matches else name


def _continues_split_quote(text: str, before: ExtractedQuote, after: ExtractedQuote) -> bool:
    between = text[before.content.end : after.content.start]
    return (
        before.cue is not None
        and after.cue == before.cue
        and len(between) < 80
        and "\n" not in between
    )


def _merge(first: ExtractedQuote, second: ExtractedQuote) -> ExtractedQuote:
    return ExtractedQuote(
        first.parts + second.parts,
        first.kind,
        first.cue,
        first.mention,
        first.speaker,
        first.speaker_aliases,
        max(first.confidence, second.confidence),
    )
