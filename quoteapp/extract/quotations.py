"""Attach each quoted stretch to an attribution, or decide it is no quotation.

A quotation inside a reported clause makes that clause a partial quote; a
reported clause inside a quotation is the quotation's own cue (a direct
quote); otherwise a reporting verb next to it in its sentence, or the
previous speaker for a quote paragraph of its own. What is left (scare
quotes, titles, slogans) has nobody saying it and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.attributions import Attribution
from quoteapp.extract.classifier import attribution_probability
from quoteapp.extract.features import candidates
from quoteapp.extract.marks import Quoted, looks_like_title
from quoteapp.extract.sources import source_outside_quotes
from quoteapp.extract.syntax import is_verb, subject_of, token_span
from quoteapp.extract.text import text_of
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_STATEMENT_END = ",.!?…:;—-"
# A quotation mark is strong evidence: a word that governs the quoted words needs
# less support to count as its cue than a bare attribution does.
QUOTED_CUE_PROBABILITY = 0.4
# Someone who calls a thing by quoted words said those words.
NAMED_IN_QUOTES = 0.6
_SIGNED = re.compile(r"[\s\xa0]*[―—–][\s\xa0]*(\S[^\n―—–]{1,80}?)[\s.]*$", re.MULTILINE)
_SAID_NAME = re.compile(
    r"\b(?:[Ss]aid|[Ss]ays|[Aa]dded|[Ww]rote)\s+([A-Z][^\s:,]*(?:\s+[A-Z][^\s:,]*){0,3})\s*[:,]?\s*$"
)
_LABEL = re.compile(r"\s*([A-Z][A-Za-z.'’ -]{1,40}?):\s")


@dataclass
class Found:
    """A quote being assembled: its parts, kind, cue token and source token."""

    parts: list[Span]
    kind: Kind
    cue: Span | None
    cue_token: Token | None
    source: Token | None
    confidence: float
    attribution: Attribution | None = None
    inherited: bool = False
    quoted: list[Quoted] = field(default_factory=list)


def _share(inner: Span, outer: Span) -> float:
    """How much of `inner` lies inside `outer`."""
    shared = min(inner.end, outer.end) - max(inner.start, outer.start)
    return max(0, shared) / max(1, len(inner))


def attach_quotations(
    doc: Doc, quoted: list[Quoted], attributions: list[Attribution], paragraphs: list[Span]
) -> tuple[list[Found], set[int]]:
    """Quotes built from quotation marks, and the ids of attributions they used up."""
    text = text_of(doc)
    found: list[Found] = []
    used: set[int] = set()
    waiting: list[Quoted] = []  # opened in an earlier paragraph, still unattributed
    areas = [q.outer for q in quoted]
    outermost = [
        q for q in quoted if not any(o is not q and _within(q.outer, o.outer) for o in quoted)
    ]
    for q in outermost:
        para = _paragraph(paragraphs, q.open.start)
        if q.close is None:
            labelled = (
                _labelled(doc, q)
                or _introduced(q, attributions, used)
                or _after_introduction(doc, q, paragraphs, para)
            )
            if labelled is not None:
                labelled.quoted.append(q)
                found.append(labelled)
            else:
                waiting.append(q)
            continue
        opened = found[-1].quoted[-1] if found and found[-1].quoted else None
        if opened is not None and opened.close is None and q.open.start == para.start:
            found[-1].parts.append(q.inner)  # the paragraph that reopens it continues the quote
            found[-1].quoted.append(q)
            continue
        parts = [w.inner for w in waiting] + [q.inner]
        result = _attribute(doc, q, attributions, found, paragraphs, para)
        if result is None:
            waiting = []
            continue
        result.source = source_outside_quotes(result.cue_token, result.source, areas)
        if result.attribution is None and result.cue_token is not None:
            # `called Friday's decision a "huge win"`: the cue's object is no quote of its own
            used.update(id(a) for a in attributions if a.cue_token.i == result.cue_token.i)
        if result.kind is Kind.PARTIAL and result.attribution is not None:
            used.add(id(result.attribution))
            existing = next((f for f in found if f.attribution is result.attribution), None)
            if existing is not None:
                existing.quoted.append(q)
                waiting = []
                continue
        else:
            if result.kind is not Kind.PARTIAL or waiting:
                result.parts = parts  # a governed fragment keeps the clause it stands in
            elif _joins_governed(found, result, q):
                waiting = []
                continue  # `called him a "loser," a "liar" and a "whiner"`: one clause
            if result.attribution is not None:
                used.add(id(result.attribution))
        result.quoted.append(q)
        previous = found[-1] if found else None
        if previous is not None and _continues(text, previous, result, q):
            previous.parts.extend(result.parts)
            previous.quoted.append(q)
        else:
            found.append(result)
        waiting = []
    for q in waiting:  # never closed and never attributed: a transcript, or a lone quote
        result = _labelled(doc, q) or _inherit(
            text, q, found, paragraphs, _paragraph(paragraphs, q.open.start)
        )
        if result is not None:
            result.quoted.append(q)
            found.append(result)
    return found, used


def _joins_governed(found: list[Found], result: Found, q: Quoted) -> bool:
    """Add a fragment to the clause an earlier fragment of the same cue already holds."""
    cue = result.cue_token
    for earlier in reversed(found):
        if earlier.kind is not Kind.PARTIAL or earlier.cue_token is None or cue is None:
            continue
        if earlier.cue_token.i == cue.i and earlier.attribution is None:
            start = min(p.start for p in earlier.parts + result.parts)
            end = max(p.end for p in earlier.parts + result.parts)
            earlier.parts = [Span(start, end)]
            earlier.quoted.append(q)
            return True
    return False


def _within(inner: Span, outer: Span) -> bool:
    """A quotation inside another is part of it: `"He said 'never,'" she said.`"""
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _named_title(doc: Doc, q: Quoted, para: Span) -> bool:
    """`said on CBS's "Face the Nation"`: a title named after a preposition or a
    possessive, in running text (a title-case headline quotes in title case)."""
    text = text_of(doc)
    if not looks_like_title(q.inner.of(text)):
        return False
    before = doc.char_span(para.start, q.open.start, alignment_mode="contract")
    if before is None or not len(before):
        return False
    last = before[-1]
    if last.pos_ != "ADP" and last.tag_ != "POS":
        return False
    rest = text[para.start : q.open.start] + " " + text[q.outer.end : para.end]
    return not looks_like_title(rest)


def _paragraph(paragraphs: list[Span], offset: int) -> Span:
    return next((p for p in paragraphs if p.start <= offset <= p.end), Span(offset, offset))


def _attribute(
    doc: Doc,
    q: Quoted,
    attributions: list[Attribution],
    found: list[Found],
    paragraphs: list[Span],
    para: Span,
) -> Found | None:
    text = text_of(doc)
    if _named_title(doc, q, para):
        return None
    statement = _is_statement(text, q, para)
    enclosing = [
        a
        for a in attributions
        if _share(q.inner, a.content) > 0.9 and len(a.content) > len(q.inner) + 12
    ]
    enclosing = [a for a in enclosing if not _is_generic(a.source)] or enclosing
    if enclosing and (not statement or not _opens_clause(text, q, para)):
        best = min(enclosing, key=lambda a: len(a.content))
        return Found(best.pieces(), Kind.PARTIAL, best.cue, best.cue_token, best.source, 0.8, best)
    inside = [
        a for a in attributions if _share(a.content, q.outer) > 0.6 and not q.outer.overlaps(a.cue)
    ]
    if inside:
        best = min(inside, key=lambda a: _distance(a.cue, q.outer))
        # `blasted the "phony system"`, `called Burma a "good news story ..."`: a fragment
        lead = text[best.content.start : q.outer.start]
        fragment = not statement or any(c.isalnum() for c in lead)
        kind = Kind.PARTIAL if fragment else Kind.DIRECT
        return Found([q.inner], kind, best.cue, best.cue_token, best.source, 0.9, best)
    labelled = _labelled(doc, q) or _signed(doc, q, para) or _said_before(doc, q, para)
    if labelled is not None:
        return labelled
    if statement and not _opens_clause(text, q, para):
        # `He called Burma a "good news story ... direction."`: a fragment ending a sentence
        governed = _governing_cue(doc, q, para)
        if governed is not None:
            return governed
    cue = _nearby_cue(doc, q, para) if statement else None
    if cue is not None:
        return Found([q.inner], Kind.DIRECT, token_span(cue), cue, subject_of(cue), 0.75)
    if enclosing:
        best = min(enclosing, key=lambda a: len(a.content))
        return Found(best.pieces(), Kind.PARTIAL, best.cue, best.cue_token, best.source, 0.7, best)
    if not statement:
        return _governing_cue(doc, q, para) or _voiced_fragment(doc, q)
    return _after_introduction(doc, q, paragraphs, para) or _inherit(
        text, q, found, paragraphs, para
    )


def _hyphenated(token: Token) -> bool:
    doc = token.doc
    return any(
        0 <= i < len(doc) and doc[i].text in "-–" and not doc[i].whitespace_
        for i in (token.i - 1, token.i + 1)
    )


def _voiced_fragment(doc: Doc, q: Quoted) -> Found | None:
    """`blasted the "phony system"`: words with a voice (an adjective, a verb, four words
    or more) are someone's, unlike a quoted term (`four "de-escalation zones"`) or title."""
    words = q.inner.of(text_of(doc))
    span = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    if span is None or looks_like_title(words):
        return None
    voiced = len([t for t in span if t.is_alpha]) >= 4 or any(
        t.pos_ in ("ADJ", "VERB", "ADV") and len(t.text) >= 3 and not _hyphenated(t) for t in span
    )
    root = span.root.sent.root
    if q.outer.start <= root.idx < q.outer.end:
        return None  # the quotation is its own sentence: no speaker outside it to find
    source = subject_of(root) if is_verb(root) else None
    if not voiced or source is None or source.pos_ not in ("PROPN", "PRON"):
        return None
    return Found([q.inner], Kind.PARTIAL, token_span(root), root, source, 0.45)


