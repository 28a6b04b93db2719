"""Load articles from any source a user has: files, folders, URLs, stdin, pasted text.

Every reader ends in `new_article`, so all sources give the same record.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from quoteapp.errors import (
    EmptySource,
    NothingToLoad,
    SourceError,
    SourceNotFound,
    SourceTooLarge,
    UnsupportedSource,
)
from quoteapp.ingest.article import new_article
from quoteapp.ingest.checks import second_looks
from quoteapp.ingest.html import html_to_text
from quoteapp.ingest.markdown import markdown_to_text
from quoteapp.ingest.text import decode_bytes
from quoteapp.ingest.url import fetch, is_url, shown
from quoteapp.model import Article

__all__ = [
    "MAX_BYTES",
    "Loaded",
    "ReadProgress",
    "Skipped",
    "article_from_text",
    "read_source",
    "read_sources",
]

MAX_BYTES = 20 * 2**20
READERS_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass
class Loaded:
    """What a load produced: the articles read, what was passed over and why, and
    articles read but worth a second look (not English, a paywall page)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)
    cancelled: bool = False

    def extend(self, other: Loaded) -> None:
        self.articles.extend(other.articles)
        self.skipped.extend(other.skipped)
        self.warnings.extend(other.warnings)


class ReadProgress:
    """Files read of how many, written by the reading thread and read by the app's timer;
    `cancel()` stops the reading after the current file."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


def article_from_text(text: str, source: str = "pasted text") -> Article:
    """An article from text a person pasted or typed."""
    return new_article(text, source)


def read_sources(
    sources: Iterable[str],
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_BYTES,
    progress: ReadProgress | None = None,
) -> Loaded:
    """Read each source; one that fails is reported as skipped and the rest still load.
    With `progress`, a folder counts file by file and a cancel stops between files."""
    loaded = Loaded()
    units = _units(list(sources)) if progress is not None else [(s, None) for s in sources]
    if progress is not None:
        progress.total = len(units)
    for source, folder in units:
        if progress is not None and progress.cancelled:
            loaded.cancelled = True
            break
        try:
            if folder is not None:  # one file of a folder, read as the folder would
                loaded.extend(_folder_file(Path(source), max_bytes))
            else:
                loaded.extend(read_source(source, stdin=stdin, max_bytes=max_bytes))
        except SourceError as error:  # a URL is named without any password it carried
            loaded.skipped.append(Skipped(shown(source) if is_url(source) else source, str(error)))
        if progress is not None:
            progress.done += 1
    loaded.warnings.extend(Skipped(s, why) for s, why in second_looks(loaded.articles))
    return loaded


def _units(sources: list[str]) -> list[tuple[str, Path | None]]:
    """Each source, with a folder opened into its files (the unit of progress)."""
    units: list[tuple[str, Path | None]] = []
    for source in sources:
        path = Path(source).expanduser() if source.strip() and not is_url(source) else None
        if path is not None and path.is_dir():
            files = [str(p) for p in _folder_files(path)]
            units.extend((f, path) for f in files)
            if not files:
                units.append((source, None))  # read_folder says it holds nothing
        else:
            units.append((source, None))
    return units


def read_source(source: str, stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read one source: `-` for standard input, a URL, a file or a folder."""
    if not source.strip():
        raise SourceNotFound("an empty path was given: name a file, a folder or a URL")
    if source == "-":
        data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
        _check_size(len(data), "standard input", max_bytes)
        return Loaded([_article_from_bytes(data, "text", "standard input")])
    if is_url(source):
        page = fetch(source, max_bytes=max_bytes)
        return Loaded([_article_from_bytes(page.body, page.reader, page.url, page.charset)])
    path = Path(source).expanduser()
    if path.is_dir():
        return read_folder(path, max_bytes)
    return Loaded([read_file(path, max_bytes)])


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Article:
    if not path.exists():
        raise SourceNotFound(f"{path} does not exist: check the path")
    if not path.is_file():
        raise UnsupportedSource(f"{path} is not a regular file: give a file or a folder")
    reader = READERS_BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedSource(
            f"{path} is a {path.suffix} file: quoteapp reads .txt, .md and .html files"
        )
    try:
        size = path.stat().st_size
        _check_size(size, str(path), max_bytes)
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read {path} ({error.strerror}): check its permissions") from None
    return _article_from_bytes(data, reader, str(path.resolve()))


def _folder_files(folder: Path) -> list[Path]:
    """The files below a folder, hidden ones left out, in a stable order."""
    return [
        path
        for path in sorted(folder.rglob("*"))
        if not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    ]


def _folder_file(path: Path, max_bytes: int) -> Loaded:
    loaded = Loaded()
    if path.suffix.lower() not in READERS_BY_SUFFIX:
        loaded.skipped.append(Skipped(str(path), f"{path.suffix} files are not articles"))
        return loaded
    try:
        loaded.articles.append(read_file(path, max_bytes))
    except SourceError as error:
        loaded.skipped.append(Skipped(str(path), str(error)))
    return loaded


def read_folder(folder: Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """Every supported file below `folder`; the others are reported as skipped."""
    loaded = Loaded()
    for path in _folder_files(folder):
        loaded.extend(_folder_file(path, max_bytes))
    if not loaded.articles:
        raise NothingToLoad(
            f"{folder} holds no readable .txt, .md or .html file "
            f"({len(loaded.skipped)} skipped): choose another folder"
        )
    return loaded


def _article_from_bytes(
    data: bytes, reader: str, source: str, charset: str | None = None
) -> Article:
    if not data.strip():
        raise EmptySource(f"{source} is empty: check that it is the file you meant")
    if reader == "html":
        page = html_to_text(data, source)
        return new_article(page.text, source, page.title, page.byline)
    text = _decode(data, source, charset)
    if reader == "markdown":
        title, text = markdown_to_text(text)
        return new_article(text, source, title)
    return new_article(text, source)


def _decode(data: bytes, source: str, charset: str | None) -> str:
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, source)


def _check_size(size: int, name: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise SourceTooLarge(
            f"{name} is larger than {max_bytes // 2**20} MiB: that is not a news article; "
            "split it or give the article alone"
        )
