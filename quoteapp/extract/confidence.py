"""A confidence that ranks: one learned, calibrated model over what extraction knows.

The rules give each quote a confidence that is a constant per rule (or the
attribution classifier's probability). A logistic regression over that value,
the kind, the cue, how the speaker was reached and the quote's length, fitted
on polnear-train's reported-speech view and calibrated per group with
isotonic regression (`quoteapp.evaluate.calibration`, run by `make train`),
turns it into the chance that the quote is right end to end: 0.8 means right
eight times in ten.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import cache
from pathlib import Path

from quoteapp.extract.rules.speech import LEARNED_CONFIDENCE
from quoteapp.model import ExtractedQuote

MODEL_PATH = Path(__file__).parent / "data" / "confidence.json"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})


def features(quote: ExtractedQuote, text: str) -> dict[str, float]:
    """What the model sees of a quote: the rule's confidence, kind, cue, speaker evidence."""
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


def calibrated(quote: ExtractedQuote, text: str) -> float:
    """The chance the quote is right end to end, or its rule's confidence without a model."""
    model = _model()
    if model is None or not LEARNED_CONFIDENCE.on:
        return quote.confidence
    found = features(quote, text)
    score = model["intercept"] + sum(model["weights"].get(k, 0.0) * v for k, v in found.items())
    probability = 1.0 / (1.0 + math.exp(-score))
    group = "indirect" if str(quote.kind) == "indirect" else "quoted"
    return _interpolate(model["isotonic"][group], probability)
