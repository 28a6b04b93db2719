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


def _worker_version() -> str:
    from quoteapp.nlp import pipeline_version

    assert _worker_nlp is not None
    return pipeline_version(_worker_nlp)


class ExtractionProcess:
    """One worker process that keeps its pipeline loaded, for an app that extracts article
    by article: the parse runs outside the app's process, so it never holds the
    interpreter lock the window's event loop needs (keys stay fast while it works)."""

    def __init__(self, pipeline: str) -> None:
        import multiprocessing

        self.pipeline = pipeline
        # spawn, not fork: the app's process has Qt threads running
        self._pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(pipeline,),
        )

    def version(self) -> str:
        return self._pool.submit(_worker_version).result()

    def extract(self, text: str) -> Extraction:
        return self._pool.submit(_extract_chunk, [text]).result()[0]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
