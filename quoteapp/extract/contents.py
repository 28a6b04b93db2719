"""Where a reported content begins and ends, beyond the subtree the parse gives it.

PolNeAR marks what is said of an object with it (`called the charges
unsubstantiated`), and a speaker's next act is not part of what was said
(`said she admires him and highlighted ...`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.rules.attributions import MISREAD_CLAUSE
from quoteapp.extract.rules.contents import (
    NEXT_ACT,
    OBJECT_BEFORE_CLAUSE,
    OBJECT_COMPLEMENT,
    RELATIVE_REPORT,
)
from quoteapp.extract.syntax import char_span, clause_span, with_closing_mark
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def trimmed(doc: Doc, first: int, last: int) -> Span | None:
    """Tokens first..last without edge punctuation and space, if any words are left."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    return char_span(doc[first], doc[with_closing_mark(doc, first, last)])


# What follows a verb's object without saying anything of it.
_NOT_COMPLEMENTS = frozenset(
    {"punct", "cc", "conj", "advcl", "npadvmod", "advmod", "dep", "parataxis"}
)


_CIRCUMSTANCES = lexicon.words(
    "in at on during before after since until near amid across around via throughout "
    "outside inside within"
)


def _circumstance(token: Token) -> bool:
    """`on Tuesday`, `in front of thousands`: when or where it was said, not what."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in _CIRCUMSTANCES or any(
        c.ent_type_ in ("DATE", "TIME") for c in token.children
    )


def with_complement(verb: Token, obj: Token, content: Span) -> Span:
    """`called the charges unsubstantiated`, `accused X of ...`, `described X as ...`:
    what is said of the object belongs with it (PolNeAR marks the whole phrase)."""
    if not OBJECT_COMPLEMENT.on:
        return content
    after = [
        c
        for c in verb.children
        if c.i > obj.i and c.dep_ not in _NOT_COMPLEMENTS and not _circumstance(c)
    ]
    if not after:
        return content
    extended = clause_span(after[-1])
    if extended is None or extended.end <= content.end:
        return content
    return Span(content.start, extended.end)


def object_before(verb: Token, clause: Token) -> Token | None:
    """`adding the "necessary conditions" now existed`: a misparsed subject as object.

    The addressee of `told reporters that ...` is no part of what was said.
    """
    if not OBJECT_BEFORE_CLAUSE.on:
        return None
    if verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS or clause.i < verb.i:
        return None
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "dobj" and verb.i < child.i < clause.left_edge.i:
            between = doc[child.i + 1 : clause.left_edge.i]
            if any(t.text == ":" or "\n" in t.text for t in between):
                return None  # `made the following comment:` introduces what follows
            return child.left_edge
    return None


_RELATIVE_WORDS = lexicon.RELATIVE_PRONOUNS | lexicon.words("what")


def after_relative_cue(verb: Token, clause: Token, content: Span) -> Span:
    """`a wall, which he said Mexico should pay for`: the parse hangs the relative word on
    the reported clause, before the cue; what was said begins after the cue."""
    if not RELATIVE_REPORT.on or not clause.left_edge.i < verb.i < clause.i:
        return content
    before = [t for t in clause.subtree if t.i < verb.i]
    if not all(t.lower_ in _RELATIVE_WORDS for t in before):
        return content
    first = next(t for t in clause.subtree if t.i > verb.i)
    return Span(first.idx, content.end) if first.idx < content.end else content


def without_own_conjunct(verb: Token, clause: Token, content: Span) -> Span:
    """`She said she admires his determination and highlighted ...`: a conjoined verb with
    no subject, in the cue's tense rather than the clause's, is the speaker's next act."""
    if not NEXT_ACT.on:
        return content
    for conjunct in clause.children:
        if conjunct.dep_ != "conj" or conjunct.pos_ != "VERB" or conjunct.i < clause.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
            continue
        if conjunct.tag_ != verb.tag_ or conjunct.tag_ == clause.tag_:
            continue
        doc = verb.doc
        last = conjunct.left_edge.i - 1
        while last > clause.i and (doc[last].dep_ == "cc" or doc[last].is_punct):
            last -= 1
        end = doc[last].idx + len(doc[last].text)
        if content.start < end < content.end:
            return Span(content.start, end)
    return content


def misread_clause(candidate: tuple[Token, str], word: Token) -> tuple[Token, str]:
    """`He said legalizing it could put ...`: 'say' takes no infinitive or gerund of its
    own, so an xcomp under it is the parser's reading of a clause."""
    dependent, relation = candidate
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in dependent.children)
    if (
        MISREAD_CLAUSE.on
        and relation == "xcomp"
        and word.lemma_.lower() == "say"
        and word.tag_ != "VBN"
    ):
        return (dependent, relation) if infinitive else (dependent, "ccomp")
    return candidate
