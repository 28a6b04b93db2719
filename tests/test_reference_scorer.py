"""`quoteapp eval` prints the figures of the reference scorer (`../shared/tools/score.py`).

On every gold file in `../shared/gold/`: predictions made from the gold by
shifting, dropping, relabelling and re-attributing quotes (so every branch of
the metric is exercised, fast), and our own extraction of the seed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from quoteapp.evaluate import read_gold, read_predictions, score

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD_FILES = sorted((SHARED / "gold").glob("*.jsonl")) if SHARED.exists() else []
# our scores() names against score.py's
FIGURES = {
    "P": "precision",
    "R": "recall",
    "F1": "f1",
    "exact_F1": "exact_f1",
    "speaker_acc": "speaker_accuracy",
    "e2e_F1": "end_to_end_f1",
    "name_acc": "name_accuracy",
    "name_e2e_F1": "name_end_to_end_f1",
    "gold": "gold",
    "pred": "predicted",
    "conf_auc": "confidence_auc",
    "conf_ece": "confidence_ece",
}


@pytest.fixture(scope="module")
def reference():
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.skip("../shared/tools/score.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed(article: dict) -> dict:
    """A prediction with every kind of error the metric must count, from the gold itself."""
    text, quotes = article["text"], []
    for k, gold in enumerate(article["quotes"]):
        if k % 7 == 0:
            continue  # a miss
        start, end = gold["content"]
        if k % 5 == 1:
            start = min(end, start + 3)
        quote = {
            "content": [start, end],
            "kind": gold["kind"],
            "speaker": gold.get("speaker"),
            "speaker_span": gold.get("speaker_span"),
            "confidence": (k * 37 % 101) / 100,
        }
        if k % 4 == 2:
            quote["speaker"], quote["speaker_span"] = "he", None
        elif k % 4 == 3 and quote["speaker"]:
            quote["speaker"], quote["speaker_span"] = quote["speaker"].split()[-1], None
        if k % 9 == 4:
            quote["kind"] = "direct" if gold["kind"] == "indirect" else "indirect"
        quotes.append(quote)
    quotes.append({"content": [0, min(len(text), 30)], "kind": "direct", "speaker": "Nobody"})
    return {"id": article["id"], "quotes": quotes}


def _ours(gold: Path, predicted: Path) -> dict:
    articles = read_gold(gold)
    results = score(articles, read_predictions(predicted, {a.id: a.text for a in articles}))
    figures: dict = {}
    for group, counts in results.items():
        scores = counts.scores()
        figures[group] = {
            theirs: None if scores[ours] is None else round(scores[ours], 3)
            for theirs, ours in FIGURES.items()
        }
    return figures


def _theirs(reference, gold: Path, predicted: Path) -> dict:
    result = reference.score(str(gold), str(predicted))
    return {
        group: {name: result[group].get(name) for name in FIGURES}
        for group in result
        if group in ("quoted", "indirect")
    }


def _normalised(figures: dict) -> dict:
    """score.py writes an accuracy over no matched pair as 0.0, we as None: the same."""
    return {
        group: {k: (None if k.endswith("acc") and not v else v) for k, v in row.items()}
        for group, row in figures.items()
    }


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_the_same_figures_as_the_reference_scorer(reference, tmp_path: Path, gold: Path) -> None:
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    predicted = tmp_path / "pred.jsonl"
    predicted.write_text(
        "".join(json.dumps(_perturbed(a)) + "\n" for a in articles), encoding="utf-8"
    )
    ours, theirs = _ours(gold, predicted), _theirs(reference, gold, predicted)
    assert _normalised(ours) == _normalised(theirs)
    assert ours["quoted"]["conf_auc"] is not None  # the confidence figures were compared


def test_our_extraction_of_the_seed_scores_the_same(
    reference, tmp_path: Path, quoteapp, seed_gold
) -> None:
    gold = SHARED / "gold" / "seed.jsonl"
    predicted = tmp_path / "seed-pred.jsonl"
    result = quoteapp("eval", str(gold), "--save-predictions", str(predicted), "--json")
    assert result.code == 0, result.stderr
    printed = json.loads(result.stdout)["quoteapp"]
    theirs = reference.score(str(gold), str(predicted))
    for group in ("quoted", "indirect"):
        for name in ("F1", "name_acc", "name_e2e_F1", "conf_ece"):
            assert round(printed[group][FIGURES[name]], 3) == theirs[group][name]
