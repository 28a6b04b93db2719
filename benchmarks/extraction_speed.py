"""Extraction speed against the spaCy parse it runs on, and with two processes against one.

    python -m benchmarks.extraction_speed [--runs 3]

Ratios, not seconds, so the figures mean the same on any machine: the parse
alone and parse-plus-extraction run in the same process over the same texts
(polnear-dev), interleaved, median of several runs. Then polnear-train is
extracted with one process and with two.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from quoteapp.extract import extract_quotes
from quoteapp.extract.batch import extract_many
from quoteapp.nlp import DEFAULT_PIPELINE, load_pipeline

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


def texts(name: str) -> list[str]:
    with (GOLD / name).open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-processes", action="store_true")
    args = parser.parse_args()
    nlp = load_pipeline(DEFAULT_PIPELINE)
    dev = texts("polnear-dev.jsonl")
    words = sum(len(t.split()) for t in dev)
    list(nlp.pipe(dev[:5]))  # warm up
    parse, extract = [], []
    for _ in range(args.runs):
        parse.append(timed(lambda: list(nlp.pipe(dev))))
        extract.append(timed(lambda: [extract_quotes(d) for d in nlp.pipe(dev)]))
    parse_s, extract_s = statistics.median(parse), statistics.median(extract)
    print(f"polnear-dev: {len(dev)} articles, {words} words, median of {args.runs} runs")
    print(f"{'':28} {'seconds':>8} {'words/s':>9} {'ratio':>6}")
    print(f"{'spaCy parse alone':28} {parse_s:8.2f} {words / parse_s:9.0f} {1:6.2f}")
    print(
        f"{'parse + quoteapp extraction':28} {extract_s:8.2f} {words / extract_s:9.0f} "
        f"{extract_s / parse_s:6.2f}"
    )
    if args.skip_processes:
        return
    train = texts("polnear-train.jsonl")
    one = timed(lambda: extract_many(train, DEFAULT_PIPELINE, processes=1))
    two = timed(lambda: extract_many(train, DEFAULT_PIPELINE, processes=2))
    print(
        f"polnear-train ({len(train)} articles): 1 process {one:.1f} s, 2 processes {two:.1f} s, "
        f"speed-up {one / two:.2f}x"
    )


if __name__ == "__main__":
    main()
