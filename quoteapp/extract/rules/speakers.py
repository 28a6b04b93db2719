"""Stage 6 (`extract/speakers.py`): a speaker mention resolved to a canonical name."""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

SURNAME_CHAIN = Rule(
    "chained by surname",
    Stage.SPEAKERS,
    'People are chained by surname ("Recep Tayyip Erdogan", "Erdogan"), organisations by '
    "containment; a later surname is the full name, and the longest name is the canonical one.",
    examples=(
        Example(  # a later surname is the full name
            "Turkish President Recep Tayyip Erdogan met Putin in Ankara. “No "
            "one has the right to throw our region in the fire,” Erdogan said.",
            (
                quote(
                    "direct",
                    "No one has the right to throw our region in the fire,",
                    "Recep Tayyip Erdogan",
                    cue="said",
                    mention="Erdogan",
                ),
            ),
        ),
        Example(
            "Richard Revesz, director of the Institute for Policy Integrity at "
            "New York University’s law school, said the suing states were "
            "exaggerating the regulatory reach of the EPA.\n“The Clean Power "
            "Plan, while certainly a very important rule, is not the "
            "boundary-breaking behemoth that the petitioners make it out to "
            "be,” Revesz said.",
            (
                quote(
                    "indirect",
                    "the suing states were exaggerating the regulatory reach of the EPA",
                    "Richard Revesz",
                    cue="said",
                    mention="Richard Revesz",
                ),
                quote(
                    "direct",
                    "The Clean Power Plan, while certainly a very important rule, is "
                    "not the boundary-breaking behemoth that the petitioners make it "
                    "out to be,",
                    "Richard Revesz",
                    cue="said",
                    mention="Revesz",
                ),
            ),
        ),
    ),
)
NAME_SPLIT_AT_SPACE = Rule(
    "name split at a non-breaking space",
    Stage.SPEAKERS,
    "Two names of one kind with only a space between them are one name.",
    examples=(
        Example(
            "(MEE) — Russian President Vladimir Putin said on Thursday that "
            "the de facto conditions needed to end Syria’s civil had been "
            "achieved, after meeting with Turkish President Recep Tayyip "
            "Erdogan.",
            (
                quote(
                    "indirect",
                    "the de facto conditions needed to end Syria’s civil had been achieved",
                    "Vladimir Putin",
                    cue="said",
                    mention="Russian President Vladimir Putin",
                ),
            ),
        ),
    ),
)
MISREAD_PERSON = Rule(
    "surname read as an organisation",
    Stage.SPEAKERS,
    "A later 'DuVernay' the model calls an organisation is still the person.",
    examples=(
        Example(
            "Director Ava DuVernay spoke on Monday. DuVernay said the film was finished.",
            (
                quote(
                    "indirect",
                    "the film was finished",
                    "Ava DuVernay",
                    cue="said",
                    mention="DuVernay",
                ),
            ),
        ),
    ),
)
MISREAD_ORGANISATION = Rule(
    "headline name read as an organisation",
    Stage.SPEAKERS,
    "A headline 'Ava DuVernay' read as an organisation turns out to be a person when the "
    "person is named.",
    examples=(
        Example(
            "Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison "
            "System.\nIf there’s one thing that Ava DuVernay is more passionate "
            "about than the present-day reality of black life in America, it’s "
            "her push to help people understand the past so America’s sordid "
            "history in mistreating black Americans isn’t repeated.\nThe "
            "director makes this clear in her stunning new documentary “13th.” "
            "The film, which debuts on Netflix Friday, explores how the 13th "
            "amendment in the U.S. constitution which abolished slavery also "
            "came with a loophole that was exploited and eventually led to the "
            "current mass incarceration of black people in America. \n“The 13th "
            "Amendment has a clause that is a criminality clause,” DuVernay "
            "explained in an interview with The Huffington Post. “It says that "
            "everyone is free in this country. No one can be held as a "
            "slave... ‘except as for punishment for a "
            "crime.’”\nNetflix.\nDuVernay’s “13th” documents how black life has "
            "been impacted by America’s racism.\nDuVernay said she felt the "
            "13th Amendment was worth examining because “most people don’t "
            "know about that loop-hole,” she said. “We have no context for the "
            "current moment if we don’t know where we came from.” ",
            (
                quote(
                    "indirect",
                    "how the 13th amendment in the U.S. constitution which abolished "
                    "slavery also came with a loophole that was exploited and "
                    "eventually led to the current mass incarceration of black people "
                    "in America",
                    "film",
                    cue="explores",
                    mention="The film",
                ),
                quote(
                    "direct",
                    "The 13th Amendment has a clause that is a criminality clause,",
                    "Ava DuVernay",
                    cue="explained",
                    mention="DuVernay",
                ),
                quote(
                    "direct",
                    "It says that everyone is free in this country. No one can be held "
                    "as a slave... ‘except as for punishment for a crime.’",
                    "Ava DuVernay",
                    cue=None,
                    mention="DuVernay",
                ),
                quote(
                    "indirect",
                    "she felt the 13th",
                    "Ava DuVernay",
                    cue="said",
                    mention="DuVernay",
                ),
                quote(
                    "partial",
                    "most people don’t know about that loop-hole,",
                    "Ava DuVernay",
                    cue="said",
                    mention="she",
                ),
                quote(
                    "direct",
                    "We have no context for the current moment if we don’t know where "
                    "we came from.",
                    "Ava DuVernay",
                    cue=None,
                    mention="she",
                ),
            ),
        ),
    ),
)
TITLE_GENDER = Rule(
    "gender from a title",
    Stage.SPEAKERS,
    "Mr. makes a person male and Mrs./Ms. female, for pronouns to agree with.",
    examples=(
        Example(
            "Doug Band met the press on Monday. Ms. Clinton spoke next. “We will win,” he said.",
            (
                quote(
                    "direct",
                    "We will win,",
                    "Doug Band",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
    ),
)
RELATIVE_PRONOUN = Rule(
    "which and who",
    Stage.SPEAKERS,
    '"which" and "who" are the noun they modify.',
    examples=(
        Example(
            "Obama has had a frosty relationship with McConnell, now the "
            "Senate majority leader, who in 2010 said the GOP's most important "
            'goal was to make Obama a "one-term president."',
            (
                quote(
                    "partial",
                    'the GOP\'s most important goal was to make Obama a "one-term president."',
                    "McConnell",
                    cue="said",
                    mention="who",
                ),
            ),
        ),
    ),
)
QUANTITY = Rule(
    "counted speakers",
    Stage.SPEAKERS,
    "`dozens of papers`, `a number of tax experts`: the papers and the experts.",
    examples=(
        Example(  # a number of speakers are the speakers
            "His views were echoed by a number of tax experts I spoke to this week.",
            (
                quote(
                    "indirect",
                    "His views",
                    "tax experts",
                    cue="echoed",
                    mention="a number",
                ),
            ),
        ),
    ),
)
CONJOINED_NAMES = Rule(
    "conjoined names",
    Stage.SPEAKERS,
    "`Pavel Baev and Kemal Kirisci said`: conjoined names stay together.",
    examples=(
        Example(  # two people
            "“Relations between Turkey and Russia may appear to be friendly,” "
            "Pavel Baev and Kemal Kirisci of the Brookings Institution wrote "
            "in a study this month.",
            (
                quote(
                    "direct",
                    "Relations between Turkey and Russia may appear to be friendly,",
                    "Pavel Baev and Kemal Kirisci",
                    cue="wrote",
                    mention="Pavel Baev and Kemal Kirisci",
                ),
            ),
        ),
    ),
)
PRONOUN_ANTECEDENT = Rule(
    "pronoun antecedent",
    Stage.SPEAKERS,
    "A pronoun is the most recent compatible person named outside quotation marks, a recent "
    "subject first, within a window of tokens.",
    constants={"window": 150, "subject bonus": 40},
    examples=(
        Example(  # she goes to the right person
            "Hillary Clinton spoke in Ohio on Monday. “We have to do better,” she said.",
            (
                quote(
                    "direct",
                    "We have to do better,",
                    "Hillary Clinton",
                    cue="said",
                    mention="she",
                ),
            ),
        ),
        Example(  # she continued
            "Clinton spoke in Tulsa on Tuesday. “Maybe I can, by speaking "
            "directly to white people, say, look, this is not who we are,” she "
            "continued.",
            (
                quote(
                    "direct",
                    "Maybe I can, by speaking directly to white people, say, look, "
                    "this is not who we are,",
                    "Clinton",
                    cue="continued",
                    mention="she",
                ),
            ),
        ),
    ),
)
RECENT_ORGANISATION = Rule(
    "it and they",
    Stage.SPEAKERS,
    '"it" and "they" are the most recent organisation, if it is near.',
    constants={"window": 80},
    examples=(
        Example(
            "The Kremlin issued a statement on Friday. It said the talks had been useful.",
            (
                quote(
                    "indirect",
                    "the talks had been useful",
                    "Kremlin",
                    cue="said",
                    mention="It",
                ),
            ),
        ),
    ),
)
DESCRIBED = Rule(
    "description to person",
    Stage.SPEAKERS,
    '"the Russian leader", "the spokesman": the person named earlier whose titles, '
    "appositives or possessive roles match the description.",
    examples=(
        Example(  # a description resolves: the Russian leader
            "Russian President Vladimir Putin met Erdogan in Ankara on "
            "Thursday. The Russian leader said Russia and Turkey would work to "
            "“deepen coordination” on ending the war.",
            (
                quote(
                    "partial",
                    "Russia and Turkey would work to “deepen coordination” on ending the war",
                    "Vladimir Putin",
                    cue="said",
                    mention="The Russian leader",
                ),
            ),
        ),
        Example(  # a description resolves: the spokesman
            "“Russia and Turkey are cooperating very tightly,” Putin’s "
            "spokesman Dmitry Peskov said. The spokesman said the visit would "
            "last one day.",
            (
                quote(
                    "direct",
                    "Russia and Turkey are cooperating very tightly,",
                    "Dmitry Peskov",
                    cue="said",
                    mention="Putin’s spokesman Dmitry Peskov",
                ),
                quote(
                    "indirect",
                    "the visit would last one day",
                    "Dmitry Peskov",
                    cue="said",
                    mention="The spokesman",
                ),
            ),
        ),
        Example(
            "Russian President Vladimir Putin met Turkish President Recep "
            "Tayyip Erdogan in Ankara. Erdogan spoke first. The Russian leader "
            "said the talks had gone well.",
            (
                quote(
                    "indirect",
                    "the talks had gone well",
                    "Vladimir Putin",
                    cue="said",
                    mention="The Russian leader",
                ),
            ),
        ),
    ),
)
ROLE_HOLDER = Rule(
    "role word to the person in focus",
    Stage.SPEAKERS,
    "`the former secretary of state`: news refers back to the person most recently the subject.",
    constants={"window": 120},
    examples=(
        Example(
            "Hillary Clinton spoke in Ohio on Monday. The former secretary of "
            "state said the economy needed help.",
            (
                quote(
                    "indirect",
                    "the economy needed help",
                    "Hillary Clinton",
                    cue="said",
                    mention="The former secretary",
                ),
            ),
        ),
    ),
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
    RECENT_ORGANISATION,
    DESCRIBED,
    ROLE_HOLDER,
)
