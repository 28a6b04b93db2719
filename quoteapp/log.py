"""The log: every error a person was shown and every crash's traceback, kept on disk.

A one-line message is right for the person at the keyboard; the log keeps the whole
story for a bug report. It rotates (a few files of 1 MB), lives in the user's log folder
(platformdirs) or where QUOTEAPP_LOG points, and failing to open it never stops the work.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER = "quoteapp"
_FORMAT = "%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"


def log_path() -> Path:
    explicit = os.environ.get("QUOTEAPP_LOG")
    if explicit:
        return Path(explicit)
    from platformdirs import user_log_path

    return user_log_path("quoteapp", appauthor=False) / "quoteapp.log"


def start_logging(program: str) -> Path:
    """Send quoteapp's log records to the rotating file (once per process); return its path."""
    path = log_path()
    logger = logging.getLogger(LOGGER)
    if any(isinstance(h, RotatingFileHandler) for h in logger.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return path  # an unwritable log folder is no reason to stop
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("%s started", program)
    return path
