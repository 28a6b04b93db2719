"""Where what was said ends: at the parse's clause, or at the sentence's end.

The parse gives a reported clause its subtree, and often hangs what follows it
elsewhere: `said one shooting may have more than one victim, so thousands of
victims does not mean thousands of shootings`, `vowed not to repeat that
mistake and established a policy ...`. Whether the rest of the sentence is still
what was said is a choice learned from polnear-train's speech view
(`quoteapp.evaluate.runs_on`, run by `make train`): a logistic regression over
the words at the join, where the rest hangs in the parse and how long it is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from quoteapp.extract import lexicon
from quoteapp.extract.rules.contents import RELATIVE_REPORT
from quoteapp.extract.rules.speech import RUNS_ON_TO_SENTENCE_END
from quoteapp.extract.span_index import SpanIndex, areas
from quoteapp.extract.syntax import is_aside
from quoteapp.extract.text import sentence_of, text_of
from quoteapp.model import Kind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MODEL_PATH = Path(__file__).parent / "data" / "runs_on.json"

# What the rest of a sentence may hold and still be what was said: no full stop inside it.
_EDGE = frozenset(" ,.;:\"'“”‘’\n\t-—")
# Words at the join kept as words; any other word is seen by its part of speech.
_JOIN_WORDS = lexicon.words(
    "which who that and but so ; -- — ( : including according while as because although "
    "though since when where after before with if or not said says adding saying"
)
_SAYING = lexicon.words("say tell add note according claim argue insist explain write")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Longer than any rest of a sentence a content ran on to in polnear-train's speech view.
MAX_REST_TOKENS = 60
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


class QuoteLike(Protocol):
    @property
    def parts(self) -> tuple[Span, ...]: ...
    @property
    def kind(self) -> Kind: ...
    @property
    def cue(self) -> Span | None: ...


@dataclass(frozen=True)
class RunOn:
    """One indirect quote's content, and the same content run on to its sentence's end."""

    index: int  # the quote's place in the list it came from
    content: Span
    extended: Span
    features: dict[str, float]


def run_ons(
    doc: Doc, quotes: Sequence[QuoteLike], quoted_areas: SpanIndex[Span]
) -> Iterator[RunOn]:
    """Each indirect quote whose sentence goes on after its content with nothing in the way:
    no quotation marks, no other quote's words and no other cue."""
    text = text_of(doc)
    taken = areas([*(p for q in quotes for p in q.parts), *(q.cue for q in quotes if q.cue)])
    for n, quote in enumerate(quotes):
        if quote.kind is not Kind.INDIRECT or len(quote.parts) != 1:
            continue
        content = quote.parts[0]
        if quote.cue is not None and quote.cue.start >= content.end:
            continue  # `..., Graham said, since ...`: the rest lies beyond the cue
        if _in_relative_clause(doc, quote.cue):
            continue  # `The changes, which officials said will ..., will not`: the rest is not
        words = doc.char_span(content.start, content.end, alignment_mode="expand")
        if words is None or not len(words):
            continue
        sentence = sentence_of(words[-1])
        if sentence.end - words.end > MAX_REST_TOKENS:
            continue  # a run-on text of one endless sentence: no clause goes on that far
        end = sentence.end_char
        while end > content.end and text[end - 1] in _EDGE:
            end -= 1
        rest = [t for t in doc[words.end : sentence.end] if not t.is_space]
        if end <= content.end + 1 or not any(t.is_alpha for t in rest):
            continue
        extended = Span(content.start, end)
        after = Span(content.end, end)
        if "\n" in after.of(text) or _ACCORDING.search(after.of(text)):
            # a headline with no full stop makes one sentence with the next line;
            # `, according to a group of employees` says who said it, not what
            continue
        if quoted_areas.overlapping(after) or any(t != content for t in taken.overlapping(after)):
            continue
        if _about_the_saying(rest, words, quote.cue):
            continue
        yield RunOn(n, content, extended, features(words, rest, quote.cue))


def _in_relative_clause(doc: Doc, cue: Span | None) -> bool:
    """The cue modifies a noun: the sentence's rest is its main clause, not what was said."""
    if not RELATIVE_REPORT.on or cue is None:
        return False
    words = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return words is not None and any(t.dep_ == "relcl" for t in words)


