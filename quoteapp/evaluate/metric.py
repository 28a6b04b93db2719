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
from typing import Any

from quoteapp.evaluate.gold import GoldArticle, ScoredQuote
from quoteapp.model import Span

# What a unit is trimmed of at both ends (EVAL.md step 1, as score.py writes it).
TRIMMED = frozenset("\"'“”‘’«»„‚ \n\t,.;:!?—-")
MIN_OVERLAP = 0.5
GROUPS = {"quoted": ("direct", "partial"), "indirect": ("indirect",)}
# A predicted name that is only a pronoun names nobody.
PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their"}
)
# Double quotation marks per paragraph: openers, closers, and marks that do both (the
# archive convention's two apostrophes among them); single quotes as ‘...’ only.
_DOUBLE_MARK = re.compile("``|''|[“„«”»\"‟]")
_DOUBLE_OPENS = frozenset({"``", "“", "„", "«"})
_DOUBLE_CLOSES = frozenset({"”", "»"})
_SINGLE_RUN = re.compile("‘[^‘]*?’(?![A-Za-z])")


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
    name_right: bool


@dataclass
class GroupCounts:
    """Counts for one group over many articles, and the pairs behind them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_right: int = 0
    name_right: int = 0
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    matched_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, Unit]] = field(default_factory=list)
    false: list[tuple[str, Unit]] = field(default_factory=list)
    wrong_speakers: list[tuple[str, Pair]] = field(default_factory=list)
    # (confidence, right end to end) for every scored prediction that states a confidence
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    # (predicted quote, right end to end) for every scored predicted unit: what a
    # confidence model learns from
    outcomes: list[tuple[ScoredQuote, bool]] = field(default_factory=list)

    def scores(self) -> dict[str, Any]:
        """Figures by name: counts, rates (None where undefined) and recall by gold kind."""

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
            "name_accuracy": self.name_right / self.matched if self.matched else None,
            "name_end_to_end_f1": f1(self.name_right),
            "confidence_auc": confidence_auc(self.confidences),
            "confidence_ece": calibration_error(self.confidences),
            "recall_by_kind": {
                kind: self.matched_by_kind[kind] / total
                for kind, total in sorted(self.gold_by_kind.items())
                if total
            },
        }


def confidence_auc(scored: list[tuple[float, bool]]) -> float | None:
    """ROC AUC of the confidence for telling right predictions from wrong ones (ties share
    their average rank); None unless there are both."""
    right = sum(ok for _, ok in scored)
    wrong = len(scored) - right
    if not right or not wrong:
        return None
    ranked = sorted(scored, key=lambda s: s[0])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        average = (i + j) / 2 + 1
        rank_sum += average * sum(ok for _, ok in ranked[i : j + 1])
        i = j + 1
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)


def calibration_error(scored: list[tuple[float, bool]], bins: int = 10) -> float | None:
    """Expected calibration error over ten bins: how far confidence is from the share right."""
    if not scored:
        return None
    error = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in scored if low <= c < high or (b == bins - 1 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            share = sum(ok for _, ok in inside) / len(inside)
            error += len(inside) / len(scored) * abs(mean - share)
    return error


def trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start] in TRIMMED:
        start += 1
    while end > start and text[end - 1] in TRIMMED:
        end -= 1
    return Span(start, end) if end > start else None


def quoted_mask(text: str) -> list[bool]:
    """For every character, whether it lies inside quotation marks: double marks paired
    within a paragraph (one left open runs to its end), and ‘single’ quotes."""
    mask = [False] * len(text)
    offset = 0
    for paragraph in text.split("\n"):
        opened: int | None = None
        for match in _DOUBLE_MARK.finditer(paragraph):
            mark = match.group(0)
            if opened is None and mark not in _DOUBLE_CLOSES:
                opened = match.start()
            elif opened is not None and mark not in _DOUBLE_OPENS:
                mask[offset + opened : offset + match.end()] = [True] * (match.end() - opened)
                opened = None
        if opened is not None:
            mask[offset + opened : offset + len(paragraph)] = [True] * (len(paragraph) - opened)
        for match in _SINGLE_RUN.finditer(paragraph):
            mask[offset + match.start() : offset + match.end()] = [True] * len(match.group(0))
        offset += len(paragraph) + 1
    return mask


def _quoted_runs(text: str, mask: list[bool], span: Span) -> list[Span]:
    """The stretches of quoted text inside a unit, each trimmed, of two characters or more."""
    runs: list[Span] = []
    start: int | None = None
    for i in range(span.start, span.end + 1):
        inside = i < span.end and mask[i]
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            run = trim(text, Span(start, i))
            if run is not None and len(run) >= 2:
                runs.append(run)
            start = None
    return runs


def units(text: str, quote: ScoredQuote, mask: list[bool] | None = None) -> list[Unit]:
    """A quote's scored units: its parts cut at line breaks and trimmed, each with the
    quoted runs inside it as other spans that may stand for it."""
    mask = quoted_mask(text) if mask is None else mask
    found = []
    for part in quote.parts:
        start = part.start
        for piece in text[part.start : part.end].split("\n"):
            untrimmed = Span(start, start + len(piece))
            start += len(piece) + 1
            trimmed = trim(text, untrimmed)
            if trimmed is None:
                continue
            found.append(Unit(trimmed, (trimmed, *_quoted_runs(text, mask, trimmed)), quote))
    return found


def jaccard(a: Span, b: Span) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0
    return shared / (max(a.end, b.end) - min(a.start, b.start))


def overlap(gold: Unit, predicted: Unit) -> float:
    return max(jaccard(g, p) for g in gold.candidates for p in predicted.candidates)


def _normal(name: str | None) -> str:
    """A name as compared: lower case, words and apostrophes only, no leading 'the'."""
    name = (name or "").lower().replace("’", "'")
    name = re.sub(r"[^\w' ]+", " ", name)
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"^the ", "", name)


def _has_words(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(r"\b" + re.escape(needle) + r"\b", haystack) is not None


def speaker_right(gold: ScoredQuote, predicted: ScoredQuote, by_mention: bool = True) -> bool:
    """EVAL.md step 6: the mention overlaps the gold one, or the names agree by whole words.

    Without `by_mention` it is step 7, name accuracy: the name alone decides.
    """
    if not gold.speaker and not (by_mention and gold.speaker_span):
        return not predicted.speaker  # no source: right only when left without speaker
    if (
        by_mention
        and gold.speaker_span
        and predicted.speaker_span
        and gold.speaker_span.overlaps(predicted.speaker_span)
    ):
        return True
    name = _normal(predicted.speaker)
    if not name or name in PRONOUNS:
        return False
    gold_names = [n for n in (_normal(n) for n in (gold.speaker, *(gold.aliases or ()))) if n]
    gold_names = [n for n in gold_names if n not in PRONOUNS]
    if any(_has_words(name, g) for g in gold_names):
        return True
    return bool(gold_names) and len(name) >= 4 and _has_words(gold_names[0], name)


def name_right(gold: ScoredQuote, predicted: ScoredQuote) -> bool:
    return speaker_right(gold, predicted, by_mention=False)


def score_article(
    article: GoldArticle, predicted: Iterable[ScoredQuote], totals: dict[str, GroupCounts]
) -> None:
    """Match one article's predictions to its gold and add the counts to `totals`."""
    mask = quoted_mask(article.text)
    gold_units = [u for q in article.quotes for u in units(article.text, q, mask)]
    optional = [u for u in gold_units if u.quote.optional]
    predicted_units = [u for q in predicted for u in units(article.text, q, mask)]
    for group in GROUPS:
        indirect = group == "indirect"
        required = [
            u
            for u in gold_units
            if not u.quote.optional and (u.quote.kind == "indirect") == indirect
        ]
        wanted = [u for u in predicted_units if (u.quote.kind == "indirect") == indirect]
        # optional gold of either group joins the matching; what it takes counts neither way
        _match(article, required, optional, wanted, totals.setdefault(group, GroupCounts()))


