"""Fit the confidence model of `extract/confidence.py` (run by `make train`).

Every quote the rules find in a gold file's articles is scored as `EVAL.md`
scores it; a logistic regression learns from its features whether it is right
end to end, and an isotonic regression per group (quoted, indirect) turns the
regression's probability into the share that is right. Weights and the
isotonic points are written as JSON.

    python -m quoteapp.evaluate.calibration GOLD.jsonl [-o quoteapp/extract/data/confidence.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from quoteapp.errors import QuoteappError
from quoteapp.evaluate.extras import require
from quoteapp.evaluate.gold import GoldArticle, read_gold
from quoteapp.evaluate.metric import GroupCounts, score_article
from quoteapp.evaluate.predict import as_scored
from quoteapp.extract.confidence import MODEL_PATH, features

if TYPE_CHECKING:
    from spacy.tokens import Doc

GROUPS = ("quoted", "indirect")


def examples(articles: list[GoldArticle], docs: list[Doc]) -> list[tuple[dict, str, bool]]:
    """(features, group, right end to end) for every scored unit of the rules' quotes."""
    from quoteapp.extract import extract_quotes
    from quoteapp.extract.rules import disabled

    rows = []
    for article, doc in zip(articles, docs, strict=True):
        with disabled("a confidence that ranks"):  # learn from the rules' own confidences
            extracted = extract_quotes(doc)
        scored = [as_scored(q) for q in extracted]
        source = {id(s): q for s, q in zip(scored, extracted, strict=True)}
        totals: dict[str, GroupCounts] = {}
        score_article(article, scored, totals)
        for group in GROUPS:
            for quote, right in totals[group].outcomes:
                rows.append((features(source[id(quote)], article.text), group, right))
    return rows


def fit(rows: list[tuple[dict, str, bool]], c: float = 1.0) -> dict[str, object]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([f for f, _, _ in rows])
    labels = np.array([right for _, _, right in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-5
    }
    intercept = round(float(model.intercept_[0]), 5)
    probability = model.predict_proba(matrix)[:, 1]
    isotonic = {}
    for group in GROUPS:
        chosen = np.array([g == group for _, g, _ in rows])
        iso = IsotonicRegression(out_of_bounds="clip", y_min=0.01, y_max=0.99)
        iso.fit(probability[chosen], labels[chosen])
        isotonic[group] = [
            [round(float(x), 5), round(float(y), 5)]
            for x, y in zip(iso.X_thresholds_, iso.y_thresholds_, strict=True)
        ]
    return {
        "intercept": intercept,
        "weights": weights,
        "isotonic": isotonic,
        "examples": len(rows),
        "right": int(labels.sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Fit the calibrated confidence model.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    require("sklearn", "train", "training")
    from quoteapp.extract.pipeline import extraction_pipeline
    from quoteapp.nlp import DEFAULT_PIPELINE

    articles = read_gold(args.gold)
    nlp = extraction_pipeline(DEFAULT_PIPELINE)
    docs = list(nlp.pipe((a.text for a in articles), n_process=args.processes, batch_size=16))
    model = fit(examples(articles, docs))
    args.output.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
    print(f"fitted on {model['examples']} quotes ({model['right']} right) -> {args.output}")


if __name__ == "__main__":
    try:
        main()
    except QuoteappError as error:
        raise SystemExit(f"calibration: {error}") from None
