"""Train the attribution and speech classifiers on gold quotes (`make train`).

Every (cue word, dependent, relation) candidate in spaCy's parse of the gold
articles is labelled by whether a gold quote has that word as its cue and that
dependent as its content's root. A logistic regression over the features of
`features.py` learns which candidates are attributions. Its weights are
written as JSON, small enough to commit and read without pickle.

    python -m quoteapp.evaluate.training GOLD.jsonl [-o quoteapp/extract/data/attribution.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteapp.errors import QuoteappError
from quoteapp.evaluate.extras import require
from quoteapp.evaluate.gold import GoldArticle, read_gold
from quoteapp.extract.classifier import MODEL_PATH
from quoteapp.extract.features import candidates, features
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dropping smaller weights halves the file (9.4 to 4.3 MB) and leaves polnear-dev's
# figures as they were.
MIN_WEIGHT = 0.005


def _tokens_in(doc: Doc, span: Span) -> list[Token]:
    chars = doc.char_span(span.start, span.end, alignment_mode="contract")
    return list(chars) if chars is not None else []


def _root(tokens: list[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head is t]
    return min(roots, key=lambda t: (t.is_punct, t.i)) if roots else None


def _cue_head(tokens: list[Token]) -> Token | None:
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    if verbs:
        return verbs[-1] if len(verbs) > 1 and verbs[0].lemma_ in ("have", "be") else verbs[0]
    return _root(tokens)


def gold_pairs(article: GoldArticle, doc: Doc) -> set[tuple[int, int]]:
    """(cue token, content root) of every required gold quote the parse can represent.

    An optional quote is not one: in the speech view (`polnear-train-speech.jsonl`) it is
    an attribution that is not reported speech (a belief, a plan, a stance), so its
    candidate is learned as a negative, which is what the product's definition wants.
    """
    pairs = set()
    for quote in article.quotes:
        if quote.cue is None or quote.optional:
            continue
        cue = _cue_head(_tokens_in(doc, quote.cue))
        content = _root([t for p in quote.parts for t in _tokens_in(doc, p)])
        if cue is not None and content is not None:
            pairs.add((cue.i, content.i))
    return pairs


def examples(articles: list[GoldArticle], docs: list[Doc]):
    """Yield (sparse features, dense vector, label) for the candidates of every document.

    Every negative is kept: sampling them (as an earlier version did) cost 0.015 average
    precision on polnear-dev.
    """
    for article, doc in zip(articles, docs, strict=True):
        positive = gold_pairs(article, doc)
        for token in doc:
            for dependent, relation in candidates(token):
                sparse, dense = features(token, dependent, relation)
                yield sparse, dense, (token.i, dependent.i) in positive


def train(
    articles: list[GoldArticle],
    docs: list[Doc],
    c: float = 0.25,
    pipeline: tuple[str, str] = ("?", "?"),
) -> dict[str, Any]:
    """Fit the classifier; the weights record the `pipeline` (name, version) they fit."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = list(examples(articles, docs))
    vectorizer = DictVectorizer()
    sparse = vectorizer.fit_transform([dict.fromkeys(f, 1.0) for f, _, _ in rows])
    dense = np.vstack([d for _, d, _ in rows])
    labels = np.array([y for _, _, y in rows])
    matrix = hstack([sparse, csr_matrix(dense)]).tocsr()
    model = LogisticRegression(C=c, max_iter=3000, solver="liblinear")
    model.fit(matrix, labels)
    weights = model.coef_[0]
    names = vectorizer.get_feature_names_out()
    sparse_weights = {
        name: round(float(w), 4)
        for name, w in zip(names, weights[: len(names)], strict=True)
        if abs(w) > MIN_WEIGHT
    }
    return {
        "intercept": round(float(model.intercept_[0]), 4),
        "sparse": sparse_weights,
        "dense": [round(float(w), 4) for w in weights[len(names) :]],
        "examples": len(labels),
        "positives": int(labels.sum()),
        "pipeline": {"name": pipeline[0], "version": pipeline[1]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the attribution classifier.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument("-C", type=float, default=0.25, help="inverse regularisation strength")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline to train for")
    args = parser.parse_args()
    require("sklearn", "train", "training")
    from quoteapp.extract.pipeline import pipeline_identity
    from quoteapp.nlp import DEFAULT_PIPELINE, load_pipeline

    articles = read_gold(args.gold)
    nlp = load_pipeline(args.pipeline or DEFAULT_PIPELINE)
    docs = list(nlp.pipe((a.text for a in articles), n_process=args.processes, batch_size=16))
    model = train(articles, docs, args.C, pipeline_identity(nlp))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"trained on {model['examples']} candidates ({model['positives']} attributions), "
        f"{len(model['sparse'])} features -> {args.output}"
    )


if __name__ == "__main__":
    try:
        main()
    except QuoteappError as error:
        raise SystemExit(f"training: {error}") from None
