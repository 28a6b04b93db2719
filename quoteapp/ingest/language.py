"""Which language an article reads as: quoteapp finds quotes in English news only.

A crawl or a folder of saved pages holds articles in other languages too (about
one page in nine of `../shared/pages`). The English parser reads them as broken
English and proposes quotes that are all wrong, so such an article is named at
load time and never extracted. py3langid (langid.py's maintained fork, its
model inside the wheel, no network) names the language; a short text says too
little to tell, so only a text of some length that reads confidently as another
language counts as not English.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

MIN_LETTERS = 150  # about 30 English words: below this a guess is not worth acting on
SURE = 0.9  # the identifier's probability for the other language
SAMPLE_CHARS = 20_000  # the opening of a long article says which language it is in
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# The languages a news crawl holds most; any other is named by its ISO 639 code.
_NAMES = {
    "ar": "Arabic",
    "de": "German",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "hi": "Hindi",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "zh": "Chinese",
}


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_identifier() -> None:
    """Load the language model now (about a second), so a later check does not wait."""
    _identifier()


def identifier_loaded() -> bool:
    """Whether a check would answer at once: the app asks before checking on its GUI
    thread, which must never wait a second for the model to load."""
    return _identifier.cache_info().currsize > 0


def other_language(text: str) -> str | None:
    """The name of the language the text reads as, when that is confidently not English;
    None for English, and for text too short or too mixed to tell."""
    sample = text[:SAMPLE_CHARS]
    # letters, not words: Chinese and Japanese put no spaces between words
    if sum(len(word) for word in _WORD.findall(sample)) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    if code == "en" or probability < SURE:
        return None
    return _NAMES.get(code, code)