def _match(
    article: GoldArticle,
    required: list[Unit],
    optional: list[Unit],
    predicted: list[Unit],
    counts: GroupCounts,
) -> None:
    gold = required + optional
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if g.span.overlaps(p.span):  # candidates lie inside their unit
                value = overlap(g, p)
                if value >= MIN_OVERLAP:
                    candidates.append((value, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    gold_taken: set[int] = set()
    pred_taken: dict[int, Pair | None] = {}  # None: taken by optional gold
    for value, i, j in candidates:
        if i in gold_taken or j in pred_taken:
            continue
        gold_taken.add(i)
        g, p = gold[i], predicted[j]
        if i >= len(required):
            pred_taken[j] = None
            continue
        pair = Pair(
            g,
            p,
            value,
            g.span == p.span,
            speaker_right(g.quote, p.quote),
            name_right(g.quote, p.quote),
        )
        pred_taken[j] = pair
        counts.matched += 1
        counts.exact += pair.exact
        counts.speaker_right += pair.speaker_right
        counts.name_right += pair.name_right
        counts.matched_by_kind[g.quote.kind] += 1
        if not pair.speaker_right:
            counts.wrong_speakers.append((article.id, pair))
    for i, g in enumerate(required):
        counts.gold += 1
        counts.gold_by_kind[g.quote.kind] += 1
        if i not in gold_taken:
            counts.misses.append((article.id, g))
    for j, p in enumerate(predicted):
        if j in pred_taken and pred_taken[j] is None:
            continue
        counts.predicted += 1
        taken = pred_taken.get(j)
        if taken is None:
            counts.false.append((article.id, p))
        # right end to end: by name where the gold names speakers canonically
        right = taken is not None and (
            taken.name_right if taken.gold.quote.aliases is not None else taken.speaker_right
        )
        counts.outcomes.append((p.quote, right))
        if p.quote.confidence is not None:
            counts.confidences.append((p.quote.confidence, right))


def score(
    articles: Iterable[GoldArticle], predictions: dict[str, tuple[ScoredQuote, ...]]
) -> dict[str, GroupCounts]:
    totals: dict[str, GroupCounts] = {group: GroupCounts() for group in GROUPS}
    for article in articles:
        score_article(article, predictions.get(article.id, ()), totals)
    return totals
