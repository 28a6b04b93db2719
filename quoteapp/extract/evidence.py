"""How a quote's speaker was reached, in one line a reviewer can check against the text."""

from __future__ import annotations

from quoteapp.extract.speakers import Reached, Resolution


def describe(
    resolution: Resolution | None,
    mention: str | None,
    named_in: int | None,
    continued: bool = False,
) -> str:
    """`he → Tomas Berg, named in paragraph 3`, `named here`, `no source named`, ...

    `named_in` is the number (from 1) of the paragraph where the person was named.
    """
    if resolution is None or mention is None:
        return "no source named"
    name = resolution.name
    where = f", named in paragraph {named_in}" if named_in is not None else ""
    if continued:
        return f"continued from the previous quote ({name})" if name else "continued"
    if resolution.how is Reached.NAMED:
        return "named here"
    if resolution.how is Reached.AS_WRITTEN:
        return "as written: no name given" if name else "no source named"
    if resolution.how is Reached.UNRESOLVED or not name:
        return f"{mention} → nobody found"
    return f"{mention} → {name}{where}"