def _inherit(
    text: str, q: Quoted, found: list[Found], paragraphs: list[Span], para: Span
) -> Found | None:
    """A quote paragraph with no speaker of its own continues the previous speaker."""
    if not found or found[-1].source is None:
        return None
    previous = found[-1]
    same_paragraph = para.start <= previous.parts[-1].start <= para.end
    if looks_like_title(q.inner.of(text)) and not same_paragraph:
        return None  # a heading in quotation marks continues nobody; `"The Donald."` does
    index = paragraphs.index(para) if para in paragraphs else -1
    recent = paragraphs[max(0, index - 1) : index + 1]
    if any(p.start <= previous.parts[-1].start <= p.end for p in recent):
        return Found([q.inner], Kind.DIRECT, None, None, previous.source, 0.6, inherited=True)
    return None


def _introduced(q: Quoted, attributions: list[Attribution], used: set[int]) -> Found | None:
    """`Peskov told reporters:` then a quoted paragraph left open: a block quotation."""
    for attribution in attributions:
        before = attribution.cue.end <= q.open.start
        # the clause the parse found may be only the first sentence of the quotation
        opens_it = q.outer.start <= attribution.content.start <= q.inner.start
        if before and (opens_it or _share(q.inner, attribution.content) > 0.5):
            used.add(id(attribution))
            return Found(
                [q.inner],
                Kind.DIRECT,
                attribution.cue,
                attribution.cue_token,
                attribution.source,
                0.7,
                attribution,
            )
    return None


