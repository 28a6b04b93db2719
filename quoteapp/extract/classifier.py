"""Score candidate attributions with the weights `training.py` learned.

Two models share the candidates and features: the attribution model, learned from
every PolNeAR attribution (beliefs, plans and stances too), finds where a word
introduces content; the speech model, learned from the speech view of the same
data, tells whether that content is something said or written.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quoteapp.extract.features import features

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Token

MODEL_PATH = Path(__file__).parent / "data" / "attribution.json"
SPEECH_MODEL_PATH = Path(__file__).parent / "data" / "speech.json"


@cache
def _raw(path: Path = MODEL_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _model(path: Path) -> tuple[float, dict[str, float], np.ndarray]:
    import numpy as np

    raw = _raw(path)
    return raw["intercept"], raw["sparse"], np.asarray(raw["dense"], dtype="float32")


def trained_on(path: Path = MODEL_PATH) -> tuple[str, str]:
    """The pipeline (package name, version) whose parse and vectors the weights learned."""
    pipeline = _raw(path)["pipeline"]
    return pipeline["name"], pipeline["version"]


def _probability(path: Path, cue: Token, dependent: Token, relation: str) -> float:
    intercept, sparse, dense = _model(path)
    names, vector = features(cue, dependent, relation)
    score = intercept + sum(sparse.get(f, 0.0) for f in names)
    if vector is not None:
        score += float(vector @ dense)
    return 1.0 / (1.0 + math.exp(-score))


def attribution_probability(cue: Token, dependent: Token, relation: str) -> float:
    """How likely the dependent is what the cue attributes (any attribution)."""
    return _probability(MODEL_PATH, cue, dependent, relation)


def speech_probability(cue: Token, dependent: Token, relation: str) -> float:
    """How likely the dependent is reported speech: something said or written."""
    return _probability(SPEECH_MODEL_PATH, cue, dependent, relation)
