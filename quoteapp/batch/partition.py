"""One partition's work, as a worker does it: read, extract, write Parquet atomically.

Each partition becomes `articles/part-N.parquet` and `quotes/part-N.parquet`, then
`done/part-N.json` with its counts and failures. Every file is written under a temporary
name and renamed into place, the marker last, so a partition is either finished (its
marker exists) or absent: a run started again skips the finished ones, and a task the
scheduler retries after a lost worker simply writes the same files again.
"""

from __future__ import annotations

import json
import os
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import Any

from quoteapp.batch.inputs import Partition, Record, read
from quoteapp.model import ExtractedQuote

_worker_pipelines: dict[str, Any] = {}  # one loaded pipeline per worker process


def pipeline(name: str) -> Any:
    """The worker's pipeline, loaded on its first task and kept for every later one."""
    if name not in _worker_pipelines:
        from quoteapp.extract.pipeline import extraction_pipeline

        _worker_pipelines[name] = extraction_pipeline(name)
    return _worker_pipelines[name]


def done_marker(out: Path, partition: Partition) -> Path:
    return out / "done" / f"{partition.name}.json"


def run_partition(
    partition: dict[str, Any],
    out: str,
    pipeline_name: str,
    rules_version: str,
    added_at: str = "",
) -> dict[str, Any]:
    """Extract one partition into `out`; return its counts (also kept in its marker)."""
    chosen = Partition(**partition)
    folder = Path(out)
    marker = done_marker(folder, chosen)
    if marker.exists():  # finished by an earlier attempt
        return json.loads(marker.read_text(encoding="utf-8"))
    from quoteapp.errors import SourceError
    from quoteapp.extract.pieces import extract_texts
    from quoteapp.extract.writer import name_the_writer
    from quoteapp.ingest.article import new_article
    from quoteapp.nlp import pipeline_version

    started = time.perf_counter()
    nlp = pipeline(pipeline_name)
    failures: list[dict[str, Any]] = []
    good = []
    for record in read(chosen):
        if record.error is not None:
            failures.append({"id": record.id, "reason": record.error})
            continue
        try:  # the same text and title `quoteapp add` would store
            article = new_article(record.text, record.url or record.id, record.title, record.byline)
            good.append((record, article))
        except SourceError as error:
            failures.append({"id": record.id, "reason": str(error)})
    articles: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    version = pipeline_version(nlp)
    texts = [article.text for _, article in good]
    for (record, article), extraction in zip(good, extract_texts(nlp, texts), strict=True):
        if extraction.error is not None:
            failures.append({"id": record.id, "reason": extraction.error})
            continue
        text, title = article.text, article.title
        said = name_the_writer(extraction.quotes, article.byline)
        articles.append(
            {
                "article_id": record.id,
                "title": title,
                "url": record.url,
                "outlet": _outlet(record.url),
                "date": record.date,
                "byline": article.byline,
                "text": text,
                "content_hash": article.content_hash,
                "quotes": len(said),
                "language": extraction.language,  # None: English, extracted
                "partition": chosen.number,
            }
        )
        quotes.extend(quote_row(record, title, text, n, q) for n, q in enumerate(said))
    for row in (*articles, *quotes):
        row.update(
            pipeline=pipeline_name,
            pipeline_version=version,
            rules_version=rules_version,
            added_at=added_at,  # when the run began: the same for a resumed run
        )
    _write_parquet(folder / "articles" / f"{chosen.name}.parquet", articles, ARTICLE_COLUMNS)
    _write_parquet(folder / "quotes" / f"{chosen.name}.parquet", quotes, QUOTE_COLUMNS)
    summary = {
        "partition": chosen.number,
        "articles": len(articles),
        "quotes": len(quotes),
        "failures": failures,
        "seconds": round(time.perf_counter() - started, 3),
        "worker_pid": os.getpid(),
    }
    _write_atomically(marker, json.dumps(summary).encode())
    return summary


def quote_row(
    record: Record, title: str, text: str, number: int, quote: ExtractedQuote
) -> dict[str, Any]:
    """The fields of the JSONL export, for a quote no person has reviewed yet."""
    from quoteapp.export.records import said_fields

    return {
        "quote_id": f"{record.id}#{number}",
        "article_id": record.id,
        "article_title": title,
        "source": record.url or record.id,
        "url": record.url,
        "outlet": _outlet(record.url),
        "date": record.date,
        "byline": record.byline,
        **said_fields(text, quote),
        "speaker_aliases": list(quote.speaker_aliases),
        "parts": json.dumps([[p.start, p.end] for p in quote.parts]),
        "cue_start": quote.cue.start if quote.cue else None,
        "cue_end": quote.cue.end if quote.cue else None,
        "mention_start": quote.mention.start if quote.mention else None,
        "mention_end": quote.mention.end if quote.mention else None,
        "confidence": quote.confidence,
        "status": "pending",
        "origin": "automatic",
        "changed_by": None,
        "changed_at": None,
    }


ARTICLE_COLUMNS = {
    "article_id": "string",
    "title": "string",
    "url": "string",
    "outlet": "string",
    "date": "string",
    "byline": "string",
    "text": "string",
    "content_hash": "string",
    "quotes": "int64",
    "language": "string",
    "partition": "int64",
    "added_at": "string",
    "pipeline": "string",
    "pipeline_version": "string",
    "rules_version": "string",
}
QUOTE_COLUMNS = {
    "quote_id": "string",
    "article_id": "string",
    "article_title": "string",
    "source": "string",
    "url": "string",
    "outlet": "string",
    "date": "string",
    "byline": "string",
    "quote": "string",
    "kind": "string",
    "speaker": "string",
    "speaker_aliases": "list<string>",
    "mention": "string",
    "speaker_evidence": "string",
    "cue": "string",
    "sentence": "string",
    "start": "int64",
    "end": "int64",
    "parts": "string",
    "cue_start": "int64",
    "cue_end": "int64",
    "mention_start": "int64",
    "mention_end": "int64",
    "confidence": "double",
    "status": "string",
    "origin": "string",
    "changed_by": "string",
    "changed_at": "string",
    "added_at": "string",
    "pipeline": "string",
    "pipeline_version": "string",
    "rules_version": "string",
}


def schema(columns: dict[str, str]) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64()}
    return pa.schema(
        [(name, types.get(kind) or pa.list_(pa.string())) for name, kind in columns.items()]
    )


def _write_parquet(path: Path, rows: list[dict[str, Any]], columns: dict[str, str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema(columns))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _outlet(url: str | None) -> str | None:
    if not url:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
