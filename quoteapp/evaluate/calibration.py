"""Fit the confidence model of `extract/confidence.py` (run by `make train`).

Every quote the rules find in a gold file's articles is scored as `EVAL.md`
scores it; a logistic regression learns from its features whether it is right
end to end, and an isotonic regression per group (quoted, indirect) turns the
regression's probability into the share that is right. The isotonic map is
fitted on probabilities from models that never saw the quote's article (five
folds by article): fitted on the regression's own training probabilities, it
learned their optimism and over-promised on new articles. Weights and the
isotonic points are written as JSON.

    python -m quoteapp.evaluate.calibration GOLD.jsonl [-o quoteapp/extract/data/confidence.json]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.evaluate.fitting import fit_command, require_both
from quoteapp.evaluate.gold import GoldArticle
from quoteapp.evaluate.metric import GroupCounts, score_article
from quoteapp.evaluate.predict import as_scored
from quoteapp.extract.confidence import MODEL_PATH, features

if TYPE_CHECKING:
    from spacy.tokens import Doc

GROUPS = ("quoted", "indirect")
FOLDS = 5


def examples(articles: list[GoldArticle], docs: list[Doc]) -> list[tuple[dict, str, bool, int]]:
    """(features, group, right end to end, article number) for every scored unit of the
    rules' quotes."""
    from quoteapp.extract import extract_quotes
    from quoteapp.extract.rules import disabled

    rows = []
    for number, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        with disabled("a confidence that ranks"):  # learn from the rules' own confidences
            extracted = extract_quotes(doc)
        scored = [as_scored(q) for q in extracted]
        source = {id(s): q for s, q in zip(scored, extracted, strict=True)}
        totals: dict[str, GroupCounts] = {}
        score_article(article, scored, totals)
        for group in GROUPS:
            for quote, right in totals[group].outcomes:
                rows.append((features(source[id(quote)], article.text), group, right, number))
    return rows


def fit(rows: list[tuple[dict, str, bool, int]], c: float = 1.0) -> dict[str, object]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression

    require_both([right for _, _, right, _ in rows], "quotes")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([f for f, _, _, _ in rows])
    labels = np.array([right for _, _, right, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    folds = np.array([number % FOLDS for *_, number in rows])
    probability = model.predict_proba(matrix)[:, 1]
    for fold in range(FOLDS):
        seen = folds != fold
        if seen.all() or len(set(labels[seen])) < 2:
            continue  # too few articles to hold this fold out: keep the full model's view
        part = LogisticRegression(C=c, max_iter=5000).fit(matrix[seen], labels[seen])
        probability[~seen] = part.predict_proba(matrix[~seen])[:, 1]
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-5
    }
    intercept = round(float(model.intercept_[0]), 5)
    isotonic = {}
    for group in GROUPS:
        chosen = np.array([g == group for _, g, _, _ in rows])
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
    fit_command(
        "calibration",
        "Fit the calibrated confidence model.",
        MODEL_PATH,
        lambda articles, docs: fit(examples(articles, docs)),
        lambda m: f"fitted on {m['examples']} quotes ({m['right']} right)",
    )


if __name__ == "__main__":
    main()
