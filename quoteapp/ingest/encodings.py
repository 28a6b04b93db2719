"""Which legacy 8-bit encoding a text file is in, when it is not UTF-8.

charset-normalizer, left alone, reads a short French Latin-1 file as Central
European (`à Genève` became `ŕ Genčve`) and Hebrew ISO-8859-8 as Russian KOI8-R.
So each common legacy encoding decodes the bytes and the result is judged as a
reader would: words in one script, cased as words are, accents from one
language's alphabet, and no symbols in the middle of words. Western (cp1252) wins a
tie, as most news in these encodings is. When no reading looks like words,
charset-normalizer's best guess is used (multi-byte Asian encodings, say).
"""

from __future__ import annotations

import re
import unicodedata

# In order of preference when two readings score the same.
CANDIDATES = (
    "cp1252",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "cp1253",
    "iso8859_7",
    "cp1255",
    "iso8859_8",
    "cp1254",
    "cp1257",
)
# The accented letters of the Latin alphabets these encodings serve; a reading whose
# accents all come from one of them reads like a language, a mix like noise.
ALPHABETS = {
    "western": frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ"),
    "central": frozenset(
        "áäéíóôöúüýąćęłńśźżčďěňřšťůžőűăâîșțşţĺľŕÁÄÉÍÓÔÖÚÜÝĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰĂÂÎȘȚŞŢĹĽŔ"
    ),
    "turkish": frozenset("çğıöşüâîûÇĞİÖŞÜÂÎÛ"),
    "baltic": frozenset("ąčęėįšųūžāēģīķļņōŗäöõüĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅŌŖÄÖÕÜ"),
}
# Most news in these encodings is Western European: its alphabet wins a near tie.
WEIGHT = {"western": 1.0, "central": 0.8, "turkish": 0.8, "baltic": 0.8}
TYPOGRAPHY = frozenset("“”‘’„«»–—…")
_WORD = re.compile(r"\w+", re.UNICODE)


def guess_legacy(data: bytes) -> str | None:
    """The text as its most plausible legacy encoding reads it, or None if none does."""
    best, best_score = None, 0.0
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score > best_score:
            best, best_score = text, score
    return best


def plausibility(text: str) -> float:
    """How much the non-ASCII part of `text` reads like words (higher: more)."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    accents = [c for w in words for c in w if c.isalpha() and _script(c) == "LATIN"]
    name = max(ALPHABETS, key=lambda n: sum(c in ALPHABETS[n] for c in accents))
    scores = [_word_score(word, ALPHABETS[name], WEIGHT[name]) for word in words]
    cased = [w for w in words if w.lower() != w.upper()]
    if len(cased) >= 5 and not accents and not any(w[:1].isupper() for w in cased):
        # a cased script with no capital anywhere: a caseless one (Hebrew) read wrongly
        scores = [s / 2 if s > 0 and w in cased else s for w, s in zip(words, scores, strict=True)]
    score = sum(scores)
    for char in text:
        if ord(char) < 128:
            continue
        if char in TYPOGRAPHY:
            score += 0.5
        elif not char.isalpha() and unicodedata.category(char)[0] in "SC":
            score -= 2  # a symbol or control where a reader expected a letter
    return score


def _word_score(word: str, alphabet: frozenset[str], weight: float) -> float:
    letters = [c for c in word if c.isalpha()]
    if not letters or any(c.isdigit() or c == "_" for c in word):
        return -1.0
    if len(letters) == 1:
        return 0.0  # `à`, or a stray `Ť` where a guillemet was: no evidence either way
    scripts = {_script(c) for c in letters if not c.isascii()}
    if len(scripts) > 1:
        return -2.0
    script = scripts.pop()
    if script != "LATIN" and any(c.isascii() for c in letters):
        return -2.0  # `Ïðåçèäåíò`-like mixes: Latin letters inside a Cyrillic word
    if not _well_cased(word):
        return -1.0
    if script == "LATIN":
        accented = [c for c in letters if not c.isascii()]
        if len(word) >= 3 and len(accented) == len(letters):
            return -1.0  # no Latin-script word is all accents: another script read as Latin
        return weight if all(c in alphabet for c in accented) else -1.0
    if word.isupper() and len(word) > 2:
        return 0.0  # a whole text of capitals is a cased script read wrongly
    return 1.0


def _well_cased(word: str) -> bool:
    caseless = word.lower() == word.upper()  # Hebrew, Arabic
    return caseless or word.islower() or word.isupper() or word.istitle() or not word.isalpha()


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split()[0]
    except ValueError:
        return "UNKNOWN"
