"""The scoring of EVAL.md, exactly.

Units are content parts cut at line breaks and trimmed; a unit holding quoted
text may also be stood for by each quoted run inside it. Gold and predicted
units are matched one to one, best character Jaccard first, at >= 0.5.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from quoteapp.evaluate.gold import GoldArticle, ScoredQuote
from quoteapp.model import Span

TRIMMED = set("\"'“”‘’«»„,.;:!?—- ") | {"\n", "\t", "\r", "\xa0"}
MIN_OVERLAP = 0.5
GROUPS = {"quoted": ("direct", "partial"), "indirect": ("indirect",)}
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "we",
        "us",
        "our",
        "they",
        "them",
        "their",
        "who",
        "whom",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
    ]
)
_QUOTED_RUN = re.compile(
    r"“([^”\n]+)”|\"([^\"\n]+)\"|''(.+?)''|«([^»\n]+)»|„([^“”\n]+)[“”]|``(.+?)''"
)


@dataclass(frozen=True)
class Unit:
    span: Span  # trimmed
    candidates: tuple[Span, ...]
    quote: ScoredQuote


@dataclass
class Pair:
    gold: Unit
    predicted: Unit
    overlap: float
    exact: bool
    speaker_right: bool


@dataclass
class GroupCounts:
    """Counts for one group over many articles, and the pairs behind them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_right: int = 0
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    matched_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, Unit]] = field(default_factory=list)
    false: list[tuple[str, Unit]] = field(default_factory=list)
    wrong_speakers: list[tuple[str, Pair]] = field(default_factory=list)

    def scores(self) -> dict[str, float | int | None]:
        def f1(hits: int) -> float:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return 2 * p * r / (p + r) if p + r else 0.0

        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": self.matched / self.predicted if self.predicted else 0.0,
            "recall": self.matched / self.gold if self.gold else 0.0,
            "f1": f1(self.matched),
            "exact_f1": f1(self.exact),
            "speaker_accuracy": self.speaker_right / self.matched if self.matched else None,
            "end_to_end_f1": f1(self.speaker_right),
            "recall_by_kind": {
                kind: self.matched_by_kind[kind] / total
                for kind, total in sorted(self.gold_by_kind.items())
                if total
            },
        }


def trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start] in TRIMMED:
        start += 1
    while end > start and text[end - 1] in TRIMMED:
        end -= 1
    return Span(start, end) if end > start else None


def units(text: str, quote: ScoredQuote) -> list[Unit]:
    found = []
    for part in quote.parts:
        start = part.start
        for piece in text[part.start : part.end].split("\n"):
            untrimmed = Span(start, start + len(piece))
            trimmed = trim(text, untrimmed)
            start += len(piece) + 1
            if trimmed is None:
                continue
            runs = [r for r in _quoted_runs(text, untrimmed) if r != trimmed]
            found.append(Unit(trimmed, (trimmed, *runs), quote))
    return found


def _quoted_runs(text: str, span: Span) -> Iterable[Span]:
    for match in _QUOTED_RUN.finditer(text, span.start, span.end):
        group = next(i for i in range(1, match.re.groups + 1) if match.group(i) is not None)
        run = trim(text, Span(match.start(group), match.end(group)))
        if run is not None:
            yield run


def jaccard(a: Span, b: Span) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0
    return shared / (max(a.end, b.end) - min(a.start, b.start))


def overlap(gold: Unit, predicted: Unit) -> float:
    return max(jaccard(g, p) for g in gold.candidates for p in predicted.candidates)


def _whole_words(needle: str, haystack: str) -> bool:
    needle = " ".join(needle.split())
    if not needle:
        return False
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.search(pattern, " ".join(haystack.split()), re.IGNORECASE) is not None


def speaker_right(gold: ScoredQuote, predicted: ScoredQuote) -> bool:
    if gold.speaker is None and gold.speaker_span is None:
        return predicted.speaker is None and predicted.speaker_span is None
    if (
        gold.speaker_span
        and predicted.speaker_span
        and gold.speaker_span.overlaps(predicted.speaker_span)
    ):
        return True
    name = predicted.speaker or ""
    gold_names = [n for n in (gold.speaker, *gold.aliases) if n]
    if name and any(_whole_words(g, name) for g in gold_names):
        return True
    letters = sum(c.isalpha() for c in name)
    return (
        letters >= 4
        and name.lower().strip() not in PRONOUNS
        and any(_whole_words(name, g) for g in gold_names)
    )


def score_article(
    article: GoldArticle, predicted: Iterable[ScoredQuote], totals: dict[str, GroupCounts]
) -> None:
    """Match one article's predictions to its gold and add the counts to `totals`."""
    predicted = list(predicted)
    for group, kinds in GROUPS.items():
        gold_units = [u for q in article.quotes if q.kind in kinds for u in units(article.text, q)]
        wanted = [q for q in predicted if (q.kind == "indirect") == (group == "indirect")]
        pred_units = [u for q in wanted for u in units(article.text, q)]
        _match(article, gold_units, pred_units, totals.setdefault(group, GroupCounts()))


def _match(
    article: GoldArticle, gold: list[Unit], predicted: list[Unit], counts: GroupCounts
) -> None:
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if g.span.overlaps(p.span):  # candidates lie inside their unit
                value = overlap(g, p)
                if value >= MIN_OVERLAP:
                    candidates.append((value, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    gold_taken: dict[int, int] = {}
    pred_taken: set[int] = set()
    for value, i, j in candidates:
        if i in gold_taken or j in pred_taken:
            continue
        gold_taken[i] = j
        pred_taken.add(j)
        g, p = gold[i], predicted[j]
        if g.quote.optional:
            continue
        pair = Pair(g, p, value, g.span == p.span, speaker_right(g.quote, p.quote))
        counts.matched += 1
        counts.exact += pair.exact
        counts.speaker_right += pair.speaker_right
        counts.matched_by_kind[g.quote.kind] += 1
        if not pair.speaker_right:
            counts.wrong_speakers.append((article.id, pair))
    optional_taken = {
        gold_taken[i] for i, g in enumerate(gold) if i in gold_taken and g.quote.optional
    }
    for i, g in enumerate(gold):
        if g.quote.optional:
            continue
        counts.gold += 1
        counts.gold_by_kind[g.quote.kind] += 1
        if i not in gold_taken:
            counts.misses.append((article.id, g))
    for j, p in enumerate(predicted):
        if j in optional_taken:
            continue
        counts.predicted += 1
        if j not in pred_taken:
            counts.false.append((article.id, p))


def score(
    articles: Iterable[GoldArticle], predictions: dict[str, tuple[ScoredQuote, ...]]
) -> dict[str, GroupCounts]:
    totals: dict[str, GroupCounts] = {group: GroupCounts() for group in GROUPS}
    for article in articles:
        score_article(article, predictions.get(article.id, ()), totals)
    return totals
