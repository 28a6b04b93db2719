"""The command behind each model `make train` fits on a gold file's rule output.

The confidence model and the content-end model are fitted the same way: parse
the gold articles with the extraction pipeline, turn the rules' quotes into
examples, fit, and write the model as JSON. Only the examples and the fit differ.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteapp.errors import QuoteappError
from quoteapp.evaluate.extras import require
from quoteapp.evaluate.gold import GoldArticle, read_gold

if TYPE_CHECKING:
    from spacy.tokens import Doc


def fit_command(
    name: str,
    description: str,
    default_output: Path,
    model_for: Callable[[list[GoldArticle], list[Doc]], dict[str, Any]],
    summary: Callable[[dict[str, Any]], str],
) -> None:
    """Parse `GOLD.jsonl`, fit `model_for(articles, docs)` and write it to `-o`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=default_output)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    try:
        require("sklearn", "train", "training")
        from quoteapp.extract.pipeline import extraction_pipeline
        from quoteapp.nlp import DEFAULT_PIPELINE

        articles = read_gold(args.gold)
        nlp = extraction_pipeline(DEFAULT_PIPELINE)
        texts = (a.text for a in articles)
        docs = list(nlp.pipe(texts, n_process=args.processes, batch_size=16))
        model = model_for(articles, docs)
    except QuoteappError as error:
        raise SystemExit(f"{name}: {error}") from None
    args.output.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{summary(model)} -> {args.output}")


def require_both(labels: list[bool], what: str) -> None:
    """A model learns from right and wrong examples: fewer than that is the gold file's fault."""
    if len(set(labels)) < 2:
        raise QuoteappError(
            f"{len(labels)} {what} in the gold file, all of one kind: give a larger gold file"
        )
