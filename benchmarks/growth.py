"""Extraction cost on generated articles of growing size: the rules against the parse.

    python -m benchmarks.growth [--sizes 10000,100000,1000000] [--families ...] [--runs 1]

Each family is a shape that once made a pass super-linear: many short
'according to' sentences, a transcript of one-line quotation paragraphs, one
endless colon chain, unbalanced quotation marks, tag soup pasted as text, a
printed transcript of many speakers in capitals, an interview of questions and
answers, and plain prose. Each article is cut into the pieces extraction parses
(`quoteapp.extract.pieces`), parsed, then extracted; the figure is the rules'
time as a ratio to the parse's (median of `--runs`). Aim: under 0.3 at every size.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from quoteapp.extract import extract_quotes
from quoteapp.extract.pieces import pieces
from quoteapp.extract.pipeline import extraction_pipeline
from quoteapp.nlp import DEFAULT_PIPELINE

FAMILIES: dict[str, Callable[[int], str]] = {
    "according to": lambda i: f"According to officer {i}, the road was closed. ",
    "quote lines": lambda i: f'"We will win round {i}," he said.\n\n',
    "colon chain": lambda i: f"Smith {i} said: the plan is fine ",
    "unbalanced marks": lambda i: f'word {i} "' + ("\n\n" if i % 40 == 39 else " "),
    "tag soup": lambda i: f"<div class='x{i}'><p>Text {i} <b>bold</b></div>\n",
    "speaker turns": lambda i: f"{_caps(i)} {_caps(i % 5)}: I think round {i} went well.\n\n",
    "interview": lambda i: (
        f"Q: What happened in round {i}?\n\n"
        if i % 2 == 0
        else f"A: I said round {i} was hard.\n\n"
    ),
    "prose": lambda i: (
        f"The council met on day {i} and the mayor said that the budget was fine. "
        + ("\n\n" if i % 8 == 7 else "")
    ),
}


def _caps(n: int) -> str:
    """A different name in capitals for every number: a transcript of many speakers."""
    letters = ""
    while True:
        n, digit = divmod(n, 26)
        letters += chr(ord("A") + digit)
        if n == 0:
            return letters + "SON"


def generated(family: str, size: int) -> str:
    make, parts, length, i = FAMILIES[family], [], 0, 0
    while length < size:
        part = make(i)
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)[:size]


def measure(nlp, text: str) -> tuple[float, float, int]:
    """(parse seconds, rules seconds, quotes) over the article's pieces."""
    docs, parse = [], 0.0
    for span in pieces(text, min(100_000, nlp.max_length)):
        started = time.perf_counter()
        docs.append(nlp(span.of(text)))
        parse += time.perf_counter() - started
    started = time.perf_counter()
    quotes = sum(len(extract_quotes(doc)) for doc in docs)
    return parse, time.perf_counter() - started, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    nlp = extraction_pipeline(DEFAULT_PIPELINE)
    worst = 0.0
    print(f"{'family':18s} {'chars':>9s} {'parse s':>8s} {'rules s':>8s} {'ratio':>6s} quotes")
    for family in args.families.split(","):
        for size in map(int, args.sizes.split(",")):
            text = generated(family, size)
            runs = [measure(nlp, text) for _ in range(args.runs)]
            ratio = statistics.median(r / p for p, r, _ in runs)
            parse, rules, quotes = runs[0]
            worst = max(worst, ratio)
            print(
                f"{family:18s} {size:9d} {parse:8.2f} {rules:8.2f} {ratio:6.2f} {quotes}",
                flush=True,
            )
    print(f"largest rules/parse ratio: {worst:.2f} (aim: under 0.3)")


if __name__ == "__main__":
    main()
