"""Batch inputs cut into partitions that a worker can read on its own.

The driver never holds the articles: it only notes where each partition's records
start (a byte offset in a JSONL or WARC file, a row in a Parquet file, a slice of a
folder's files), so a million-article crawl is described in a few kilobytes and each
worker reads just its slice. A record that cannot be read is a failure with a reason,
never the end of the run.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from quoteapp.errors import SourceError, SourceNotFound, UnsupportedSource
from quoteapp.ingest.byline import clean_byline


@dataclass(frozen=True)
class Partition:
    """`count` records of one input, from `start` (a byte offset or a row/file index)."""

    number: int
    kind: str  # jsonl, parquet, folder, warc
    path: str
    start: int
    count: int
    weight: int = 0  # its size in bytes where known: the largest are started first

    @property
    def name(self) -> str:
        return f"part-{self.number:06d}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Record:
    """One article to extract, or why it could not be read (`error`)."""

    id: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    date: str | None = None
    error: str | None = None
    byline: str | None = None  # who wrote it: a JSONL `byline` or `author`, a page's metadata


def kind_of(path: Path) -> str:
    if path.is_dir():
        return "folder"
    name = path.name.lower().removesuffix(".gz")
    for suffix, kind in ((".jsonl", "jsonl"), (".json", "jsonl"), (".parquet", "parquet")):
        if name.endswith(suffix):
            return kind
    if name.endswith((".warc", ".arc")):
        return "warc"
    raise UnsupportedSource(
        f"{path}: batch inputs are JSONL, Parquet, WARC (each may be gzipped) or folders"
    )


def plan(inputs: list[Path], size: int) -> list[Partition]:
    """Every input cut into partitions of at most `size` records, numbered in order."""
    partitions: list[Partition] = []
    for path in inputs:
        if not path.exists():
            raise SourceNotFound(f"{path} does not exist: check the path")
        kind = kind_of(path)
        slices = list(_slices(kind, path, size))
        by_offset = kind in ("jsonl", "warc") and not path.name.lower().endswith(".gz")
        ends = [s for s, _ in slices[1:]] + [path.stat().st_size if path.is_file() else 0]
        for (start, count), end in zip(slices, ends, strict=True):
            weight = end - start if by_offset else count
            partitions.append(Partition(len(partitions), kind, str(path), start, count, weight))
    return partitions


def fingerprint(partitions: list[Partition]) -> str:
    """What a run is over: resuming into a folder made from other inputs is refused."""
    digest = hashlib.sha256()
    for p in partitions:
        stat = Path(p.path).stat()
        digest.update(json.dumps([p.as_dict(), stat.st_size, int(stat.st_mtime)]).encode())
    return digest.hexdigest()[:16]


def _slices(kind: str, path: Path, size: int) -> Iterator[tuple[int, int]]:
    if kind == "folder":
        files = _folder_files(path)
        for start in range(0, len(files), size):
            yield start, min(size, len(files) - start)
    elif kind == "parquet":
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(path).metadata.num_rows
        for start in range(0, rows, size):
            yield start, min(size, rows - start)
    elif kind == "jsonl":
        yield from _line_slices(path, size)
    else:
        yield from _warc_slices(path, size)


def _folder_files(path: Path) -> list[Path]:
    from quoteapp.ingest import READERS_BY_SUFFIX

    return sorted(
        p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS_BY_SUFFIX
    )


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _line_slices(path: Path, size: int) -> Iterator[tuple[int, int]]:
    """(offset of the first line, number of lines); a gzipped file counts lines instead
    (it cannot be entered in the middle), so its workers skip to their first line."""
    gzipped = path.name.lower().endswith(".gz")
    start, count, offset, number = 0, 0, 0, 0
    with _open_binary(path) as handle:
        for line in handle:
            if line.strip():
                if count == size:
                    yield start, count
                    start, count = (number if gzipped else offset), 0
                count += 1
            offset += len(line)
            number += 1
    if count:
        yield start, count


def _warc_slices(path: Path, size: int) -> Iterator[tuple[int, int]]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        start, count = 0, 0
        for record in records:
            if not _is_page(record):
                continue
            if count == size:
                yield start, count
                count = 0
            if count == 0:
                start = int(records.get_record_offset())
            count += 1
        if count:
            yield start, count


def _is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def read(partition: Partition) -> Iterator[Record]:
    """The partition's records, each an article or a failure with its reason."""
    path = Path(partition.path)
    if partition.kind == "jsonl":
        yield from _read_jsonl(path, partition)
    elif partition.kind == "parquet":
        yield from _read_parquet(path, partition)
    elif partition.kind == "folder":
        yield from _read_folder(path, partition)
    else:
        yield from _read_warc(path, partition)


