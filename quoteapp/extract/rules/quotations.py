"""Stage 4 (`extract/quotations.py`, `named.py`, `fragments.py`): each quotation attached
to an attribution, or found to be nobody's words and dropped."""

from quoteapp.extract.rules.declare import Rule, Stage

NAMED_TITLE = Rule(
    "a title is no quotation",
    Stage.QUOTATIONS,
    '`said on CBS\'s "Face the Nation"`, `She read "War and Peace"`: a title after a '
    "preposition or possessive, or what a verb that neither says nor names acts on, in "
    "running text (a title-case headline quotes in title case).",
)
QUOTED_IN_CLAUSE = Rule(
    "quotation inside a reported clause",
    Stage.QUOTATIONS,
    "A quotation inside a reported clause makes the clause a partial quote, its quoted "
    "fragments in it. A clause that only just holds the quotation yields to a cue beside it, "
    "and is then taken at the lower confidence.",
    confidence=0.8,
    constants={"inside": 0.9, "longer by": 12, "late confidence": 0.7},
)
CLAUSE_IN_QUOTATION = Rule(
    "reported clause inside a quotation",
    Stage.QUOTATIONS,
    "A reported clause inside a quotation makes it a direct quote of that cue; words before "
    'it in the clause make it a partial one (`blasted the "phony system"`).',
    confidence=0.9,
    constants={"inside": 0.6},
)
TRANSCRIPT_LABEL = Rule(
    "transcript label",
    Stage.QUOTATIONS,
    "`\"WALLACE: Let's start ...`: a transcript names its speaker in capitals before a colon.",
    confidence=0.8,
)
SIGNATURE = Rule(
    "signature",
    Stage.QUOTATIONS,
    '`"Maybe we can build a wall." ― Steve Quinlan`: a quote signed with a dash and a name.',
    confidence=0.8,
)
SAID_BEFORE = Rule(
    "Said X: before the quotation",
    Stage.QUOTATIONS,
    '`Said Ellis: "I don\'t get the sense ..."`: the cue and the name just before the quote.',
    confidence=0.8,
)
GOVERNING_CUE = Rule(
    "governing cue",
    Stage.QUOTATIONS,
    '`called Burma a "good news story"`, `what he called Machado\'s "sex tape"`: a cue word '
    "among whose dependents the quoted words stand makes a partial quote whose content is the "
    "clause it governs. A quotation mark is strong evidence, so the word needs less support "
    "than a bare attribution; someone who calls a thing by quoted words said them.",
    constants={
        "min probability": 0.4,
        "naming": 0.6,
        "base confidence": 0.5,
        "strength divided by": 3,
    },
)
NEARBY_CUE = Rule(
    "verb of saying beside the quotation",
    Stage.QUOTATIONS,
    "A statement in quotation marks takes the nearest verb of saying outside it in its first "
    "or last sentence and paragraph, or one right after a closing `?` or `!` that the parser "
    'split off (`"... for their crimes?" he asks.`).',
    confidence=0.75,
)
VOICED_FRAGMENT = Rule(
    "voiced fragment",
    Stage.QUOTATIONS,
    '`blasted the "phony system"`: words with a voice (an adjective, a verb, four words or '
    'more) are the sentence subject\'s, unlike a quoted term (`four "de-escalation zones"`).',
    confidence=0.45,
)
INTRODUCED = Rule(
    "block quotation introduced",
    Stage.QUOTATIONS,
    "`Peskov told reporters:` then a quoted paragraph left open: the attribution whose content "
    "the quotation is.",
    confidence=0.7,
)
AFTER_INTRODUCTION = Rule(
    "paragraph ending in a colon",
    Stage.QUOTATIONS,
    "`Sanders made the following comment:` introduces the quotation that opens the next "
    "paragraph, even with no verb of saying.",
    confidence=0.65,
)
CONTINUES_SPEAKER = Rule(
    "continues the previous speaker",
    Stage.QUOTATIONS,
    "A quote paragraph with no speaker of its own continues the speaker of the quote just "
    "before it (in its paragraph or the one before); a heading in quotation marks continues "
    "nobody.",
    confidence=0.6,
)
SPLIT_AROUND_CUE = Rule(
    "split around its cue",
    Stage.QUOTATIONS,
    '`"A," he said, "B."`: two quotations of one cue in one paragraph are one quote in two parts.',
    constants={"gap": 80, "gap after an inherited part": 60},
)
REOPENED = Rule(
    "reopened in the next paragraph",
    Stage.QUOTATIONS,
    "A quotation left open continues into the paragraph that reopens it: one quote.",
)
FRAGMENTS_OF_ONE_CUE = Rule(
    "fragments of one cue",
    Stage.QUOTATIONS,
    '`called him a "loser," a "liar" and a "whiner"`: several fragments one cue governs '
    "are one quote.",
)
GENERIC_SOURCE = Rule(
    "no checkable source",
    Stage.QUOTATIONS,
    "`analysts say`: a bare plural with nobody named is no checkable source; its quotes are "
    "dropped.",
)

RULES = (
    NAMED_TITLE,
    QUOTED_IN_CLAUSE,
    CLAUSE_IN_QUOTATION,
    TRANSCRIPT_LABEL,
    SIGNATURE,
    SAID_BEFORE,
    GOVERNING_CUE,
    NEARBY_CUE,
    VOICED_FRAGMENT,
    INTRODUCED,
    AFTER_INTRODUCTION,
    CONTINUES_SPEAKER,
    SPLIT_AROUND_CUE,
    REOPENED,
    FRAGMENTS_OF_ONE_CUE,
    GENERIC_SOURCE,
)
