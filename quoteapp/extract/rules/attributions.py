"""Stage 2 (`extract/attributions.py`): a cue, its source and the content it introduces.

A logistic-regression classifier (`extract/classifier.py`, trained by `make
train`) scores every (word, dependent, relation) candidate in spaCy's parse.
Some readings are never speech whatever it scores, and some patterns are
rules of their own.
"""

from quoteapp.extract.rules.declare import Rule, Stage

LEARNED_CUE = Rule(
    "learned cue",
    Stage.ATTRIBUTIONS,
    "A word is a cue when the classifier gives one of its dependents enough probability "
    "of being what it reports. Clauses are what speech reports; intentions (`agreed to "
    "push`) and objects (`criticised the vote`) are stance and need more, more still when "
    "nobody in the sentence holds the stance (`a letter opposing reauthorization`). "
    "Thresholds chosen on polnear-dev and -train with the seed and examples exact; the "
    "quote's confidence is the probability.",
    constants={"clause": 0.2, "intention": 0.35, "object": 0.25, "unattributed object": 0.3},
)
SPEECH_CLAUSE = Rule(
    "verb of saying with a clause",
    Stage.ATTRIBUTIONS,
    "A verb of saying with a clause is reported speech whatever the corpus thinks of it: "
    "its probability is at least the floor.",
    constants={"floor": 0.6},
)
MISREAD_CLAUSE = Rule(
    "say takes no infinitive",
    Stage.ATTRIBUTIONS,
    "`He said legalizing it could put ...`: 'say' takes no infinitive or gerund of its own, "
    "so an xcomp under it is the parser's reading of a clause.",
)
NEGATED = Rule(
    "nothing said",
    Stage.ATTRIBUTIONS,
    "`offered no opinion`: an object with 'no' says nothing was said.",
)
SILENCE = Rule(
    "keeping quiet",
    Stage.ATTRIBUTIONS,
    "`Clinton has largely ignored the issue`: keeping quiet says nothing.",
)
CLAUSE_BEFORE_SUBJECTLESS_CUE = Rule(
    "clause before a subjectless cue",
    Stage.ATTRIBUTIONS,
    "A clause before its cue needs the cue's own subject (`..., Erdogan said`); without one "
    "the parse ran two clauses together (`A have ties, but Turkey criticised`).",
)
COUNTRY_ACTING = Rule(
    "a country acts",
    Stage.ATTRIBUTIONS,
    "`Turkey fears the vote may fuel separatism`, `Moscow and Ankara are pushing for ...`: a "
    "state's fears and policies are the writer's account; a country speaks only through a "
    "verb of saying.",
)
NOBODYS_INTENTION = Rule(
    "nobody's intention",
    Stage.ATTRIBUTIONS,
    "An intention with nobody holding it (`Report a typo`) is no attribution.",
)
UNNAMED_DOING = Rule(
    "what someone unnamed is doing",
    Stage.ATTRIBUTIONS,
    "An -ing verb with nobody named counts only if it says or takes sides: `a letter "
    "opposing X` does, `rebels seeking his overthrow` does not.",
)
CONJECTURE = Rule(
    "the writer's guess",
    Stage.ATTRIBUTIONS,
    "`Erdogan will want to press Putin`: the writer's guess at an intention is nobody's words.",
)
INTENDED_ACT = Rule(
    "an act intended",
    Stage.ATTRIBUTIONS,
    "`agree to push for X`, `want to press Putin`: an act intended under another verb is no "
    "cue of its own.",
)
AGREEING = Rule(
    "agreeing to act",
    Stage.ATTRIBUTIONS,
    "`Putin and Erdogan agree to push for ...`: agreeing to act is a deal, not words.",
)
SAID_COLON = Rule(
    "X said:",
    Stage.ATTRIBUTIONS,
    "A verb of saying followed by a colon introduces what follows in its paragraph, or the "
    "whole next paragraph; an inverted speaker (`Said Ellis:`) is the name between them.",
    confidence=0.6,
)
PASSIVE_SUBJECT = Rule(
    "passive subject",
    Stage.ATTRIBUTIONS,
    "`Obama's veto is expected to come before Friday`: what a passive verb says of its "
    "subject goes on after the verb; one quote in two parts, held by the agent if named.",
)
PARENTHETICAL = Rule(
    "cue inside its clause",
    Stage.ATTRIBUTIONS,
    "`Acts of protest, Mr. Obama said, are acts of patriotism`: a cue set in the clause it "
    "reports (or after it) that the parse hangs off that clause; one quote in two parts.",
    confidence=0.7,
)
SPEECH_NOUN = Rule(
    "noun of saying",
    Stage.ATTRIBUTIONS,
    "`Trump's claim that thousands cheered`: a noun of saying with a possessor and a that-clause.",
    confidence=0.6,
)
ACCORDING_TO = Rule(
    "according to",
    Stage.ATTRIBUTIONS,
    "`..., according to X.` reports the sentence before the comma and `According to X, ...` "
    "the one after it, read from the words since the parse often hangs the phrase on the "
    "wrong word.",
    confidence=0.75,
)
HEADLINE_COLON = Rule(
    "headline colon",
    Stage.ATTRIBUTIONS,
    "`Pence: Flowers Won't Be at Debate`: a short name, a colon and a statement; a place, a "
    "date or a label (`Editor's Note:`) before the colon names nobody.",
    confidence=0.5,
)
WITHIN_PARAGRAPH = Rule(
    "within its paragraph",
    Stage.ATTRIBUTIONS,
    "A content stays in its cue's paragraph: the parse sometimes runs on over a break, and a "
    "content cut by a break to less than half is the parser's mistake. After a colon it may "
    "fill the next paragraph.",
)
INSIDE_WHAT_WAS_SAID = Rule(
    "inside what was said",
    Stage.ATTRIBUTIONS,
    "`said it respected X but supported Y`: a cue with no subject of its own inside another "
    "attribution's content belongs to it, unless it is itself a verb of saying.",
)
NESTED_CUT = Rule(
    "nested attribution ends the content",
    Stage.ATTRIBUTIONS,
    "`X said A, adding B`, `A, Peskov added`: an attribution's content ends where a nested "
    "one begins, its source included.",
)

RULES = (
    LEARNED_CUE,
    SPEECH_CLAUSE,
    MISREAD_CLAUSE,
    NEGATED,
    SILENCE,
    CLAUSE_BEFORE_SUBJECTLESS_CUE,
    COUNTRY_ACTING,
    NOBODYS_INTENTION,
    UNNAMED_DOING,
    CONJECTURE,
    INTENDED_ACT,
    AGREEING,
    SAID_COLON,
    PASSIVE_SUBJECT,
    PARENTHETICAL,
    SPEECH_NOUN,
    ACCORDING_TO,
    HEADLINE_COLON,
    WITHIN_PARAGRAPH,
    INSIDE_WHAT_WAS_SAID,
    NESTED_CUT,
)
