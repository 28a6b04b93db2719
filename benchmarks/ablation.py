"""Switch each extraction rule off in turn and score what it is worth on gold data.

    python -m benchmarks.ablation GOLD.jsonl [--rule NAME] [--stage STAGE] [-o OUT.json]

Every document is parsed once; each rule's row is the change in quoted and
indirect F1, speaker accuracy and name accuracy when that rule alone is off, and the number
of articles whose quotes change at all. `-o` also writes, for each rule, the
sentences whose quotes changed: where to look for its examples.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from quoteapp.evaluate import read_gold, score
from quoteapp.evaluate.predict import as_scored, prediction_record
from quoteapp.extract import extract_quotes
from quoteapp.extract.pipeline import extraction_pipeline
from quoteapp.extract.rules import REGISTRY, disabled
from quoteapp.nlp import DEFAULT_PIPELINE

FIGURES = (
    ("quoted", "f1"),
    ("indirect", "f1"),
    ("quoted", "speaker_accuracy"),
    ("indirect", "speaker_accuracy"),
    ("quoted", "name_accuracy"),
    ("indirect", "name_accuracy"),
)


def _figures(articles, found) -> list[float]:
    results = score(articles, {a: tuple(as_scored(q) for q in qs) for a, qs in found.items()})
    return [results[group].scores()[name] or 0.0 for group, name in FIGURES]


def _changed_sentences(text: str, before, after) -> list[str]:
    """The sentences (paragraph lines) holding quotes that differ between two runs."""
    old = {json.dumps(q, sort_keys=True) for q in prediction_record("", before)["quotes"]}
    new = {json.dumps(q, sort_keys=True) for q in prediction_record("", after)["quotes"]}
    lines = []
    for record in sorted(old ^ new):
        start, end = json.loads(record)["content"]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line not in lines:
            lines.append(line)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--rule", action="append", help="only these rules")
    parser.add_argument("--stage", action="append", help="only the rules of these stages")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    articles = read_gold(args.gold)
    nlp = extraction_pipeline(DEFAULT_PIPELINE)
    docs = list(nlp.pipe(a.text for a in articles))
    base = {a.id: extract_quotes(d) for a, d in zip(articles, docs, strict=True)}
    base_figures = _figures(articles, base)
    print("baseline", " ".join(f"{v:.3f}" for v in base_figures), flush=True)
    report = {}
    for rule in REGISTRY:
        if args.rule and rule.name not in args.rule:
            continue
        if args.stage and str(rule.stage) not in args.stage:
            continue
        with disabled(rule.name):
            found = {a.id: extract_quotes(d) for a, d in zip(articles, docs, strict=True)}
        figures = _figures(articles, found)
        changed = [a for a in articles if found[a.id] != base[a.id]]
        deltas = [f - b for f, b in zip(figures, base_figures, strict=True)]
        print(
            f"{rule.name:45s} "
            + " ".join(f"{d:+.3f}" for d in deltas)
            + f"  {len(changed)} changed",
            flush=True,
        )
        report[rule.name] = {
            "deltas": deltas,
            "changed": len(changed),
            "sentences": [
                s for a in changed for s in _changed_sentences(a.text, base[a.id], found[a.id])
            ][:30],
        }
    if args.output:
        args.output.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
