"""`quoteapp eval`: score the extractor (or a prediction file) against gold data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from quoteapp.cli.output import PIPELINE_OPTION


@click.command("eval")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--save-predictions",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write our predictions in the format of EVAL.md.",
)
@click.option(
    "--predictions",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Score this prediction file instead of running the extractor.",
)
@click.option(
    "--from-db",
    is_flag=True,
    help="Score the database's current quotes (all but rejected) instead.",
)
@click.option("--baseline", type=click.Choice(["textacy"]), help="Also score a baseline.")
@PIPELINE_OPTION
@click.option("-v", "--verbose", count=True, help="List misses, false quotes, wrong speakers.")
def evaluate(
    gold: Path,
    as_json: bool,
    save_predictions: Path | None,
    predictions: Path | None,
    from_db: bool,
    baseline: str | None,
    pipeline: str | None,
    verbose: int,
) -> None:
    """Score quote extraction against a GOLD file (the JSONL format of EVAL.md).

    Reports precision, recall, F1, exact F1, speaker accuracy and end-to-end F1
    for quoted (direct and partial) and indirect quotes, and recall by kind.
    """
    from quoteapp.evaluate import evaluate_extractor, read_gold, read_predictions, score
    from quoteapp.evaluate.report import scores_json, write_errors, write_table

    if from_db and predictions is not None:
        raise click.UsageError("give --from-db or --predictions, not both")
    ignored = {
        "--save-predictions": save_predictions,
        "--baseline": baseline,
        "--pipeline": pipeline,
    }
    given = [name for name, value in ignored.items() if value is not None]
    if (from_db or predictions is not None) and given:
        raise click.UsageError(
            f"{', '.join(given)} only apply when quoteapp extracts the gold texts itself, "
            "not with --from-db or --predictions"
        )

    if from_db:
        from quoteapp.export import database_predictions

        articles = read_gold(gold)
        ours = database_predictions(
            click.get_current_context().obj.store(), {a.id: a.text for a in articles}
        )
        results = {"database": score(articles, ours)}
    elif predictions is not None:
        articles = read_gold(gold)
        theirs = read_predictions(predictions, {a.id: a.text for a in articles})
        results = {predictions.stem: score(articles, theirs)}
    else:
        articles, results = evaluate_extractor(gold, pipeline, save_predictions, baseline)
    if as_json:
        click.echo(json.dumps(scores_json(results), indent=2))
    else:
        write_table(results, sys.stdout)
    if verbose:
        first = next(iter(results.values()))
        write_errors(articles, first, sys.stdout, limit=0 if verbose > 1 else 40)


def register(group: click.Group) -> None:
    group.add_command(evaluate)