def _read_jsonl(path: Path, partition: Partition) -> Iterator[Record]:
    gzipped = path.name.lower().endswith(".gz")
    with _open_binary(path) as handle:
        if gzipped:
            for _ in range(partition.start):
                handle.readline()
        else:
            handle.seek(partition.start)
        read = 0
        number = partition.start
        while read < partition.count:
            line = handle.readline()
            if not line:
                break
            number += 1
            if not line.strip():
                continue
            read += 1
            where = f"{path.name}@{partition.start}+{read}"
            yield _from_json(line, where)


def _from_json(line: bytes, where: str) -> Record:
    try:
        raw = json.loads(line)
    except (ValueError, RecursionError):
        return Record(where, error="not a JSON object")
    if not isinstance(raw, dict):
        return Record(where, error="not a JSON object")
    return _from_fields(raw, where)


def _from_fields(raw: dict[str, Any], where: str) -> Record:
    article_id = raw.get("id")
    text = raw.get("text")
    if article_id is None or isinstance(article_id, dict | list):
        return Record(where, error="no 'id'")
    if not isinstance(text, str) or not text.strip():
        return Record(str(article_id), error="no 'text'")
    return Record(
        str(article_id),
        text,
        _string(raw.get("title")),
        _string(raw.get("url")),
        _string(raw.get("date")),
        byline=clean_byline(raw.get("byline") or raw.get("author")),
    )


def _string(value: object) -> str | None:
    return None if value is None else str(value)


def _read_parquet(path: Path, partition: Partition) -> Iterator[Record]:
    import pyarrow.parquet as pq

    table = pq.read_table(path).slice(partition.start, partition.count)
    for number, raw in enumerate(table.to_pylist()):
        yield _from_fields(raw, f"{path.name}#{partition.start + number}")


def _read_folder(path: Path, partition: Partition) -> Iterator[Record]:
    from quoteapp.ingest import read_file

    for file in _folder_files(path)[partition.start : partition.start + partition.count]:
        name = str(file.relative_to(path))
        try:
            article = read_file(file)
        except SourceError as error:
            yield Record(name, error=str(error))
            continue
        yield Record(name, article.text, article.title, None, None, byline=article.byline)


def _read_warc(path: Path, partition: Partition) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    from quoteapp.ingest.html import html_to_text

    with path.open("rb") as handle:
        handle.seek(partition.start)
        read = 0
        for record in ArchiveIterator(handle):
            if read >= partition.count:
                break
            if not _is_page(record):
                continue
            read += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            date = record.rec_headers.get_header("WARC-Date")
            article_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}#{read}"
            try:
                body = record.content_stream().read()
                page = html_to_text(body, url)
            except SourceError as error:
                yield Record(article_id, url=url, error=str(error))
                continue
            except Exception as error:  # a broken record: counted, the run goes on
                yield Record(article_id, url=url, error=f"{type(error).__name__}: {error}"[:200])
                continue
            yield Record(article_id, page.text, page.title, url, date, byline=page.byline)


__all__ = ["Partition", "Record", "fingerprint", "kind_of", "plan", "read"]