def _after_introduction(doc: Doc, q: Quoted, paragraphs: list[Span], para: Span) -> Found | None:
    """`Sanders made the following comment:` and a paragraph that opens with a quotation."""
    index = paragraphs.index(para) if para in paragraphs else -1
    if index < 1 or q.open.start != para.start:
        return None
    previous = paragraphs[index - 1]
    text = text_of(doc)
    if not text[previous.start : previous.end].rstrip().endswith(":"):
        return None
    colon = doc.char_span(previous.start, previous.end, alignment_mode="expand")
    if colon is None or not len(colon):
        return None
    root = colon[-1].sent.root
    source = subject_of(root) if is_verb(root) else None
    if source is None or source.pos_ not in ("PROPN", "PRON") or source.i < colon.start:
        return None
    return Found([q.inner], Kind.DIRECT, token_span(root), root, source, 0.65)


def _labelled(doc: Doc, q: Quoted) -> Found | None:
    """`"WALLACE: Let's start ...`: a transcript names its speaker before a colon."""
    match = _LABEL.match(text_of(doc), q.inner.start, q.inner.end)
    if match is None or not match.group(1).isupper():
        return None
    label = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    colon = doc.char_span(match.end(1), match.end(1) + 1, alignment_mode="expand")
    if label is None or colon is None or not len(label):
        return None
    said = Span(match.end(), q.inner.end)
    return Found([said], Kind.DIRECT, token_span(colon[0]), colon[0], label.root, 0.8)


