"""Word-shingle precision and recall, the scoring of the article-extraction benchmark.

Each page gets (tp, fp, fn) over 4-word shingles, normalised so long pages do
not weigh more; precision and recall are averaged over pages, F1 from those.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    expected, found = shingles(truth), shingles(predicted)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pages: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean(_precision(*p) for p in pages if p[0] + p[1] > 0)
    recall = statistics.mean(_recall(*p) for p in pages if p[0] + p[2] > 0)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
    }
