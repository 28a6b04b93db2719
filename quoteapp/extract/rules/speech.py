"""Stage 5 (`extract/engine.py`): attributions no quotation used, as reported speech."""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

REPORTED_SPEECH = Rule(
    "reported speech",
    Stage.SPEECH,
    "An attribution no quotation used is reported speech when at most half of it lies inside "
    "quotation marks and no found quote already holds it; a content of one word is nothing.",
    constants={"inside": 0.5},
    examples=(
        Example(
            "He says: “I wonder why it was bad. Think of that.”",
            (
                quote(
                    "direct",
                    "I wonder why it was bad. Think of that.",
                    None,
                    cue="says",
                    mention="He",
                ),
            ),
        ),
    ),
)
NAMED_ONLY = Rule(
    "a name or two words state nothing",
    Stage.SPEECH,
    "`Scott Walker criticized Mr. Reagan`, `Trump mentioned disparaging remarks`: a content "
    "of two words or fewer, with no verb and no quoted words, names what was spoken of, "
    "not what was said; the product's definition counts it at most borderline, and it is "
    'not proposed (`called him "crooked"` keeps its quoted word, and an interview\'s '
    "`A: Lebron James` is a whole turn). It is judged as finally cut: `described the "
    "country` that runs on to `as beset by illegal immigrants` stays.",
    examples=(
        Example(  # polnear-dev (Breitbart)
            "Trump mentioned disparaging remarks at a rally in Michigan.",
        ),
        Example(  # polnear-train (New York Times)
            "In the debate, Scott Walker criticized Mr. Reagan.",
        ),
    ),
)
SAID_OR_WRITTEN = Rule(
    "said or written",
    Stage.SPEECH,
    "Reported speech is something a source said or wrote. A learned cue's content without "
    "quoted words stays a quote only when the speech model (the attribution classifier "
    "retrained on polnear-train's speech view, where beliefs, plans, stances and evidence are "
    "not speech) gives it enough probability. Threshold chosen on polnear-dev-speech and "
    "web-dev, checked on polnear-train-speech.",
    constants={"speech": 0.3},
    examples=(
        Example(  # an act, not something said (web-dev)
            "Key Security Council powers distanced themselves from the US position, "
            "to varying degrees."
        ),
        Example(  # what a letter opposes is a stance (PolNeAR marks it; we do not)
            "They sent a letter on Thursday to Senate leaders opposing "
            "reauthorization of the program without a significant overhaul."
        ),
        Example(  # an offer of a thing (web-dev)
            "Blue Origin will offer NASA its Blue Moon lander that the company unveiled in "
            "May, capable of carrying several tons of cargo to the lunar surface."
        ),
    ),
)
ACT_REPORTED = Rule(
    "an act reported by another source",
    Stage.SPEECH,
    "`HarperCollins declined to renew the offer, according to a publishing executive`: an "
    "act that is not speech keeps its words from other cues, except from an `according to` "
    "that holds the act's own cue: then the act is what that source said.",
    examples=(
        Example(  # polnear-train
            "But HarperCollins declined to renew the offer, according to a publishing "
            "executive familiar with the talks.",
            (
                quote(
                    "indirect",
                    "But HarperCollins declined to renew the offer",
                    "publishing executive familiar with the talks",
                    cue="according to",
                    mention="a publishing executive",
                ),
            ),
        ),
    ),
)
QUOTED_WORDS_PARTIAL = Rule(
    "quoted words make it partial",
    Stage.SPEECH,
    "Words in quotation marks make a paraphrase partial, as EVAL.md counts it, even a title's.",
    constants={"inside": 0.5},
    examples=(
        Example(
            "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.",
            (
                quote(
                    "partial",
                    "Trump ‘The Dealmaker’ Could Address Clean Energy",
                    "Lindsey Graham",
                    cue="Says",
                    mention="Lindsey Graham",
                ),
            ),
        ),
    ),
)
NO_SOURCE_LESS_SURE = Rule(
    "no source, less sure",
    Stage.SPEECH,
    "A quote with no source found is kept with its confidence scaled down.",
    constants={"scale": 0.6},
    examples=(
        Example(
            "Preys on our worst fears and instincts, regarding Muslims and "
            'immigrants, and calls people "losers" and "sad."',
            (
                quote(
                    "partial",
                    'people "losers" and "sad."',
                    None,
                    cue="calls",
                    mention=None,
                    confidence=0.48,
                ),
            ),
        ),
    ),
)

RUNS_ON_TO_SENTENCE_END = Rule(
    "what was said runs on to the sentence's end",
    Stage.SPEECH,
    "`vowed not to repeat that mistake and established a policy ...`: where the parse ends "
    "a reported clause before its sentence does, a model learned from polnear-train's "
    "speech view (`extract/runs_on.py`; `make train` refits it) decides whether the rest "
    "is still what was said. Nothing in the way may be crossed: quotation marks, another "
    "quote's words or another cue.",
    constants={"probability": 0.5},
    examples=(
        Example(  # polnear-dev (Politico): the parse ends the clause at "nominee"
            "Reid frequently mocked Romney for not releasing his full tax returns, claiming "
            "that he had a well-connected source who told him the GOP presidential nominee "
            "hadn’t paid any taxes for 10 years.",
            (
                quote(
                    "indirect",
                    "Romney for not releasing his full tax returns",
                    "Reid",
                    cue="mocked",
                    mention="Reid",
                ),
                quote(
                    "indirect",
                    "he had a well-connected source who told him the GOP presidential nominee "
                    "hadn’t paid any taxes for 10 years",
                    "Reid",
                    cue="claiming",
                    mention="Reid",
                ),
            ),
        ),
    ),
)
LEARNED_CONFIDENCE = Rule(
    "a confidence that ranks",
    Stage.SPEECH,
    "Last, every quote's confidence becomes the chance it is right end to end: boosted "
    "trees over its rule's confidence, kind, cue, length and how its speaker was reached, "
    "calibrated per group by isotonic regression on polnear-train's speech view "
    "(`extract/confidence.py`; `make train` refits it). Examples state their rules' own "
    "confidences, so they are checked with this switched off.",
    examples=(
        Example(
            "“The Kurdish referendum has no legitimacy,” Erdogan said in his "
            "comments at the palace. Erdogan, meanwhile, called the recent "
            "Iraqi Kurdish independence referendum illegitimate.",
            (
                quote(
                    "direct",
                    "The Kurdish referendum has no legitimacy,",
                    "Erdogan",
                    cue="said",
                    mention="Erdogan",
                    confidence=0.981,
                ),
                quote(
                    "indirect",
                    "the recent Iraqi Kurdish independence referendum illegitimate",
                    "Erdogan",
                    cue="called",
                    mention="Erdogan",
                    confidence=0.891,
                ),
            ),
        ),
    ),
)

RULES = (
    REPORTED_SPEECH,
    NAMED_ONLY,
    SAID_OR_WRITTEN,
    ACT_REPORTED,
    QUOTED_WORDS_PARTIAL,
    NO_SOURCE_LESS_SURE,
    RUNS_ON_TO_SENTENCE_END,
    LEARNED_CONFIDENCE,
)