def _signed(doc: Doc, q: Quoted, para: Span) -> Found | None:
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
    return Found([q.inner], Kind.DIRECT, token_span(cue), cue, name.root, 0.8)


def _said_before(doc: Doc, q: Quoted, para: Span) -> Found | None:
    """`Said Ellis: "I don't get the sense ..."`: the cue and name just before the quote."""
    match = _SAID_NAME.search(text_of(doc), para.start, q.open.start)
    if match is None:
        return None
    name = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
    cue = doc.char_span(match.start(), match.start() + 4, alignment_mode="expand")
    if name is None or cue is None or not len(name):
        return None
    return Found([q.inner], Kind.DIRECT, token_span(cue[0]), cue[0], name.root, 0.8)


def _governing_cue(doc: Doc, q: Quoted, para: Span) -> Found | None:
    """`called Clinton a "champion"`: a cue word with the quoted words among its dependents.

    A word counts by its strongest relation (call|dobj), whichever dependent
    holds the quotation (here the object complement).
    """
    span = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for token in span.root.ancestors:
        if not para.start <= token.idx < para.end:
            break  # the parse ran on into the next paragraph
        options = candidates(token)
        holding = [
            d
            for d, _ in options
            if d.left_edge.idx <= q.inner.start and d.right_edge.idx >= span[-1].idx
        ] or [
            # `a "good news story in an era when ..."`: the clause hangs off the cue itself
            d
            for d, _ in options
            if d.left_edge.idx <= q.inner.start <= d.right_edge.idx
        ]
        if not holding:
            continue
        strength = max(attribution_probability(token, d, r) for d, r in options)
        if token.lemma_.lower() in lexicon.NAMING_VERBS and subject_of(token) is not None:
            strength = max(strength, NAMED_IN_QUOTES)  # `what he called Machado's "sex tape"`
        if strength >= QUOTED_CUE_PROBABILITY:
            content = _complements(token, q) or q.inner
            return Found(
                [content],
                Kind.PARTIAL,
                token_span(token),
                token,
                subject_of(token),
                0.5 + strength / 3,
            )
        # not a cue: a word further up may be (`a deterrence to what it called "..."`)
    return None


