"""Find quoted stretches of text from the quotation marks alone.

Works paragraph by paragraph, so one stray mark costs at most its paragraph,
never the article (textacy gives up on the whole document). Knows curly,
straight, guillemet and low-9 marks, the archive convention of two
apostrophes (''...''), single quotes told apart from apostrophes, and a quote
left open at a paragraph's end that reopens in the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from quoteapp.extract import lexicon
from quoteapp.extract.rules.marks import (
    AP_CLOSING_MARK,
    APOSTROPHE_IN_WORD,
    ELISION,
    NO_WORDS,
    RUNS_ON,
)
from quoteapp.extract.rules.quotations import MENTIONED_WORDS
from quoteapp.model import Span

# `’’` closes a quotation in AP copy (`"We will appeal,’’ the lawyer said.`)
_MARK = re.compile(r"''|``|’’|[\"“”„‟«»‘’'‚‹›]")
_DOUBLE_OPEN = {"“", "„", "‟", "«", "``"}
_DOUBLE_CLOSE = {"”", "»", "’’"}
_DOUBLE_EITHER = {'"', "''"}
_SINGLE_OPEN = {"‘", "‚", "‹"}
_SINGLE_CLOSE = {"’", "›"}
_SINGLE_EITHER = {"'"}
_OPENING_CONTEXT = set(" \t\n\xa0([{—–-/:")
_CLOSING_CONTEXT = set(" \t\n\xa0)]}—–-/,.;:!?…")
_WORDY = re.compile(r"\w")
_LETTER = re.compile(r"[^\W\d_]")


class Role(Enum):
    OPEN = "open"
    CLOSE = "close"


@dataclass(frozen=True)
class Quoted:
    """Text between quotation marks; `close` is None when it runs on to the next paragraph."""

    open: Span
    close: Span | None
    inner: Span
    double: bool

    @property
    def outer(self) -> Span:
        return Span(self.open.start, self.close.end if self.close else self.inner.end)


@dataclass(frozen=True)
class _Mark:
    span: Span
    double: bool
    role: Role | None  # None: context must decide


def paragraphs(text: str) -> Iterator[Span]:
    """Each non-blank line is a paragraph; offsets exclude the line break."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            yield Span(start, end)
        start = end + 1


def quoted_spans(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    paras = list(paragraphs(text))
    for index, para in enumerate(paras):
        following = paras[index + 1] if index + 1 < len(paras) else None
        reopens = RUNS_ON.on and following is not None and _opens_with_quote(text, following)
        found.extend(_scan(text, para, reopens))
    return found


def _opens_with_quote(text: str, para: Span) -> bool:
    first = _MARK.match(text, para.start)
    if first is None:
        return False
    mark = _classify(text, first.start(), first.end())
    return mark is not None and mark.double and mark.role is not Role.CLOSE


def _scan(text: str, para: Span, next_reopens: bool) -> list[Quoted]:
    found: list[Quoted] = []
    open_double: _Mark | None = None
    open_single: _Mark | None = None
    for match in _MARK.finditer(text, para.start, para.end):
        mark = _classify(text, match.start(), match.end())
        if mark is None:
            continue
        if mark.double:
            if open_double is None:
                if mark.role is not Role.CLOSE:
                    open_double, open_single = mark, None
            elif mark.role is not Role.OPEN or _looks_closing(text, mark.span):
                found.extend(_pair(open_double, mark, text))
                open_double, open_single = None, None
            else:
                open_double, open_single = mark, None  # the earlier mark was stray
        elif open_single is None:
            if mark.role is Role.OPEN:
                open_single = mark
        elif mark.role is Role.CLOSE:
            if open_double is None or open_double.span.end <= open_single.span.start:
                found.extend(_pair(open_single, mark, text))
            open_single = None
    if open_double is not None and RUNS_ON.on:
        runs_on = next_reopens or _starts_statement(text, para, open_double.span)
        if runs_on:
            inner = Span(open_double.span.end, para.end)
            if _WORDY.search(inner.of(text)):
                found.append(Quoted(open_double.span, None, inner, True))
    return sorted(found, key=lambda q: q.open.start)


def _pair(opening: _Mark, closing: _Mark, text: str) -> list[Quoted]:
    inner = Span(opening.span.end, closing.span.start)
    words = inner.of(text)
    if NO_WORDS.on and (len(_WORDY.findall(words)) < 2 or not _LETTER.search(words)):
        return []  # 'n', a lone letter, a number or bare punctuation is no quotation
    return [Quoted(opening.span, closing.span, inner, opening.double)]


def _starts_statement(text: str, para: Span, mark: Span) -> bool:
    """An unclosed quote that opens its paragraph, or follows a colon, runs to its end."""
    before = text[para.start : mark.start].rstrip()
    return not before or before.endswith(":")


def _classify(text: str, start: int, end: int) -> _Mark | None:
    token = text[start:end]
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    span = Span(start, end)
    if token in _DOUBLE_OPEN:
        return _Mark(span, True, Role.OPEN)
    if token == "’’" and not AP_CLOSING_MARK.on:
        return None
    if token in _DOUBLE_CLOSE:
        return _Mark(span, True, Role.CLOSE)
    if token in _DOUBLE_EITHER:
        return _Mark(span, True, _contextual_role(before, after))
    if APOSTROPHE_IN_WORD.on and before.isalnum() and after.isalpha():
        return None  # an apostrophe inside a word: Putin‘s, O'Brien, isn’t
    if token in _SINGLE_CLOSE or token in _SINGLE_EITHER:
        if ELISION.on and before in _OPENING_CONTEXT and after.isdigit():
            return None  # elision: ’90s
        # a closing mark after a plural (the Kurds’ aspirations) closes nothing when no single
        # quotation is open, which `_scan` already ignores
        role = Role.CLOSE if token in _SINGLE_CLOSE else _contextual_role(before, after)
        return _Mark(span, False, role) if role else None
    if token in _SINGLE_OPEN:
        return _Mark(span, False, Role.OPEN) if not after.isspace() else None
    return None


def _contextual_role(before: str, after: str) -> Role | None:
    if before in _OPENING_CONTEXT and after not in _CLOSING_CONTEXT - {"-", "—", "–"}:
        return Role.OPEN
    if after in _CLOSING_CONTEXT and before not in " \t\n\xa0":
        return Role.CLOSE
    return None


def _looks_closing(text: str, span: Span) -> bool:
    after = text[span.end] if span.end < len(text) else "\n"
    before = text[span.start - 1] if span.start > 0 else "\n"
    return after in _CLOSING_CONTEXT and not before.isspace()


_LAST_WORD = re.compile(r"([\w-]+)[\s,:]*$")


def mentions_words(text: str, quoted: Quoted) -> bool:
    """`the term "three amigos"`, `the so-called "war on coal"`: words named as words,
    a term rather than anyone's speech."""
    if not MENTIONED_WORDS.on:
        return False
    last = _LAST_WORD.search(text[max(0, quoted.open.start - 40) : quoted.open.start])
    return last is not None and last.group(1).lower() in lexicon.TERM_NOUNS


def looks_like_title(words: str) -> bool:
    """`"All Bets Are Off"`, `the "Commander-in-Chief" forum`: a title or name in quotes."""
    significant = [w for w in words.split() if len(w) > 3]
    return bool(significant) and all(w[0].isupper() for w in significant)
