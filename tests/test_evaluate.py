"""`quoteapp eval` on a hand-made gold file whose scores were worked out by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quoteapp.errors import GoldFormatError
from quoteapp.evaluate import read_gold, read_predictions, score

TEXT = (
    "“We will win,” Smith said. Jones said that taxes would fall. "
    "The “so-called” plan failed. Headline: “Nothing settled”"
)


def _span(words: str) -> list[int]:
    start = TEXT.index(words)
    return [start, start + len(words)]


GOLD = {
    "id": "a1",
    "text": TEXT,
    "quotes": [
        {
            "content": _span("We will win,"),
            "kind": "direct",
            "speaker": "Smith",
            "speaker_span": _span("Smith"),
        },
        {"content": _span("taxes would fall"), "kind": "indirect", "speaker": "Jones"},
        {"content": _span("Nothing settled"), "kind": "direct", "speaker": None, "optional": True},
    ],
}
PREDICTED = {
    "id": "a1",
    "quotes": [
        # right span, right speaker by name ("John Smith" contains "Smith")
        {"content": _span("We will win,"), "kind": "direct", "speaker": "John Smith"},
        # Jaccard 16/21 >= 0.5: a match, not exact; the speaker is wrong
        {"content": _span("that taxes would fall"), "kind": "indirect", "speaker": "Smith"},
        # nobody said "plan failed": a false quote
        {"content": _span("plan failed"), "kind": "partial", "speaker": "Jones"},
        # takes the optional gold unit: counts neither way
        {"content": _span("Nothing settled"), "kind": "direct", "speaker": None},
    ],
}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold, predicted = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    predicted.write_text(json.dumps(PREDICTED) + "\n", encoding="utf-8")
    return gold, predicted


def test_scores_match_the_hand_computed_ones(files: tuple[Path, Path]) -> None:
    gold_path, predicted_path = files
    articles = read_gold(gold_path)
    results = score(articles, read_predictions(predicted_path, {a.id: a.text for a in articles}))
    quoted, indirect = results["quoted"].scores(), results["indirect"].scores()
    assert (quoted["gold"], quoted["predicted"], quoted["matched"]) == (1, 2, 1)
    assert quoted["precision"] == 0.5 and quoted["recall"] == 1.0
    assert quoted["f1"] == pytest.approx(2 / 3)
    assert quoted["exact_f1"] == pytest.approx(2 / 3)
    assert quoted["speaker_accuracy"] == 1.0
    assert quoted["end_to_end_f1"] == pytest.approx(2 / 3)
    assert (indirect["precision"], indirect["recall"], indirect["f1"]) == (1.0, 1.0, 1.0)
    assert indirect["exact_f1"] == 0.0
    assert indirect["speaker_accuracy"] == 0.0
    assert indirect["end_to_end_f1"] == 0.0
    assert quoted["recall_by_kind"] == {"direct": 1.0}
    assert indirect["recall_by_kind"] == {"indirect": 1.0}


def test_cli_prints_the_same_scores_as_json(quoteapp, files: tuple[Path, Path]) -> None:
    gold_path, predicted_path = files
    result = quoteapp("eval", str(gold_path), "--predictions", str(predicted_path), "--json")
    assert result.code == 0, result.stderr
    scores = json.loads(result.stdout)["pred"]
    assert scores["quoted"]["f1"] == pytest.approx(2 / 3)
    assert scores["indirect"]["speaker_accuracy"] == 0.0


def test_verbose_lists_false_quotes_and_wrong_speakers(quoteapp, files: tuple[Path, Path]) -> None:
    gold_path, predicted_path = files
    result = quoteapp("eval", str(gold_path), "--predictions", str(predicted_path), "-v")
    assert "## quoted: false (1)" in result.stdout and "plan failed" in result.stdout
    assert "gold <Jones> predicted <Smith>" in result.stdout


def test_our_extractor_scores_the_seed(quoteapp, seed_gold) -> None:
    gold = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "seed.jsonl"
    result = quoteapp("eval", str(gold), "--json")
    assert result.code == 0, result.stderr
    scores = json.loads(result.stdout)["quoteapp"]
    assert scores["quoted"]["gold"] == 9 and scores["indirect"]["gold"] == 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json at all", "line 2: not JSON"),
        (
            json.dumps(
                {"id": "b", "text": "short", "quotes": [{"content": [0, 99], "kind": "direct"}]}
            ),
            "line 2: 'content' [0, 99] falls outside the article text",
        ),
        (
            json.dumps(
                {"id": "b", "text": "short", "quotes": [{"content": [0, 2], "kind": "rumour"}]}
            ),
            "line 2: quote kind 'rumour'",
        ),
        (  # a part missing among several: once a TypeError from sorting, found by mypy
            json.dumps(
                {
                    "id": "b",
                    "text": "short text",
                    "quotes": [{"content_parts": [[0, 2], None, [3, 5]], "kind": "partial"}],
                }
            ),
            "line 2: every quote needs 'content' [start, end]",
        ),
    ],
)
def test_bad_gold_lines_are_named(tmp_path: Path, quoteapp, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOLD) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=re.escape(message)):
        read_gold(path)
    result = quoteapp("eval", str(path))
    assert result.code == 1 and message in result.stderr and "Traceback" not in result.stderr
