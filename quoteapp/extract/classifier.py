"""Score candidate attributions with the weights `training.py` learned."""

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


@cache
def _raw() -> dict:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


@cache
def _model() -> tuple[float, dict[str, float], np.ndarray]:
    import numpy as np

    raw = _raw()
    return raw["intercept"], raw["sparse"], np.asarray(raw["dense"], dtype="float32")


def trained_on() -> tuple[str, str]:
    """The pipeline (package name, version) whose parse and vectors the weights learned."""
    pipeline = _raw()["pipeline"]
    return pipeline["name"], pipeline["version"]


def attribution_probability(cue: Token, dependent: Token, relation: str) -> float:
    intercept, sparse, dense = _model()
    names, vector = features(cue, dependent, relation)
    score = intercept + sum(sparse.get(f, 0.0) for f in names)
    if vector is not None:
        score += float(vector @ dense)
    return 1.0 / (1.0 + math.exp(-score))
