"""Stage 3 (`extract/contents.py`, `extract/syntax.py`, `extract/sources.py`): where a
reported content begins and ends, and who its source is."""

from quoteapp.extract.rules.declare import Rule, Stage

OBJECT_BEFORE_CLAUSE = Rule(
    "object before the clause",
    Stage.CONTENTS,
    '`adding the "necessary conditions" now existed`: an object the parse put before the '
    "clause is the clause's subject; the addressee of `told reporters that` is not, and "
    "`made the following comment:` introduces what follows.",
)
OBJECT_COMPLEMENT = Rule(
    "what is said of an object",
    Stage.CONTENTS,
    "`called the charges unsubstantiated`, `accused X of ...`: what is said of the object "
    "belongs with it; when or where it was said (`on Tuesday`) does not.",
)
NEXT_ACT = Rule(
    "the speaker's next act",
    Stage.CONTENTS,
    "`said she admires him and highlighted ...`: a conjoined verb with no subject, in the "
    "cue's tense rather than the clause's, is the speaker's next act, not what was said.",
)
TRAILING_ASIDE = Rule(
    "trailing aside",
    Stage.CONTENTS,
    "`, where 18 votes are at stake`, `, according to X`, `, after meeting X`, `, using ...` "
    "at a clause's end is told by the writer and is cut off.",
)
CLOSING_MARK = Rule(
    "closing mark kept",
    Stage.CONTENTS,
    '`of "fanatic recklessness."`: a clause ending inside quotation marks takes the '
    "closing mark the parse hung elsewhere.",
)
CLOSING_BRACKET = Rule(
    "closing bracket kept",
    Stage.CONTENTS,
    "`statements (54%)`: a content keeps the closing bracket its own opening bracket needs.",
)
APPOSITION_SUBJECT = Rule(
    "person in apposition to the subject",
    Stage.SOURCES,
    "`With 50 days until the election, Minyon Moore, ..., called`: a person in apposition "
    "to a misparsed subject is the source.",
)
ADDER_IS_SAYER = Rule(
    "the adder is the sayer",
    Stage.SOURCES,
    "`The leader said Russia would work ..., adding ...`: a cue in -ing with no subject has "
    "its governing verb of saying's.",
)
NAME_BEFORE_ING = Rule(
    "name before an -ing cue",
    Stage.SOURCES,
    '`footage of Hillary Clinton asking, "..."`: the name right before a verb of saying in '
    "-ing is its speaker.",
)
SOURCE_OUTSIDE_QUOTES = Rule(
    "source outside quotation marks",
    Stage.SOURCES,
    '`"...: We will achieve justice," Chief Chuck Jordan said`: a source the parse put '
    "inside quotation marks gives way to the name written beside the cue.",
)
NAME_AFTER_CUE = Rule(
    "name after a following cue",
    Stage.SOURCES,
    '`"...," said Robin Maynard, half joking`: a cue after its quotation that the parse '
    "gives no subject takes the name right after it.",
)
NAME_BEFORE_CUE = Rule(
    "name before a subjectless cue",
    Stage.SOURCES,
    "`Trump, in Kentucky, said ...`: a verb of saying the parse leaves without a subject "
    "takes the name before it in its clause.",
)

RULES = (
    OBJECT_BEFORE_CLAUSE,
    OBJECT_COMPLEMENT,
    NEXT_ACT,
    TRAILING_ASIDE,
    CLOSING_MARK,
    CLOSING_BRACKET,
    APPOSITION_SUBJECT,
    ADDER_IS_SAYER,
    NAME_BEFORE_ING,
    SOURCE_OUTSIDE_QUOTES,
    NAME_AFTER_CUE,
    NAME_BEFORE_CUE,
)