def _complements(cue: Token, q: Quoted) -> Span | None:
    """`calls Obamacare 'crazy system' during campaign stop`: what follows the cue in its
    clause, the quotation among it; a quotation before its cue stands alone."""
    after = [c for c in cue.children if c.i > cue.i and c.dep_ not in ("punct", "cc", "conj")]
    if not after or q.inner.start < cue.idx:
        return None
    doc = cue.doc
    first = min(c.left_edge.i for c in after)
    last = max(c.right_edge.i for c in after)
    while last > first and (doc[last].is_punct and doc[last].text not in "”’\"'"):
        last -= 1
    span = Span(doc[first].idx, doc[last].idx + len(doc[last].text))
    if q.outer.end > span.end and not any(
        c.isalnum() for c in text_of(doc)[span.end : q.outer.end]
    ):
        span = Span(span.start, q.outer.end)  # `voters."`: the full stop inside the marks
    if not (span.start <= q.inner.start and q.inner.end <= span.end):
        return None
    return span


def _is_statement(text: str, q: Quoted, para: Span) -> bool:
    """A whole statement, not a fragment: it opens its paragraph, sentence or clause."""
    if _opens_clause(text, q, para):
        return True
    inner = q.inner.of(text).rstrip()
    if looks_like_title(inner):
        return False  # `said on Fox News's "Fox and Friends."`: the sentence ends on a title
    return inner[-1:] in (".", "!", "?", "…") and len(inner.split()) >= 3


def _opens_clause(text: str, q: Quoted, para: Span) -> bool:
    before = text[para.start : q.open.start].rstrip()
    return not before or before.endswith((":", ",", ".", "!", "?", "—", "–"))


def _distance(a: Span, b: Span) -> int:
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _nearby_cue(doc: Doc, q: Quoted, para: Span) -> Token | None:
    outer = q.outer
    span = doc.char_span(outer.start, outer.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first_sentence, last_sentence = span[0].sent, span[-1].sent
    candidates = []
    for sentence in {
        first_sentence.start: first_sentence,
        last_sentence.start: last_sentence,
    }.values():
        for token in sentence:
            if outer.start <= token.idx < outer.end or not para.start <= token.idx < para.end:
                continue
            if is_verb(token) and token.lemma_.lower() in lexicon.SPEECH_VERBS:
                candidates.append((_distance(token_span(token), outer), token.i, token))
    if not candidates:
        after = _cue_after_question(doc, q, para, span[-1].i)
        if after is not None:
            return after
    return min(candidates)[2] if candidates else None


def _cue_after_question(doc: Doc, q: Quoted, para: Span, last: int) -> Token | None:
    """`"... for their crimes?" he asks.`: the parser ends the sentence inside the marks."""
    if q.inner.of(text_of(doc)).rstrip()[-1:] not in ("?", "!"):
        return None
    for token in doc[last + 1 : last + 7]:
        if not para.start <= token.idx < para.end or token.text in '.;"“”':
            return None
        if is_verb(token) and token.lemma_.lower() in lexicon.SPEECH_VERBS:
            return token
    return None


def _continues(text: str, previous: Found, current: Found, q: Quoted) -> bool:
    """`"A," he said, "B."`: one quote in two parts around its cue."""
    if previous.kind is not Kind.DIRECT or current.kind is not Kind.DIRECT:
        return False
    if (
        previous.cue_token is None
        or current.cue_token is None
        or previous.cue_token.i != current.cue_token.i
    ):
        return current.inherited and _gap_is_cue_only(text, previous, q)
    between = text[previous.parts[-1].end : q.open.start]
    return "\n" not in between and len(between) < 80


def _gap_is_cue_only(text: str, previous: Found, q: Quoted) -> bool:
    between = text[previous.parts[-1].end : q.open.start]
    return (
        "\n" not in between
        and previous.cue is not None
        and previous.cue.start < q.open.start
        and len(between) < 60
    )


def _is_generic(source: Token | None) -> bool:
    """`analysts say`: a bare plural with nobody named is no checkable source."""
    if source is None:
        return False
    if source.lower_ not in lexicon.GENERIC_SOURCES:
        return False
    return not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod", "prep") for c in source.children
    )


is_generic_source = _is_generic
