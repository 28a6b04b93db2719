"""Stage 1 (`extract/marks.py`): which characters open and close a quotation.

Marks are read paragraph by paragraph, so one stray mark never costs the
article: curly, straight, `« »`, `„ “`, the archive convention `''...''`,
and single quotes told apart from apostrophes.
"""

from quoteapp.extract.rules.declare import Rule, Stage

APOSTROPHE_IN_WORD = Rule(
    "apostrophe in a word",
    Stage.MARKS,
    "A mark between a letter or digit and a letter is an apostrophe (Putin‘s, O'Brien, "
    "isn’t), never a quotation mark.",
)
ELISION = Rule(
    "elision",
    Stage.MARKS,
    "A single mark before digits at a word's start is an elision (’90s), not an opening.",
)
PLURAL_POSSESSIVE = Rule(
    "plural possessive",
    Stage.MARKS,
    "A closing single mark after an s with no single quotation open is a plural possessive "
    "(the Kurds’ aspirations).",
)
NO_WORDS = Rule(
    "no words, no quotation",
    Stage.MARKS,
    "Marks around a lone letter, a number or bare punctuation ('n', '5') quote nothing.",
)
RUNS_ON = Rule(
    "runs on",
    Stage.MARKS,
    "A quotation left open at a paragraph's end runs on to it when the paragraph opens "
    "with it, when it follows a colon, or when the next paragraph reopens it (the newspaper "
    "convention for a quotation over several paragraphs).",
)

RULES = (APOSTROPHE_IN_WORD, ELISION, PLURAL_POSSESSIVE, NO_WORDS, RUNS_ON)
