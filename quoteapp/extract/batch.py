"""Extract many texts, in one process or several, each worker owning its own pipeline."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from quoteapp.extract.pieces import Extraction, extract_texts

_worker_nlp = None


def _start_worker(pipeline: str) -> None:
    global _worker_nlp
    from quoteapp.extract.pipeline import extraction_pipeline

    _worker_nlp = extraction_pipeline(pipeline)


def _extract_chunk(texts: Sequence[str]) -> list[Extraction]:
    assert _worker_nlp is not None
    return list(extract_texts(_worker_nlp, texts))


def iter_extract(texts: Sequence[str], pipeline: str, processes: int = 1) -> Iterator[Extraction]:
    """Each text's quotes (or why it failed), in order, as they come; one pool of workers
    for all texts."""
    if processes <= 1 or len(texts) < 2:
        _start_worker(pipeline)
        assert _worker_nlp is not None
        yield from extract_texts(_worker_nlp, texts)
        return
    size = max(1, min(16, -(-len(texts) // (processes * 4))))
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    with ProcessPoolExecutor(processes, initializer=_start_worker, initargs=(pipeline,)) as pool:
        for chunk in pool.map(_extract_chunk, chunks):  # in order, each as soon as it is done
            yield from chunk


def extract_many(texts: Sequence[str], pipeline: str, processes: int = 1) -> list[Extraction]:
    """Each text's quotes, in order; with `processes` > 1 the texts are split between workers."""
    return list(iter_extract(texts, pipeline, processes))
