"""Writing an output file, with every way it can fail said in one line.

Opening can fail (no such folder, no permission), and so can writing or closing: a full
disk (`-o /dev/full`) only shows when the buffer is flushed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from quoteapp.errors import WriteError


@contextmanager
def writing(path: Path, error: type[WriteError] = WriteError, **options: Any) -> Iterator[IO[str]]:
    """A text file open for writing; any OSError, now or at close, is `error` (WriteError
    or a kind of it) in one line."""
    try:
        with path.open("w", **options) as handle:
            yield handle
    except OSError as failure:
        raise error(cannot_write(path, failure)) from None


def cannot_write(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    if getattr(error, "errno", None) == 28:
        return f"cannot write {path}: the disk is full; free some space or choose another place"
    return f"cannot write {path} ({reason}): choose another file or folder"
