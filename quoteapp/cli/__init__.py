"""Command-line interface."""

from quoteapp.cli.main import cli, main

__all__ = ["cli", "main"]
