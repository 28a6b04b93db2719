"""A confidence that ranks: one learned, calibrated model over what extraction knows.

The rules give each quote a confidence that is a constant per rule (or the
attribution classifier's probability). Boosted trees over that value, the
kind, the cue, how the speaker was reached, where its mention stands and the
quote's length and edges, fitted on polnear-train's reported-speech view and
calibrated per group with isotonic regression (`quoteapp.evaluate.calibration`,
run by `make train`), turn it into the chance that the quote is right end to
end: 0.8 means right eight times in ten.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import cache
from pathlib import Path

from quoteapp.extract.marks import looks_like_title, quoted_spans
from quoteapp.extract.rules.speech import LEARNED_CONFIDENCE
from quoteapp.model import ExtractedQuote

MODEL_PATH = Path(__file__).parent / "data" / "confidence.json"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})


def features(quote: ExtractedQuote, text: str) -> dict[str, float]:
    """What the model sees of a quote: the rule's confidence, kind, cue, speaker evidence,
    where its speaker's mention stands and what lies just outside its words."""
    group = "indirect" if str(quote.kind) == "indirect" else "quoted"
    cue = quote.cue.of(text).lower() if quote.cue else "-"
    evidence = quote.evidence
    if " → " in evidence:
        reached = "pronoun" if evidence.split(" → ")[0].lower() in _PRONOUNS else "described"
    else:
        reached = evidence[:20]
    return {
        f"group={group}": 1.0,
        f"kind={quote.kind}": 1.0,
        f"how={reached}": 1.0,
        "conf": quote.confidence,
        f"conf_bin={round(quote.confidence, 1)}": 1.0,
        "speaker": 1.0 if quote.speaker else 0.0,
        "logwords": math.log1p(len(quote.text(text).split())),
        "parts": float(len(quote.parts)),
        f"cue={cue}": 1.0,
        f"kind_cue={quote.kind}{cue}": 1.0,
        "nocue": 1.0 if quote.cue is None else 0.0,
        **_speaker_features(quote, text, group),
        **_edge_features(quote, text, group),
        **_marked_features(quote, text),
    }


def _marked_features(quote: ExtractedQuote, text: str) -> dict[str, float]:
    """How much of a partial quote is in marks: a word or two in marks inside a long
    paraphrase is more often a scare quote or a title than the source's own words."""
    if str(quote.kind) != "partial":
        return {}
    content = quote.text(text)
    marked = [q.inner.of(content) for q in quoted_spans(content)]
    inside = sum(len(m.split()) for m in marked)
    share = inside / max(1, len(content.split()))
    longest = max(marked, key=len, default="")
    return {
        f"marked_words={min(int(math.log2(1 + inside)), 5)}": 1.0,
        f"marked_share={min(int(share * 4), 3)}": 1.0,
        f"marked_title={looks_like_title(longest)}": 1.0,
    }


def _speaker_features(quote: ExtractedQuote, text: str, group: str) -> dict[str, float]:
    """Where the speaker's mention stands and what the name looks like: most wrong quoted
    speech is a wrong speaker, far from the quote, across a paragraph break, or one word."""
    found: dict[str, float] = {}
    start, end = quote.parts[0].start, quote.parts[-1].end
    mention = quote.mention
    if mention is not None:
        if mention.start >= end:
            gap = mention.start - end
        elif mention.end <= start:
            gap = start - mention.end
        else:
            gap = 0
        found[f"mention_gap={min(int(math.log2(1 + gap)), 10)}|{group}"] = 1.0
        between = text[min(mention.start, start) : max(mention.end, end)]
        same_paragraph = "\n" not in between
        found[f"mention_same_paragraph={same_paragraph}|{group}"] = 1.0
    name = quote.speaker or ""
    found[f"name_words={min(len(name.split()), 3)}|{group}"] = 1.0
    found[f"name_capital={name[:1].isupper()}|{group}"] = 1.0
    return found


_EDGE_MARKS = frozenset(".,;:?!—-(")


def _edge(char: str) -> str:
    if char in ("", "\n"):
        return "break"
    return char if char in _EDGE_MARKS else "word"


def _edge_features(quote: ExtractedQuote, text: str, group: str) -> dict[str, float]:
    """What stands just outside the words: a content cut short ends before a word or a
    comma, one whole ends at a full stop or a break."""
    start, end = quote.parts[0].start, quote.parts[-1].end
    after = text[end : end + 3].lstrip(" ”’\"'")[:1]
    before = text[max(0, start - 3) : start].rstrip(" “‘\"'")[-1:]
    words_before = text[max(0, start - 12) : start].lower().split()
    return {
        f"after={_edge(after)}|{group}": 1.0,
        f"before={_edge(before)}|{group}": 1.0,
        f"starts_upper={text[start : start + 1].isupper()}|{group}": 1.0,
        f"after_that={bool(words_before) and words_before[-1] == 'that'}|{group}": 1.0,
    }


@cache
def _model() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def _interpolate(points: list[list[float]], x: float) -> float:
    """The isotonic map: piecewise linear through its fitted points, flat beyond them."""
    xs = [p[0] for p in points]
    n = bisect_right(xs, x)
    if n == 0:
        return points[0][1]
    if n == len(points):
        return points[-1][1]
    (x0, y0), (x1, y1) = points[n - 1], points[n]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def raw_score(model: dict, found: dict[str, float]) -> float:
    """The boosted trees' log-odds: the baseline plus the leaf each tree reaches (a feature
    the quote lacks is 0, and a value at or below a node's threshold goes left)."""
    score = model["baseline"]
    for tree in model["trees"]:
        node = tree[0]
        while node[0] is not None:
            node = tree[node[2] if found.get(node[0], 0.0) <= node[1] else node[3]]
        score += node[4]
    return score


def chance_right(model: dict, found: dict[str, float], group: str) -> float:
    """What a fitted model makes of a quote's features: the trees' probability, mapped by
    its group's isotonic points to the share of such quotes that is right."""
    probability = 1.0 / (1.0 + math.exp(-raw_score(model, found)))
    return _interpolate(model["isotonic"][group], probability)


def calibrated(quote: ExtractedQuote, text: str) -> float:
    """The chance the quote is right end to end, or its rule's confidence without a model."""
    model = _model()
    if model is None or not LEARNED_CONFIDENCE.on:
        return quote.confidence
    group = "indirect" if str(quote.kind) == "indirect" else "quoted"
    return chance_right(model, features(quote, text), group)
