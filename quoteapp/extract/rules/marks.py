"""Stage 1 (`extract/marks.py`): which characters open and close a quotation.

Marks are read paragraph by paragraph, so one stray mark never costs the
article: curly, straight, `« »`, `„ “`, the archive convention `''...''`,
and single quotes told apart from apostrophes.
"""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

AP_CLOSING_MARK = Rule(
    "two closing single marks",
    Stage.MARKS,
    '`"We will appeal,’’ the lawyer said.`: two right single quotation marks close a double '
    "quotation, as AP copy writes it.",
    examples=(
        Example(
            '"We will appeal,’’ the lawyer said.',
            (
                quote(
                    "direct",
                    "We will appeal,",
                    "lawyer",
                    cue="said",
                    mention="the lawyer",
                ),
            ),
        ),
    ),
)
APOSTROPHE_IN_WORD = Rule(
    "apostrophe in a word",
    Stage.MARKS,
    "A mark between a letter or digit and a letter is an apostrophe (Putin‘s, O'Brien, "
    "isn’t), never a quotation mark.",
    examples=(
        Example(
            "‘Putin’s war is a disaster for the whole country,’ Navalny said.",
            (
                quote(
                    "direct",
                    "Putin’s war is a disaster for the whole country,",
                    "Navalny",
                    cue="said",
                    mention="Navalny",
                ),
            ),
        ),
    ),
)
ELISION = Rule(
    "elision",
    Stage.MARKS,
    "A single mark before digits at a word's start is an elision (’90s), not an opening.",
    examples=(
        Example(
            "‘The ’90s were a hard time for all of us,’ Yeltsin said.",
            (
                quote(
                    "direct",
                    "The ’90s were a hard time for all of us,",
                    "Yeltsin",
                    cue="said",
                    mention="Yeltsin",
                ),
            ),
        ),
    ),
)
NO_WORDS = Rule(
    "no words, no quotation",
    Stage.MARKS,
    "Marks around a lone letter, a number or bare punctuation ('n', '5') quote nothing.",
    examples=(
        Example(
            "Elvis Presley said rock 'n' roll would never die.",
            (
                quote(
                    "indirect",
                    "rock 'n' roll would never die",
                    "Elvis Presley",
                    cue="said",
                    mention="Elvis Presley",
                ),
            ),
        ),
    ),
)
RUNS_ON = Rule(
    "runs on",
    Stage.MARKS,
    "A quotation left open at a paragraph's end runs on to it when the paragraph opens "
    "with it, when it follows a colon, or when the next paragraph reopens it (the newspaper "
    "convention for a quotation over several paragraphs).",
    examples=(
        Example(  # a quote left open at the article's end continues the previous speaker
            "“We will keep fighting,” Warren said.\n\n“And we will not stop "
            "until the rules change.",
            (
                quote(
                    "direct",
                    "We will keep fighting,",
                    "Warren",
                    cue="said",
                    mention="Warren",
                ),
                quote(
                    "direct",
                    "And we will not stop until the rules change.",
                    "Warren",
                    cue=None,
                    mention="Warren",
                ),
            ),
        ),
        Example(  # a block quotation longer than the clause the parse gives its introducer
            'The New York Times reports:\n\n"In an illustration of the lack of '
            "enthusiasm for her, just 24 percent of the contributors have "
            "given $200 or less. In 2012, 43 percent of the money came from "
            'small donors.\n\n"Without this online network, Mrs. Clinton is '
            'being made to continue with fund-raisers."',
            (
                quote(
                    "direct",
                    "In an illustration of the lack of enthusiasm for her, just 24 "
                    "percent of the contributors have given $200 or less. In 2012, 43 "
                    "percent of the money came from small donors. … Without this "
                    "online network, Mrs. Clinton is being made to continue with "
                    "fund-raisers.",
                    "New York Times",
                    cue="reports",
                    mention="The New York Times",
                ),
            ),
        ),
    ),
)

RULES = (AP_CLOSING_MARK, APOSTROPHE_IN_WORD, ELISION, NO_WORDS, RUNS_ON)