_OF_THE_SAYING = frozenset({"prep", "npadvmod", "advmod", "agent", "punct"})


def _about_the_saying(rest: list[Token], words: SpacySpan, cue: Span | None) -> bool:
    """What the content rules cut stays cut: an aside after a comma (`, after meeting
    Erdogan`), and when, where or how it was said (`during the hearing`)."""
    roots = [t for t in rest if not rest[0].i <= t.head.i <= rest[-1].i or t.head == t]
    if rest[0].text in (",", "—", "--", "–") and any(is_aside(t) for t in roots):
        return True
    if cue is None:
        return False
    on_cue = [t for t in roots if cue.start <= t.head.idx < cue.end]
    return (
        bool(on_cue) and len(on_cue) == len(roots) and all(t.dep_ in _OF_THE_SAYING for t in on_cue)
    )


def _word(token: Token) -> str:
    return token.lower_ if token.lower_ in _JOIN_WORDS or token.is_punct else token.pos_


def _where(token: Token, content: Span, cue: Span | None, rest_end: int) -> str:
    if cue is not None and cue.start <= token.idx < cue.end:
        return "cue"
    if content.start <= token.idx < content.end:
        return "content"
    return "rest" if content.end <= token.idx < rest_end else "before"


def features(words: SpacySpan, rest: list[Token], cue: Span | None) -> dict[str, float]:
    """What the model sees at the join: the first words after the content, how the rest of
    the sentence hangs in the parse (on the content, the cue or a root of its own), whether
    it has a subject and a finite verb of its own, and how long each side is."""
    first, last = words[0], words[-1]
    content = Span(first.idx, last.idx + len(last.text))
    rest_end = rest[-1].idx + len(rest[-1].text)
    found: dict[str, float] = {f"first={_word(rest[0])}": 1.0}
    if len(rest) > 1:
        found[f"second={_word(rest[1])}"] = 1.0
        found[f"first_two={_word(rest[0])}_{_word(rest[1])}"] = 1.0
    word = next((t for t in rest if not t.is_punct), rest[0])
    found[f"first_word_dep={word.dep_}"] = 1.0
    found[f"first_word_head={_where(word.head, content, cue, rest_end)}"] = 1.0
    roots = [t for t in rest if t.head == t or not content.end <= t.head.idx < rest_end]
    for root in roots:
        found[f"root={root.dep_}_{_where(root.head, content, cue, rest_end)}"] = 1.0
    found[f"roots={min(len(roots), 4)}"] = 1.0
    plain = [t for t in rest if not t.is_punct]
    found[f"rest_words={min(int(math.log2(len(plain) + 1)), 5)}"] = 1.0
    found[f"content_words={min(int(math.log2(len(words) + 1)), 6)}"] = 1.0
    found["rest_finite"] = float(any(t.tag_ in _FINITE for t in rest))
    found["rest_saying"] = float(any(t.lemma_.lower() in _SAYING for t in rest))
    found[f"content_last={last.pos_}"] = 1.0
    cue_words = None if cue is None else last.doc.char_span(cue.start, cue.end, "expand")
    if cue_words is not None and len(cue_words):
        found[f"cue={cue_words[0].lemma_.lower()}"] = 1.0
    return found


@cache
def _model() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def probability(run_on: RunOn) -> float | None:
    """How likely the rest of the sentence is still what was said (None without a model)."""
    model = _model()
    if model is None:
        return None
    weights = model["weights"]
    score = model["intercept"] + sum(weights.get(k, 0.0) * v for k, v in run_on.features.items())
    return 1.0 / (1.0 + math.exp(-score))


def runs_on(
    doc: Doc, quotes: Sequence[QuoteLike], quoted_areas: SpanIndex[Span]
) -> dict[int, Span]:
    """The quotes (by place) whose content runs on to the sentence's end, and that end."""
    if not RUNS_ON_TO_SENTENCE_END.on:
        return {}
    least = RUNS_ON_TO_SENTENCE_END.constant("probability")
    chosen = {}
    for run_on in run_ons(doc, quotes, quoted_areas):
        p = probability(run_on)
        if p is not None and p >= least:
            chosen[run_on.index] = run_on.extended
    return chosen
