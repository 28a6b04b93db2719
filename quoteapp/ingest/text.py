"""Turn bytes into the normalised text that every offset refers to.

Normalising is kept minimal on purpose: quotation marks, apostrophes and
non-breaking spaces are the evidence extraction works from, so only line
endings, stray control characters and surrounding blank space change.
"""

from __future__ import annotations

import codecs
import re

from quoteapp.errors import BinarySource, EmptySource

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text file whatever its encoding; `name` is only for messages."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return wide
        raise BinarySource(
            f"{name} looks like a binary file, not text: give a .txt, .md or .html file"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_like_utf8_with_stray_bytes(data):
        return data.decode("utf-8", errors="replace")
    return _decode_legacy(data, name)


def _looks_like_utf8_with_stray_bytes(data: bytes) -> bool:
    valid = len(_MULTIBYTE_UTF8.findall(data))
    broken = data.decode("utf-8", errors="replace").count("\ufffd")
    return valid > 0 and broken <= max(2, valid // 10)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: mostly Latin text puts a zero byte in every
    other place, odd places for little-endian, even for big-endian."""
    head = data[:8192]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.4 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(c.isprintable() or c.isspace() for c in text[:4096])
    return text if printable >= 0.95 * min(len(text), 4096) else None


def _decode_legacy(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    from quoteapp.ingest.encodings import guess_legacy

    guessed = guess_legacy(data)
    if guessed is not None:
        return guessed
    best = from_bytes(data).best()  # no 8-bit reading looks like words: Asian encodings
    if best is None:
        raise BinarySource(
            f"{name} is not text in any encoding quoteapp knows: give a .txt, .md or .html file"
        )
    return str(best)


def normalise_text(text: str) -> str:
    """Unify line endings and blank lines; everything else stays as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def require_text(text: str, name: str) -> str:
    """Refuse a source that holds no words at all."""
    if not text.strip():
        raise EmptySource(f"{name} has no text in it: check that it is the file you meant")
    return text
