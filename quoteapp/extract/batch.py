"""Extract many texts, in one process or several, each worker owning its own pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from quoteapp.model import ExtractedQuote

_worker_nlp = None


def _start_worker(pipeline: str) -> None:
    global _worker_nlp
    from quoteapp.nlp import load_pipeline

    _worker_nlp = load_pipeline(pipeline)


def _extract_chunk(texts: Sequence[str]) -> list[list[ExtractedQuote]]:
    from quoteapp.extract import extract_quotes

    assert _worker_nlp is not None
    return [extract_quotes(doc) for doc in _worker_nlp.pipe(texts, batch_size=8)]


def extract_texts(
    texts: Sequence[str], pipeline: str, processes: int = 1
) -> list[list[ExtractedQuote]]:
    """Quotes of every text, in order; with `processes` > 1 the texts are split between workers."""
    if processes <= 1 or len(texts) < 2:
        _start_worker(pipeline)
        return _extract_chunk(texts)
    size = max(1, -(-len(texts) // (processes * 4)))
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    with ProcessPoolExecutor(processes, initializer=_start_worker, initargs=(pipeline,)) as pool:
        return [quotes for chunk in pool.map(_extract_chunk, chunks) for quotes in chunk]
