"""Stage 6 (`extract/speakers.py`): a speaker mention resolved to a canonical name."""

from quoteapp.extract.rules.declare import Rule, Stage

SURNAME_CHAIN = Rule(
    "chained by surname",
    Stage.SPEAKERS,
    'People are chained by surname ("Recep Tayyip Erdogan", "Erdogan"), organisations by '
    "containment; a later surname is the full name, and the longest name is the canonical one.",
)
NAME_SPLIT_AT_SPACE = Rule(
    "name split at a non-breaking space",
    Stage.SPEAKERS,
    "Two names of one kind with only a space between them are one name.",
)
MISREAD_PERSON = Rule(
    "surname read as an organisation",
    Stage.SPEAKERS,
    "A later 'DuVernay' the model calls an organisation is still the person.",
)
MISREAD_ORGANISATION = Rule(
    "headline name read as an organisation",
    Stage.SPEAKERS,
    "A headline 'Ava DuVernay' read as an organisation turns out to be a person when the "
    "person is named.",
)
TITLE_GENDER = Rule(
    "gender from a title",
    Stage.SPEAKERS,
    "Mr. makes a person male and Mrs./Ms. female, for pronouns to agree with.",
)
RELATIVE_PRONOUN = Rule(
    "which and who",
    Stage.SPEAKERS,
    '"which" and "who" are the noun they modify.',
)
QUANTITY = Rule(
    "counted speakers",
    Stage.SPEAKERS,
    "`dozens of papers`, `a number of tax experts`: the papers and the experts.",
)
CONJOINED_NAMES = Rule(
    "conjoined names",
    Stage.SPEAKERS,
    "`Pavel Baev and Kemal Kirisci said`: conjoined names stay together.",
)
PRONOUN_ANTECEDENT = Rule(
    "pronoun antecedent",
    Stage.SPEAKERS,
    "A pronoun is the most recent compatible person named outside quotation marks, a recent "
    "subject first, within a window of tokens.",
    constants={"window": 150, "subject bonus": 40},
)
GOVERNING_SUBJECT = Rule(
    "pronoun inside a named person's clause",
    Stage.SPEAKERS,
    "`Clinton says she ... what she calls ...`: a pronoun subject inside a named person's "
    "clause is that person.",
    constants={"depth": 4},
)
RECENT_ORGANISATION = Rule(
    "it and they",
    Stage.SPEAKERS,
    '"it" and "they" are the most recent organisation, if it is near.',
    constants={"window": 80},
)
DESCRIBED = Rule(
    "description to person",
    Stage.SPEAKERS,
    '"the Russian leader", "the spokesman": the person named earlier whose titles, '
    "appositives or possessive roles match the description.",
)
ROLE_HOLDER = Rule(
    "role word to the person in focus",
    Stage.SPEAKERS,
    "`the former secretary of state`: news refers back to the person most recently the subject.",
    constants={"window": 120},
)

RULES = (
    SURNAME_CHAIN,
    NAME_SPLIT_AT_SPACE,
    MISREAD_PERSON,
    MISREAD_ORGANISATION,
    TITLE_GENDER,
    RELATIVE_PRONOUN,
    QUANTITY,
    CONJOINED_NAMES,
    PRONOUN_ANTECEDENT,
    GOVERNING_SUBJECT,
    RECENT_ORGANISATION,
    DESCRIBED,
    ROLE_HOLDER,
)
