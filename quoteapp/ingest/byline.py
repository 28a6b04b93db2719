"""An article's byline as a page gives it: who wrote it, kept as written.

Page metadata names authors loosely (`By Tom Krisher; AP Auto Writer`, `Admin`,
`Condé Nast; Molly Wood`), so the byline is stored as the page says, tidied only of
its `By` and spacing; which part is a person is decided where it matters, in
`quoteapp.extract.writer`.
"""

from __future__ import annotations

import re

MAX_BYLINE = 200
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)


def clean_byline(raw: object) -> str | None:
    """The byline without a leading `By` and extra spaces, or None if there is none."""
    if not isinstance(raw, str):
        return None
    byline = " ".join(_BY.sub("", raw).split())
    return byline[:MAX_BYLINE] or None
