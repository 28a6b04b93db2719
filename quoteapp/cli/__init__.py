"""Command-line interface: the group lives in `main`, each command in its own module."""

from quoteapp.cli import articles, batch, corpus, evaluation, exporting, quotes
from quoteapp.cli.main import cli, main

articles.register(cli)
quotes.register(cli)
evaluation.register(cli)
exporting.register(cli)
batch.register(cli)
corpus.register(cli)

__all__ = ["cli", "main"]
