"""Load articles from any source a user has: files, folders, URLs, stdin, pasted text.

Every reader ends in `new_article`, so all sources give the same record.
"""

from __future__ import annotations

import sys
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
from quoteapp.ingest.html import html_to_text
from quoteapp.ingest.markdown import markdown_to_text
from quoteapp.ingest.text import decode_bytes
from quoteapp.ingest.url import fetch, is_url, shown
from quoteapp.model import Article

__all__ = ["MAX_BYTES", "Loaded", "Skipped", "article_from_text", "read_source", "read_sources"]

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
    """What a load produced: the articles read and what was passed over, and why."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def extend(self, other: Loaded) -> None:
        self.articles.extend(other.articles)
        self.skipped.extend(other.skipped)


def article_from_text(text: str, source: str = "pasted text") -> Article:
    """An article from text a person pasted or typed."""
    return new_article(text, source)


def read_sources(
    sources: Iterable[str], stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES
) -> Loaded:
    """Read each source; one that fails is reported as skipped and the rest still load."""
    loaded = Loaded()
    for source in sources:
        try:
            loaded.extend(read_source(source, stdin=stdin, max_bytes=max_bytes))
        except SourceError as error:  # a URL is named without any password it carried
            loaded.skipped.append(Skipped(shown(source) if is_url(source) else source, str(error)))
    return loaded


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


def read_folder(folder: Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """Every supported file below `folder`; the others are reported as skipped."""
    loaded = Loaded()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.suffix.lower() not in READERS_BY_SUFFIX:
            loaded.skipped.append(Skipped(str(path), f"{path.suffix} files are not articles"))
            continue
        try:
            loaded.articles.append(read_file(path, max_bytes))
        except SourceError as error:
            loaded.skipped.append(Skipped(str(path), str(error)))
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
        title, text = html_to_text(data, source)
        return new_article(text, source, title)
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
