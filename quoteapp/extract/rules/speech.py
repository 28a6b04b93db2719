"""Stage 5 (`extract/engine.py`): attributions no quotation used, as reported speech."""

from quoteapp.extract.rules.declare import Rule, Stage

REPORTED_SPEECH = Rule(
    "reported speech",
    Stage.SPEECH,
    "An attribution no quotation used is reported speech when at most half of it lies inside "
    "quotation marks and no found quote already holds it; a content of one word is nothing.",
    constants={"inside": 0.5},
)
NAMED_STANCE = Rule(
    "one word names a stance",
    Stage.SPEECH,
    "`endorsed Clinton`: one word is enough when a verb of taking sides names whom the stance "
    "is about (`called Sanders on Tuesday` is a phone call).",
)
QUOTED_WORDS_PARTIAL = Rule(
    "quoted words make it partial",
    Stage.SPEECH,
    "Words in quotation marks make a paraphrase partial, as EVAL.md counts it, even a title's.",
    constants={"inside": 0.5},
)
NO_SOURCE_LESS_SURE = Rule(
    "no source, less sure",
    Stage.SPEECH,
    "A quote with no source found is kept with its confidence scaled down.",
    constants={"scale": 0.6},
)

RULES = (REPORTED_SPEECH, NAMED_STANCE, QUOTED_WORDS_PARTIAL, NO_SOURCE_LESS_SURE)
