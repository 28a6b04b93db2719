"""Fit the model of `extract/runs_on.py`: does what was said run on to the sentence's end?

The rules' indirect quotes in a gold file's articles are found with the model
switched off. Each whose sentence goes on after it is one example: its label
says which end overlaps a gold indirect quote better, where one of them reaches
the metric's 0.5. Quotes that meet no gold quote either way teach nothing and
are left out.

    python -m quoteapp.evaluate.boundaries GOLD.jsonl [-o quoteapp/extract/data/runs_on.json]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.evaluate.fitting import fit_command, require_both
from quoteapp.evaluate.gold import GoldArticle
from quoteapp.evaluate.metric import MIN_OVERLAP, jaccard, trim
from quoteapp.extract.runs_on import MODEL_PATH, run_ons

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quoteapp.model import Span


def _best(text: str, span: Span, golds: list[Span]) -> float:
    trimmed = trim(text, span)
    if trimmed is None:
        return 0.0
    return max((jaccard(trimmed, g) for g in golds), default=0.0)


def examples(articles: list[GoldArticle], docs: list[Doc]) -> list[tuple[dict, bool]]:
    """(features, runs on) for every indirect quote of the rules that one end matches."""
    from quoteapp.extract import extract_quotes
    from quoteapp.extract.marks import quoted_spans
    from quoteapp.extract.rules import disabled
    from quoteapp.extract.span_index import areas

    rows = []
    for article, doc in zip(articles, docs, strict=True):
        with disabled("what was said runs on to the sentence's end"):
            extracted = extract_quotes(doc)
        golds = [
            span
            for quote in article.quotes
            if quote.kind == "indirect"
            for part in quote.parts
            if (span := trim(article.text, part)) is not None
        ]
        quoted_areas = areas(q.outer for q in quoted_spans(article.text))
        for run_on in run_ons(doc, extracted, quoted_areas):
            now = _best(article.text, run_on.content, golds)
            extended = _best(article.text, run_on.extended, golds)
            if max(now, extended) >= MIN_OVERLAP:
                rows.append((run_on.features, extended > now))
    return rows


def fit(rows: list[tuple[dict, bool]], c: float = 0.3) -> dict[str, object]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    require_both([runs for _, runs in rows], "contents a gold quote decides")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([f for f, _ in rows])
    labels = np.array([runs for _, runs in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-5
    }
    return {
        "intercept": round(float(model.intercept_[0]), 5),
        "weights": weights,
        "examples": len(rows),
        "runs_on": int(labels.sum()),
    }


def main() -> None:
    fit_command(
        "boundaries",
        "Fit where reported contents end.",
        MODEL_PATH,
        lambda articles, docs: fit(examples(articles, docs)),
        lambda m: f"fitted on {m['examples']} contents ({m['runs_on']} run on)",
    )


if __name__ == "__main__":
    main()
