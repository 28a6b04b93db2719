"""Quoted fragments inside a sentence: the word that governs them, or a voice of their own.

`called Clinton a "champion"` is the caller's; `blasted the "phony system"` has a
voice (an adjective) and so is its sentence subject's; a quoted term with neither
(`four "de-escalation zones"`) is nobody's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.attributions import country_acting
from quoteapp.extract.classifier import attribution_probability
from quoteapp.extract.features import candidates
from quoteapp.extract.found import Found
from quoteapp.extract.marks import Quoted, looks_like_title
from quoteapp.extract.rules.attributions import NOT_SPEECH
from quoteapp.extract.rules.quotations import GOVERNING_CUE, VOICED_FRAGMENT
from quoteapp.extract.syntax import doer_of, is_verb, subject_of, token_span
from quoteapp.extract.text import sentence_of, text_of
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@GOVERNING_CUE.applies(off=None)
def governing_cue(doc: Doc, q: Quoted, para: Span) -> Found | None:
    """`called Clinton a "champion"`: a cue word with the quoted words among its dependents.

    A word counts by its strongest relation (call|dobj), whichever dependent
    holds the quotation (here the object complement).
    """
    span = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for token in span.root.ancestors:
        if not para.covers(token.idx):
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
        doer = doer_of(token)
        if _shown(token, doer):
            continue  # `A CT of his chest showed a "ground glass" pattern`: a scan says nothing
        if country_acting(token, doer):
            continue
        strength = max(attribution_probability(token, d, r) for d, r in options)
        if token.lemma_.lower() in lexicon.NAMING_VERBS and doer is not None:
            # `what he called Machado's "sex tape"`
            strength = max(strength, GOVERNING_CUE.constant("naming"))
        if strength >= GOVERNING_CUE.constant("min probability"):
            content = _complements(token, q) or q.inner
            confidence = GOVERNING_CUE.constant("base confidence") + strength / (
                GOVERNING_CUE.constant("strength divided by")
            )
            return Found((content,), Kind.PARTIAL, token_span(token), token, doer, confidence)
        # not a cue: a word further up may be (`a deterrence to what it called "..."`)
    return None


def _shown(verb: Token, doer: Token | None) -> bool:
    """What a scan, a poll or a record shows is evidence, not anyone's words."""
    return (
        NOT_SPEECH.on
        and verb.lemma_.lower() == "show"
        and (doer is None or (doer.ent_type_ != "PERSON" and doer.pos_ != "PRON"))
    )


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
    if not span.contains(q.inner):
        return None
    return span


@VOICED_FRAGMENT.applies(off=None)
def voiced_fragment(doc: Doc, q: Quoted) -> Found | None:
    """`blasted the "phony system"`: words with a voice (an adjective, a verb, four words
    or more) are someone's, unlike a quoted term (`four "de-escalation zones"`) or title."""
    words = q.inner.of(text_of(doc))
    span = doc.char_span(q.inner.start, q.inner.end, alignment_mode="expand")
    if span is None or looks_like_title(words):
        return None
    voiced = len([t for t in span if t.is_alpha]) >= 4 or any(
        t.pos_ in ("ADJ", "VERB", "ADV") and len(t.text) >= 3 and not _hyphenated(t) for t in span
    )
    root = sentence_of(span.root).root
    if q.outer.covers(root.idx):
        return None  # the quotation is its own sentence: no speaker outside it to find
    source = subject_of(root) if is_verb(root) else None
    if not voiced or source is None or source.pos_ not in ("PROPN", "PRON"):
        return None
    return Found(
        (q.inner,), Kind.PARTIAL, token_span(root), root, source, VOICED_FRAGMENT.base_confidence
    )


def _hyphenated(token: Token) -> bool:
    doc = token.doc
    return any(
        0 <= i < len(doc) and doc[i].text in "-–" and not doc[i].whitespace_
        for i in (token.i - 1, token.i + 1)
    )
