"""Attach each quoted stretch to an attribution, or decide it is no quotation.

A quotation inside a reported clause makes that clause a partial quote; a
reported clause inside a quotation is the quotation's own cue (a direct
quote); otherwise a reporting verb next to it in its sentence, or the
previous speaker for a quote paragraph of its own. What is left (scare
quotes, titles, slogans) has nobody saying it and is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.attributions import Attribution, said_or_written
from quoteapp.extract.found import Found
from quoteapp.extract.fragments import governing_cue, voiced_fragment
from quoteapp.extract.marks import Quoted, looks_like_title, mentions_words
from quoteapp.extract.named import (
    after_introduction,
    introduced,
    introduced_without_saying,
    labelled,
    signed,
)
from quoteapp.extract.paragraphs import Paragraphs
from quoteapp.extract.rules.quotations import (
    AFTER_REPORTED,
    CARRIED_ON,
    CLAUSE_IN_QUOTATION,
    CONTINUES_SPEAKER,
    FRAGMENTS_OF_ONE_CUE,
    GENERIC_SOURCE,
    NAMED_TITLE,
    NEARBY_CUE,
    PHRASAL_CUE,
    QUOTED_IN_CLAUSE,
    READERS_YOU,
    REOPENED,
    SPLIT_AROUND_CUE,
)
from quoteapp.extract.sources import source_outside_quotes
from quoteapp.extract.span_index import SpanIndex, areas
from quoteapp.extract.syntax import (
    doer_of,
    is_verb,
    speech_particle,
    token_span,
    verb_span,
)
from quoteapp.extract.text import sentence_of, text_of
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from quoteapp.extract.transcripts import Turn

__all__ = ["Found", "attach_quotations", "is_generic_source", "the_readers_you"]


def attach_quotations(
    doc: Doc,
    quoted: list[Quoted],
    attributions: tuple[Attribution, ...],
    paragraphs: Paragraphs,
) -> tuple[tuple[Found, ...], frozenset[int]]:
    """Quotes built from quotation marks, and the keys of the attributions they used up."""
    text = text_of(doc)
    found: list[Found] = []
    used: set[int] = set()
    waiting: list[Quoted] = []  # opened in an earlier paragraph, still unattributed
    quoted_areas = areas(q.outer for q in quoted)
    by_content = SpanIndex((a.content, a) for a in attributions)
    by_cue: dict[int, list[int]] = {}
    for a in attributions:
        by_cue.setdefault(a.cue_token.i, []).append(a.key)
    for q in _outermost(quoted):
        para = _paragraph(paragraphs, q.open.start)
        if q.close is None:
            named_here = (
                labelled(doc, q)
                or introduced(q, by_content)
                or after_introduction(doc, q, paragraphs, para)
            )
            if named_here is not None:
                if named_here.attribution is not None:
                    used.add(named_here.attribution.key)
                found.append(named_here.with_quotation(q))
            else:
                waiting.append(q)
            continue
        opened = found[-1].quoted[-1] if found and found[-1].quoted else None
        if (
            REOPENED.on
            and opened is not None
            and opened.close is None
            and q.open.start == para.start
        ):
            found[-1] = found[-1].extended([q.inner], q)  # the paragraph reopening it goes on
            continue
        parts = (*(w.inner for w in waiting), q.inner)
        result = _attribute(doc, q, by_content, found, paragraphs, para, quoted_areas)
        if result is None:
            carried = _carried_on(text, waiting, q, found, paragraphs)
            if carried is not None:
                found.append(carried)
            waiting = []
            continue
        follows = result.cue_token is not None and result.cue_token.idx >= q.outer.end
        result = replace(
            result,
            source=source_outside_quotes(result.cue_token, result.source, quoted_areas, follows),
        )
        if result.attribution is None and result.cue_token is not None:
            # `called Friday's decision a "huge win"`: the cue's object is no quote of its own
            used.update(by_cue.get(result.cue_token.i, ()))
        if result.kind is Kind.PARTIAL and result.attribution is not None:
            used.add(result.attribution.key)
            existing = next((n for n, f in enumerate(found) if f.uses(result.attribution)), None)
            if existing is not None:
                found[existing] = found[existing].with_quotation(q)
                waiting = []
                continue
        else:
            if result.kind is not Kind.PARTIAL or waiting:
                result = replace(result, parts=parts)  # a governed fragment keeps its clause
            else:
                joined = _joins_governed(found, result, q)
                if joined is not None:
                    # `called him a "loser," a "liar" and a "whiner"`: one clause
                    found[joined[0]] = joined[1]
                    waiting = []
                    continue
            if result.attribution is not None:
                used.add(result.attribution.key)
        result = result.with_quotation(q)
        previous = found[-1] if found else None
        if previous is not None and _continues(text, previous, result, q):
            found[-1] = previous.extended(result.parts, q)
        else:
            found.append(result)
        waiting = []
    for q in waiting:  # never closed and never attributed: a transcript, or a lone quote
        result = labelled(doc, q) or _inherit(
            text, q, found, paragraphs, _paragraph(paragraphs, q.open.start)
        )
        if result is not None:
            found.append(result.with_quotation(q))
    return tuple(found), frozenset(used)


@CARRIED_ON.applies(off=None)
def _carried_on(
    text: str, waiting: list[Quoted], q: Quoted, found: list[Found], paragraphs: Paragraphs
) -> Found | None:
    """`"..." explains Jennifer Ngo-Anh. "If we were able ...¶"And the basic idea ...¶"We
    aim ... to people."`: a quotation left open at its paragraph's end, reopened in the
    next and closed in a later one with no cue of its own, is one quote, by whoever spoke
    just before it opened."""
    if not waiting:
        return None
    first = waiting[0]
    carried = _inherit(text, first, found, paragraphs, _paragraph(paragraphs, first.open.start))
    if carried is None:
        return None
    return replace(carried, parts=(*(w.inner for w in waiting), q.inner), quoted=(*waiting, q))


def _joins_governed(found: list[Found], result: Found, q: Quoted) -> tuple[int, Found] | None:
    """The earlier fragment of the same cue, grown to hold this one too, and its place."""
    if not FRAGMENTS_OF_ONE_CUE.on:
        return None
    cue = result.cue_token
    for n in range(len(found) - 1, -1, -1):
        earlier = found[n]
        if earlier.kind is not Kind.PARTIAL or earlier.cue_token is None or cue is None:
            continue
        if earlier.cue_token.i == cue.i and earlier.attribution is None:
            start = min(p.start for p in earlier.parts + result.parts)
            end = max(p.end for p in earlier.parts + result.parts)
            return n, replace(earlier, parts=(Span(start, end),), quoted=(*earlier.quoted, q))
    return None


def _outermost(quoted: list[Quoted]) -> list[Quoted]:
    """The quotations not inside another: `"He said 'never,'" she said.` is one.

    One sweep in text order, longest first where two start together: a quotation is
    inside another when an earlier, different area reaches as far as it does (the same
    area twice is not one inside the other).
    """
    order = sorted(range(len(quoted)), key=lambda n: (quoted[n].outer.start, -quoted[n].outer.end))
    inside: set[int] = set()
    reach = -1  # the furthest end of the areas before the current one
    group_reach = -1  # the same, for the areas before the current group of equal areas
    previous: Span | None = None
    for n in order:
        outer = quoted[n].outer
        if outer != previous:
            group_reach, previous = reach, outer
        if group_reach >= outer.end:
            inside.add(n)
        reach = max(reach, outer.end)
    return [q for n, q in enumerate(quoted) if n not in inside]


def _named_title(doc: Doc, q: Quoted, para: Span) -> bool:
    """`said on CBS's "Face the Nation"`, `She read "War and Peace"`: a title named after a
    preposition or a possessive, or as what a verb that neither says nor names acts on,
    in running text (a title-case headline quotes in title case)."""
    text = text_of(doc)
    if _after_a_work(doc, q, para):
        return True
    if not looks_like_title(q.inner.of(text)):
        return False
    inner = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    head = inner.root.head if inner is not None and len(inner) else None
    if (
        inner is not None
        and head is not None
        and not inner.start <= head.i < inner.end
        and is_verb(head)
        and head.lemma_.lower() not in lexicon.SPEECH_VERBS | lexicon.NAMING_VERBS
    ):
        return True
    before = doc.char_span(para.start, q.open.start, alignment_mode="contract")
    if before is None or not len(before):
        return False
    last = before[-1]
    if last.pos_ != "ADP" and last.tag_ != "POS":
        return False
    rest = text[para.start : q.open.start] + " " + text[q.outer.end : para.end]
    return not looks_like_title(rest)


def _after_a_work(doc: Doc, q: Quoted, para: Span) -> bool:
    """`In his 2002 book, ''Make Your Kid a Millionaire,''`, `DuVernay's documentary,
    “13th,”`: a few words in marks right after a book, film or song are its title."""
    text = text_of(doc)
    if len(q.inner.of(text).split()) > _TITLE_WORDS:
        return False
    before = doc.char_span(para.start, q.open.start, alignment_mode="contract")
    if before is None:
        return False
    words = [t for t in before if not t.is_punct and not t.is_space]
    last = words[-1] if words else None
    # a noun in lower case (not `Dr. Paul Song`, not `for showing`) right before the marks
    # (not `in the book. "Thank goodness ..."`), that nobody speaks of (not `called the show
    # "the conservative news show of record"`, `said of the episode, "I don't like it"`)
    if (
        last is None
        or last.pos_ != "NOUN"
        or not last.text.islower()
        or last.lemma_.lower() not in lexicon.WORKS
    ):
        return False
    if text[last.idx + len(last.text) : q.open.start].strip(" ,:"):
        return False
    governor = last.head.head if last.head.dep_ == "prep" else last.head
    return governor.lemma_.lower() not in lexicon.SPEECH_VERBS | lexicon.NAMING_VERBS


_TITLE_WORDS = 8


def _paragraph(paragraphs: Paragraphs, offset: int) -> Span:
    return paragraphs.at(offset) or Span(offset, offset)


def _attribute(
    doc: Doc,
    q: Quoted,
    by_content: SpanIndex[Attribution],
    found: list[Found],
    paragraphs: Paragraphs,
    para: Span,
    quoted_areas: SpanIndex[Span],
) -> Found | None:
    text = text_of(doc)
    if NAMED_TITLE.on and _named_title(doc, q, para):
        return None
    if mentions_words(text, q):
        return None
    statement = _is_statement(text, q, para)
    near = by_content.overlapping(q.outer)  # every test below needs some overlap
    enclosing = [
        a
        for a in near
        if q.inner.fraction_in(a.content) > QUOTED_IN_CLAUSE.constant("inside")
        and len(a.content) > len(q.inner) + QUOTED_IN_CLAUSE.constant("longer by")
    ]
    if not QUOTED_IN_CLAUSE.on:
        enclosing = []
    enclosing = [a for a in enclosing if not _is_generic(a.source)] or enclosing
    if enclosing and (not statement or not _opens_clause(text, q, para)):
        best = min(enclosing, key=lambda a: len(a.content))
        return _partial_of(best, QUOTED_IN_CLAUSE.base_confidence)
    inside = [
        a
        for a in near
        if a.content.fraction_in(q.outer) > CLAUSE_IN_QUOTATION.constant("inside")
        and not q.outer.overlaps(a.cue)
    ]
    if inside and CLAUSE_IN_QUOTATION.on:
        best = min(inside, key=lambda a: a.cue.distance(q.outer))
        # `blasted the "phony system"`, `called Burma a "good news story ..."`: a fragment
        lead = text[best.content.start : q.outer.start]
        fragment = not statement or any(c.isalnum() for c in lead)
        kind = Kind.PARTIAL if fragment else Kind.DIRECT
        return Found(
            (q.inner,),
            kind,
            best.cue,
            best.cue_token,
            best.source,
            CLAUSE_IN_QUOTATION.base_confidence,
            best,
        )
    named_here = labelled(doc, q) or signed(doc, q, para)
    if named_here is not None:
        return named_here
    if statement and not _opens_clause(text, q, para):
        # `He called Burma a "good news story ... direction."`: a fragment ending a sentence
        governed = governing_cue(doc, q, para)
        if governed is not None:
            return governed
    cue = _nearby_cue(doc, q, para, quoted_areas) if statement else None
    if cue is not None:
        return Found(
            (q.inner,),
            Kind.DIRECT,
            verb_span(cue),
            cue,
            doer_of(cue),
            NEARBY_CUE.base_confidence,
        )
    if enclosing:
        best = min(enclosing, key=lambda a: len(a.content))
        return _partial_of(best, QUOTED_IN_CLAUSE.constant("late confidence"))
    if not statement:
        return governing_cue(doc, q, para) or voiced_fragment(doc, q)

    def reported(after: int = 0) -> Found | None:
        return _after_reported(text, q, by_content, paragraphs, para, quoted_areas, after)

    return (
        after_introduction(doc, q, paragraphs, para)
        or introduced_without_saying(doc, q, para)
        # `Swift's rep told Fox News that ... . "Big Machine is ..."`: a report just before
        # the quotation in its paragraph outranks the quote before it
        or (q.open.start > para.start and reported(_last_said(found, para)))
        or _inherit(text, q, found, paragraphs, para)
        or reported()
    )


@AFTER_REPORTED.applies(off=None)
def _after_reported(
    text: str,
    q: Quoted,
    by_content: SpanIndex[Attribution],
    paragraphs: Paragraphs,
    para: Span,
    quoted_areas: SpanIndex[Span],
    after: int = 0,
) -> Found | None:
    """`Erekat said it was only the latest move by the US ...` and then a paragraph that is
    one quotation with no cue of its own: the person reported (named, or he or she) goes on
    in their own words, as news writes it."""
    index = paragraphs.index_of(para)
    words = q.inner.of(text)
    if looks_like_title(words) or len(words.split()) < AFTER_REPORTED.constant("words"):
        return None  # a heading in quotation marks (`"All Bets Are Off."`) is nobody's
    if q.open.start == para.start and index >= 1:
        previous = paragraphs[index - 1]
    elif q.open.start > para.start and _ends_report(text, Span(para.start, q.open.start)):
        # `..., Schiff said. "The other factor ..."`: the same, inside one paragraph
        previous = Span(para.start, q.open.start)
    else:
        return None
    reported = [
        a
        for a in by_content.overlapping(previous)
        if previous.covers(a.cue.start)
        and a.cue.start >= after
        and max(a.cue.end, a.content.end) <= previous.end
        and not quoted_areas.covers(a.cue.start)  # `they'll say, 'Mr. Khan ...'` is quoted
        and not quoted_areas.covers(a.content.start)  # reported, not quoted (CONTINUES_SPEAKER)
        and a.source is not None
        and (
            a.source.ent_type_ == "PERSON"
            or a.source.lower_ in ("he", "she")
            # in one paragraph, any name: the small model calls `Schiff said.` an ORG
            or (previous.end == q.open.start and _named_or_role(a.source))
        )
        and a.cue_token.lemma_.lower() in lexicon.SPEECH_VERBS
        and said_or_written(a)
        and not _is_generic(a.source)
    ]
    if not reported:
        return None
    last = max(reported, key=lambda a: a.cue.start)
    return Found(
        (q.inner,),
        Kind.DIRECT,
        None,
        None,
        last.source,
        AFTER_REPORTED.base_confidence,
        inherited=True,
    )


def _last_said(found: list[Found], para: Span) -> int:
    """Where the sentence of the paragraph's last quote so far ends: a report inside it
    (`"...," Trump assured Jones, after Jones assured Trump that ...`) is not the latest."""
    if not found or not para.holds(found[-1].parts[-1].start):
        return para.start
    last = found[-1]
    end = last.parts[-1].end
    if last.cue_token is not None:
        end = max(end, last.cue_token.sent.end_char)
    return end


def _named_or_role(source: Token) -> bool:
    """`Schiff said.`, `Swift's rep told Fox News that ...`: in the quotation's own
    paragraph, a name or a role reports the words that follow."""
    return source.pos_ == "PROPN" or source.lemma_.lower() in _REPORTERS


_REPORTERS = lexicon.PERSON_ROLES | lexicon.words("rep publicist")


def _ends_report(text: str, before: Span) -> bool:
    """The words before a quotation in its paragraph end a sentence of reported speech (the
    paragraph's last cue is then checked by the caller)."""
    return text[before.start : before.end].rstrip().endswith((".", "!", "?"))


def _partial_of(attribution: Attribution, confidence: float) -> Found:
    """The reported clause a quotation stands in, as a partial quote."""
    return Found(
        tuple(attribution.pieces()),
        Kind.PARTIAL,
        attribution.cue,
        attribution.cue_token,
        attribution.source,
        confidence,
        attribution,
    )


@CONTINUES_SPEAKER.applies(off=None)
def _inherit(
    text: str, q: Quoted, found: list[Found], paragraphs: Paragraphs, para: Span
) -> Found | None:
    """A quote paragraph with no speaker of its own continues the previous speaker."""
    if not found or found[-1].source is None:
        return None
    previous = found[-1]
    same_paragraph = para.holds(previous.parts[-1].start)
    if looks_like_title(q.inner.of(text)) and not same_paragraph:
        return None  # a heading in quotation marks continues nobody; `"The Donald."` does
    index = paragraphs.index_of(para)
    recent = paragraphs[max(0, index - 1) : index + 1]
    if any(p.holds(previous.parts[-1].start) for p in recent):
        return Found(
            (q.inner,),
            Kind.DIRECT,
            None,
            None,
            previous.source,
            CONTINUES_SPEAKER.base_confidence,
            inherited=True,
        )
    return None


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


@NEARBY_CUE.applies(off=None)
def _nearby_cue(doc: Doc, q: Quoted, para: Span, quoted_areas: SpanIndex[Span]) -> Token | None:
    """The nearest verb of saying outside every quotation (a verb inside the next one,
    `she elaborated, "no one ever question ..."`, is the speaker's word, not a cue)."""
    outer = q.outer
    span = doc.char_span(outer.start, outer.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first_sentence, last_sentence = sentence_of(span[0]), sentence_of(span[-1])
    candidates = []
    for sentence in {
        first_sentence.start: first_sentence,
        last_sentence.start: last_sentence,
    }.values():
        for token in sentence:
            if quoted_areas.covers(token.idx) or not para.covers(token.idx):
                continue
            if _says(token):
                candidates.append((token_span(token).distance(outer), token.i, token))
    if not candidates:
        after = _cue_after_question(doc, q, para, span[-1].i)
        if after is not None:
            return after
    return min(candidates)[2] if candidates else None


def _cue_after_question(doc: Doc, q: Quoted, para: Span, last: int) -> Token | None:
    """`"... for their crimes?" he asks.`, `"... ask, quote, 'So he's going to do it?'"
    Holmes testified.`: the parser ends the sentence inside the marks (a quotation inside
    the quotation may end it too)."""
    if q.inner.of(text_of(doc)).rstrip(" ’'\"”›»")[-1:] not in ("?", "!"):
        return None
    reach = int(NEARBY_CUE.constant("words after a question"))
    for token in doc[last + 1 : last + 1 + reach]:
        if not para.covers(token.idx) or token.text in '.;"“”':
            return None
        if _says(token):
            return token
    return None


@PHRASAL_CUE.applies(off=False)
def _phrasal(token: Token) -> bool:
    """`"Not a chance," Roe shot back`: a verb that says only with its particle."""
    return speech_particle(token) is not None


def _says(token: Token) -> bool:
    """A verb of saying that can stand beside a quotation as its cue."""
    return is_verb(token) and (token.lemma_.lower() in lexicon.SPEECH_VERBS or _phrasal(token))


def _continues(text: str, previous: Found, current: Found, q: Quoted) -> bool:
    """`"A," he said, "B."`: one quote in two parts around its cue."""
    if not SPLIT_AROUND_CUE.on:
        return False
    if previous.kind is not Kind.DIRECT or current.kind is not Kind.DIRECT:
        return False
    if (
        previous.cue_token is None
        or current.cue_token is None
        or previous.cue_token.i != current.cue_token.i
    ):
        return current.inherited and _gap_is_cue_only(text, previous, q)
    between = text[previous.parts[-1].end : q.open.start]
    return "\n" not in between and len(between) < SPLIT_AROUND_CUE.constant("gap")


def _gap_is_cue_only(text: str, previous: Found, q: Quoted) -> bool:
    between = text[previous.parts[-1].end : q.open.start]
    return (
        "\n" not in between
        and previous.cue is not None
        and previous.cue.start < q.open.start
        and len(between) < SPLIT_AROUND_CUE.constant("gap after an inherited part")
    )


def _is_generic(source: Token | None) -> bool:
    """`analysts say`: a bare plural with nobody named is no checkable source."""
    if not GENERIC_SOURCE.on or source is None:
        return False
    if source.lower_ not in lexicon.GENERIC_SOURCES:
        return False
    return not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod", "prep") for c in source.children
    )


@READERS_YOU.applies(off=False)
def the_readers_you(source: Token | None, turns: Sequence[Turn]) -> bool:
    """`if you're asking whether Stadia is the platform`: the writer's `you` is the reader,
    who said nothing; in an interview's or a transcript's turn `you` is the other side."""
    if source is None or source.lower_ != "you":
        return False
    return not any(turn.said.start <= source.idx < turn.said.end for turn in turns)


is_generic_source = _is_generic
