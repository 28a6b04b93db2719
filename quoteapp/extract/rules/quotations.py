"""Stage 4 (`extract/quotations.py`, `named.py`, `fragments.py`): each quotation attached
to an attribution, or found to be nobody's words and dropped."""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

NAMED_TITLE = Rule(
    "a title is no quotation",
    Stage.QUOTATIONS,
    '`said on CBS\'s "Face the Nation"`, `She read "War and Peace"`: a title after a '
    "preposition or possessive, or what a verb that neither says nor names acts on, in "
    "running text (a title-case headline quotes in title case), and a few words in marks "
    "right after a book, film or song (lexicon.WORKS).",
    examples=(
        Example(  # polnear-dev: a book's title before the cue is no quotation
            "And where is that $115 supposed to come from? In his 2002 book, ''Make Your Kid a "
            "Millionaire,'' Mr. McKinley suggested looking at the things on your credit card "
            "bill.",
        ),
        Example(  # a quoted title after the cue is neither speaker nor quote
            "“He's absolutely right,” Flynn, a top Trump surrogate, said "
            "Thursday morning on Fox News’s “Fox and Friends.” “I mean, "
            "there's a lot of frustration within the ranks.”",
            (
                quote(
                    "direct",
                    "He's absolutely right,",
                    "Flynn",
                    cue="said",
                    mention="Flynn",
                ),
                quote(
                    "direct",
                    "I mean, there's a lot of frustration within the ranks.",
                    "Flynn",
                    cue=None,
                    mention="Flynn",
                ),
            ),
        ),
        Example(  # a programme's title after 'on' is no quotation
            'The senator said on CBS\'s "Face the Nation" that the bill would pass.',
            (
                quote(
                    "indirect",
                    "that the bill would pass",
                    "senator",
                    cue="said",
                    mention="The senator",
                ),
            ),
        ),
        Example(  # title of a work
            "She read “War and Peace” twice last summer.",
        ),
        Example(  # slogan
            "Supporters wore “Make America Great Again” hats at the rally in Ohio.",
        ),
        Example(  # nickname
            "Dwayne “The Rock” Johnson spent the summer in Hawaii.",
        ),
    ),
)
MENTIONED_WORDS = Rule(
    "a word mentioned is no quotation",
    Stage.QUOTATIONS,
    '`never used the term "three amigos"`, `the so-called "war on coal"`: words named as '
    "words are a term, not anyone's speech, so the clause around them stays indirect.",
    examples=(
        Example(  # a term inside reported speech: the clause is indirect, not partial
            'He also told investigators that he never used the term "three amigos" and did '
            "not see himself as part of any group.",
            (
                quote(
                    "indirect",
                    'he never used the term "three amigos" and did not see himself as part '
                    "of any group",
                    None,
                    cue="told",
                    mention="He",
                ),
            ),
        ),
    ),
)
QUOTED_IN_CLAUSE = Rule(
    "quotation inside a reported clause",
    Stage.QUOTATIONS,
    "A quotation inside a reported clause makes the clause a partial quote, its quoted "
    "fragments in it. A clause that only just holds the quotation yields to a cue beside it, "
    "and is then taken at the lower confidence.",
    confidence=0.8,
    constants={"inside": 0.9, "longer by": 12, "late confidence": 0.7},
    examples=(
        Example(  # partial: the clause with its quoted fragment
            "Erdogan said after talks in Ankara that the pair agreed to "
            "“pursue more intensely” the implementation of a de-escalation "
            "zone in Idlib.",
            (
                quote(
                    "partial",
                    "the pair agreed to “pursue more intensely” the implementation of "
                    "a de-escalation zone in Idlib",
                    "Erdogan",
                    cue="said",
                    mention="Erdogan",
                ),
            ),
        ),
        Example(  # what she calls, inside what she says: one partial quote, and 'she' is Clinton
            "Clinton says she appreciated Machado’s courage through what she "
            "calls a “war of some pretty unpleasant words.”",
            (
                quote(
                    "partial",
                    "she appreciated Machado’s courage through what she calls a “war "
                    "of some pretty unpleasant words.”",
                    "Clinton",
                    cue="says",
                    mention="Clinton",
                ),
            ),
        ),
    ),
)
CLAUSE_IN_QUOTATION = Rule(
    "reported clause inside a quotation",
    Stage.QUOTATIONS,
    "A reported clause inside a quotation makes it a direct quote of that cue; words before "
    'it in the clause make it a partial one (`blasted the "phony system"`).',
    confidence=0.9,
    constants={"inside": 0.6},
    examples=(
        Example(  # a fragment with a voice is someone's words
            'Donald Trump campaigned in Ohio on Friday. He blasted the "phony '
            'system" in front of thousands.',
            (
                quote(
                    "partial",
                    "phony system",
                    "Donald Trump",
                    cue="blasted",
                    mention="He",
                ),
            ),
        ),
    ),
)
TRANSCRIPT_LABEL = Rule(
    "transcript label",
    Stage.QUOTATIONS,
    "`\"WALLACE: Let's start ...`: a transcript names its speaker in capitals before a colon.",
    confidence=0.8,
    examples=(
        Example(
            "“WALLACE: Let's start with the economy tonight.",
            (
                quote(
                    "direct",
                    "Let's start with the economy tonight.",
                    "WALLACE",
                    cue=":",
                    mention="WALLACE",
                ),
            ),
        ),
    ),
)
SIGNATURE = Rule(
    "signature",
    Stage.QUOTATIONS,
    '`"Maybe we can build a wall." ― Steve Quinlan`: a quote signed with a dash and a name.',
    confidence=0.8,
    examples=(
        Example(  # a quote signed with a dash and a name
            "“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan.",
            (
                quote(
                    "direct",
                    "Maybe, we can build a wall around Donald Trump.",
                    "Steve Quinlan",
                    cue="―",
                    mention="Steve Quinlan",
                ),
            ),
        ),
        Example(  # a run of signed quotes, each with its own name
            "“Donald Trump scares me.” ― Krystal Correa\n“He can’t even answer "
            "a question.”― Esther Tapia \n“Mostly he promotes ignorance.” ― "
            "Ariana Huichapa",
            (
                quote(
                    "direct",
                    "Donald Trump scares me.",
                    "Krystal Correa",
                    cue="―",
                    mention="Krystal Correa",
                ),
                quote(
                    "direct",
                    "He can’t even answer a question.",
                    "Esther Tapia",
                    cue="”―",
                    mention="Esther Tapia",
                ),
                quote(
                    "direct",
                    "Mostly he promotes ignorance.",
                    "Ariana Huichapa",
                    cue="―",
                    mention="Ariana Huichapa",
                ),
            ),
        ),
    ),
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
    examples=(
        Example(  # a quoted fragment ending a sentence belongs to the word that governs it
            "“It is the right thing to do,” Obama said. He called Burma a "
            '"good news story in an era when so often we see countries going '
            'the opposite direction."',
            (
                quote(
                    "direct",
                    "It is the right thing to do,",
                    "Obama",
                    cue="said",
                    mention="Obama",
                ),
                quote(
                    "partial",
                    "good news story in an era when so often we see countries going "
                    "the opposite direction.",
                    "Obama",
                    cue="called",
                    mention="He",
                ),
            ),
        ),
        Example(
            "Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.",
            (
                quote(
                    "partial",
                    "Obamacare ‘crazy system’ during campaign stop",
                    "Bill Clinton",
                    cue="calls",
                    mention="Bill Clinton",
                ),
            ),
        ),
    ),
)
NEARBY_CUE = Rule(
    "verb of saying beside the quotation",
    Stage.QUOTATIONS,
    "A statement in quotation marks takes the nearest verb of saying outside every quotation "
    "in its first or last sentence and paragraph, or one right after a closing `?` or `!` "
    'that the parser split off (`"... for their crimes?" he asks.`, also when a quotation '
    "inside ends with it). A verb inside another quotation is the quoted words', not a cue.",
    confidence=0.75,
    # `"...?" He Jianxiong, the former executive director for China at the International
    # Monetary Fund, said`: the cue after a question can follow a long appositive
    constants={"words after a question": 19},
    examples=(
        Example(  # web-dev: the cue after the question stands past a long appositive
            "“Without rolling back some of the tariffs, then I would ask what is the additional "
            "incentive of implementing this deal on the Chinese part?” He Jianxiong, the former "
            "executive director for China at the International Monetary Fund, said at a Nov. 6 "
            "event.",
            (
                quote(
                    "direct",
                    "Without rolling back some of the tariffs, then I would ask what is the "
                    "additional incentive of implementing this deal on the Chinese part?",
                    "He Jianxiong",
                    cue="said",
                    mention="He Jianxiong",
                ),
            ),
        ),
        Example(  # web-dev: the `?` is inside a quotation inside the quotation
            "“I then heard President Trump ask, quote, ‘So he’s going to do the "
            "investigation?’” Holmes testified.",
            (
                quote(
                    "direct",
                    "I then heard President Trump ask, quote, ‘So he’s going to do the "
                    "investigation?’",
                    "Holmes",
                    cue="testified",
                    mention="Holmes",
                ),
            ),
        ),
        Example(  # polnear-train: `announced` inside the next quotation is no heading's cue
            'FAREWELL—"The Living Room to close at the end of December," by Times\' Ben '
            'Sisario: "The Living Room, a no-frills nightclub that gave an early start to '
            "Norah Jones and the Lumineers, will close at the end of December, its owners, "
            'Steve Rosenthal and Jennifer Gilson, announced on Tuesday."',
        ),
        Example(  # polnear-train: `elaborated` (lexicon.SPEECH_VERBS), not `question` inside
            "“The way I see it,” she elaborated, “no one ever question Major [Humayun] Khan’s "
            "sacrifice or his service or his death.”",
            (
                quote(
                    "direct",
                    "The way I see it, … no one ever question Major [Humayun] Khan’s "
                    "sacrifice or his service or his death.",
                    None,
                    cue="elaborated",
                    mention="she",
                ),
            ),
        ),
        Example(  # polnear-train: an editorial opines (lexicon.SPEECH_VERBS)
            '"Gun owners should leave their weapons at home," opined the Plain Dealer.',
            (
                quote(
                    "direct",
                    "Gun owners should leave their weapons at home,",
                    "Plain Dealer",
                    cue="opined",
                    mention="the Plain Dealer",
                ),
            ),
        ),
        Example(  # direct
            "“The Kurdish referendum has no legitimacy,” Erdogan said in his "
            "comments at the palace.",
            (
                quote(
                    "direct",
                    "The Kurdish referendum has no legitimacy,",
                    "Erdogan",
                    cue="said",
                    mention="Erdogan",
                ),
            ),
        ),
        Example(  # archive convention
            "''This isn't tax reform,'' said Senator Ron Wyden of Oregon.",
            (
                quote(
                    "direct",
                    "This isn't tax reform,",
                    "Ron Wyden",
                    cue="said",
                    mention="Senator Ron Wyden",
                ),
            ),
        ),
        Example(
            "Speaking at a rally in Novi, Michigan, Trump says he is making “a "
            "demand” of Obama. “Mr. President, will you pledge not to issue a "
            "pardon to Hillary Clinton?” he asks.",
            (
                quote(
                    "partial",
                    "he is making “a demand” of Obama",
                    "Trump",
                    cue="says",
                    mention="Trump",
                ),
                quote(
                    "direct",
                    "Mr. President, will you pledge not to issue a pardon to Hillary Clinton?",
                    "Trump",
                    cue="asks",
                    mention="he",
                ),
            ),
        ),
        Example(
            "“Please stop,” she implored the crowd.",
            (
                quote(
                    "direct",
                    "Please stop,",
                    None,
                    cue="implored",
                    mention="she",
                ),
            ),
        ),
    ),
)
PHRASAL_CUE = Rule(
    "a verb that says with its particle",
    Stage.QUOTATIONS,
    '`"Not a chance," Roe shot back`, `fired back`, `chimed in`, `weighed in`: a verb that '
    "says only with its particle is a cue beside a quotation (lexicon.SPEECH_PARTICLES).",
    examples=(
        Example(
            '"Jeb wants to be a tough guy tonight," Trump shot back.',
            (
                quote(
                    "direct",
                    "Jeb wants to be a tough guy tonight,",
                    "Trump",
                    cue="shot back",
                    mention="Trump",
                ),
            ),
        ),
        Example(  # found by nothing else
            '"Nooooo!" the crowd cried out, booing.',
            (
                quote(
                    "direct",
                    "Nooooo!",
                    "crowd",
                    cue="cried out",
                    mention="the crowd",
                ),
            ),
        ),
    ),
)
VOICED_FRAGMENT = Rule(
    "voiced fragment",
    Stage.QUOTATIONS,
    '`blasted the "phony system"`: words with a voice (an adjective, a verb, four words or '
    'more) are the sentence subject\'s, unlike a quoted term (`four "de-escalation zones"`).',
    confidence=0.45,
    examples=(
        Example(
            'Clinton renewed her attack on the "dangerously incoherent" plan in Ohio.',
            (
                quote(
                    "partial",
                    "dangerously incoherent",
                    "Clinton",
                    cue="renewed",
                    mention="Clinton",
                ),
            ),
        ),
    ),
)
INTRODUCED = Rule(
    "block quotation introduced",
    Stage.QUOTATIONS,
    "`Peskov told reporters:` then a quoted paragraph left open: the attribution whose content "
    "the quotation is.",
    confidence=0.7,
    examples=(
        Example(
            "Peskov told reporters:\n“Russia and Turkey are cooperating very "
            "tightly.\n“We will go on.",
            (
                quote(
                    "direct",
                    "Russia and Turkey are cooperating very tightly.",
                    "Peskov",
                    cue="told",
                    mention="Peskov",
                    confidence=0.7,
                ),
                quote(
                    "direct",
                    "We will go on.",
                    "Peskov",
                    cue=None,
                    mention="Peskov",
                ),
            ),
        ),
    ),
)
AFTER_INTRODUCTION = Rule(
    "paragraph ending in a colon",
    Stage.QUOTATIONS,
    "`Sanders made the following comment:` introduces the quotation that opens the next "
    "paragraph, even with no verb of saying.",
    confidence=0.65,
    examples=(
        Example(  # a paragraph ending in a colon introduces the quotation that opens the next
            "On July 6, 2015, Sanders made the following comment:\n\n“For young "
            "people who have graduated high school, the unemployment rate is "
            "33 percent.”",
            (
                quote(
                    "direct",
                    "For young people who have graduated high school, the unemployment "
                    "rate is 33 percent.",
                    "Sanders",
                    cue="made",
                    mention="Sanders",
                ),
            ),
        ),
        Example(
            "He then listed the qualities necessary in a successful Republican "
            'presidential nominee in 2016:\n"In the piece I wrote last '
            "November, which you can see here, I discussed several factors "
            "important to consider in making a choice. Here they are:",
            (
                quote(
                    "direct",
                    "In the piece I wrote last November, which you can see here, I "
                    "discussed several factors important to consider in making a "
                    "choice. Here they are:",
                    None,
                    cue="listed",
                    mention="He",
                ),
            ),
        ),
    ),
)
INTRODUCED_WITHOUT_SAYING = Rule(
    "a speaker set before the quotation",
    Stage.QUOTATIONS,
    '`His sister, Ana Moreno, sighed. "He never listened."`, a panel label `Jane Roe, The '
    'Daily Courier: "..."`: a person set before the quotation in its own paragraph, with '
    "no verb of saying, is its speaker and breaks the previous speaker's run.",
    confidence=0.6,
    examples=(
        Example(
            "“We will not sell,” Berg said.\n\nHis sister, Ana Moreno, sighed. "
            "“He never listened.”",
            (
                quote(
                    "direct",
                    "We will not sell,",
                    "Berg",
                    cue="said",
                    mention="Berg",
                ),
                quote(
                    "direct",
                    "He never listened.",
                    "Ana Moreno",
                    cue=None,
                    mention="Ana Moreno",
                ),
            ),
        ),
        Example(
            "“We will not sell,” Berg said.\n\nJane Roe, The Daily Courier: “Nobody asked us.”",
            (
                quote(
                    "direct",
                    "We will not sell,",
                    "Berg",
                    cue="said",
                    mention="Berg",
                ),
                quote(
                    "direct",
                    "Nobody asked us.",
                    "Jane Roe",
                    cue=None,
                    mention="Jane Roe",
                ),
            ),
        ),
    ),
)
CONTINUES_SPEAKER = Rule(
    "continues the previous speaker",
    Stage.QUOTATIONS,
    "A quote paragraph with no speaker of its own continues the speaker of the quote just "
    "before it (in its paragraph or the one before); a heading in quotation marks continues "
    "nobody.",
    confidence=0.6,
    examples=(
        Example(  # a quote paragraph of its own continues the previous speaker
            "“The Kurdish referendum has no legitimacy in terms of the Iraqi "
            "constitution,” Erdogan said.\n\n“No one has the right to throw our "
            "region in the fire.”",
            (
                quote(
                    "direct",
                    "The Kurdish referendum has no legitimacy in terms of the Iraqi constitution,",
                    "Erdogan",
                    cue="said",
                    mention="Erdogan",
                ),
                quote(
                    "direct",
                    "No one has the right to throw our region in the fire.",
                    "Erdogan",
                    cue=None,
                    mention="Erdogan",
                ),
            ),
        ),
        Example(  # a heading in quotation marks is nobody's quote
            "“We will keep fighting,” Warren said.\n\n“All Bets Are Off”\n\nThe vote is on Monday.",
            (
                quote(
                    "direct",
                    "We will keep fighting,",
                    "Warren",
                    cue="said",
                    mention="Warren",
                ),
            ),
        ),
    ),
)
AFTER_REPORTED = Rule(
    "a quotation after reported speech",
    Stage.QUOTATIONS,
    "`Erekat said it was only the latest move by the US ...` and then a paragraph that is one "
    "quotation with no cue of its own: the speaker whose words the paragraph before reported "
    "goes on speaking; a heading in quotation marks, or a few words, does not. So does a "
    "quotation that follows `..., Schiff said.` in its own paragraph, and there the report "
    "outranks a quote before it, unless the report is part of that quote's sentence "
    '(`"...," Trump assured Jones, after Jones assured Trump that ...`).',
    confidence=0.6,
    constants={"words": 5},
    examples=(
        Example(  # polnear-dev: the quotation after the report in one paragraph
            "The administration may be reluctant to act while Secretary of State John Kerry "
            'negotiates with Russia over Syria, Schiff said. "The other factor the '
            'administration may be considering is whether it would tip the scales."',
            (
                quote(
                    "indirect",
                    "The administration may be reluctant to act while Secretary of State John "
                    "Kerry negotiates with Russia over Syria",
                    "Schiff",
                    cue="said",
                    mention="Schiff",
                ),
                quote(
                    "direct",
                    "The other factor the administration may be considering is whether it "
                    "would tip the scales.",
                    "Schiff",
                    cue=None,
                    mention="Schiff",
                ),
            ),
        ),
        Example(  # a page (Fox News): the rep's words, not the statement's before them
            '"Taylor made a unilateral decision last night to enlist her fanbase," the '
            "statement concluded.\n\nSwift's rep told Fox News that this, too, was not the "
            'whole truth. "Big Machine is trying to deflect and make this about money by '
            'saying she owes them."',
            (
                quote(
                    "direct",
                    "Taylor made a unilateral decision last night to enlist her fanbase,",
                    "statement",
                    cue="concluded",
                    mention="the statement",
                ),
                quote(
                    "indirect",
                    "this, too, was not the whole truth",
                    "Swift's rep",
                    cue="told",
                    mention="Swift's rep",
                ),
                quote(
                    "direct",
                    "Big Machine is trying to deflect and make this about money by saying she "
                    "owes them.",
                    "Swift's rep",
                    cue=None,
                    mention="Swift's rep",
                ),
            ),
        ),
        Example(  # web-dev: the closing quotation had no speaker
            "Erekat said it was only the latest move by the US to try to force the "
            "Palestinians to capitulate.\n\n"
            '"They wanted us on our knees and they used every trick - internally, externally, '
            'regionally - to put pressure on us. We stand tall and we will stand tall."',
            (
                quote(
                    "indirect",
                    "it was only the latest move by the US to try to force the Palestinians to "
                    "capitulate",
                    "Erekat",
                    cue="said",
                    mention="Erekat",
                ),
                quote(
                    "direct",
                    "They wanted us on our knees and they used every trick - internally, "
                    "externally, regionally - to put pressure on us. We stand tall and we will "
                    "stand tall.",
                    "Erekat",
                    cue=None,
                    mention="Erekat",
                ),
            ),
        ),
    ),
)
CARRIED_ON = Rule(
    "a quotation carried over paragraphs",
    Stage.QUOTATIONS,
    "A quotation left open at its paragraph's end (`... explains Jennifer Ngo-Anh. \"If we "
    "were able ... feasible.`), reopened in the next paragraph and closed in a later one "
    "with no cue of its own, is one quote by whoever spoke just before it opened: the "
    "convention for a long quotation.",
    examples=(
        Example(  # web-dev: the last two paragraphs were lost, the quote with them
            '"For a while now hibernation has been proposed as a game-changing tool for human '
            'space travel," explains SciSpacE Team Leader Jennifer Ngo-Anh. "If we were able '
            "to reduce an astronaut's basic metabolic rate by 75%, we could end up with "
            "substantial mass and cost savings.\n\n"
            '"And the basic idea of putting astronauts into long-duration hibernation is '
            "actually not so crazy.\n\n"
            '"We aim to build on this in future, starting with animals and proceeding to '
            'people."',
            (
                quote(
                    "direct",
                    "For a while now hibernation has been proposed as a game-changing tool for "
                    "human space travel,",
                    "Jennifer Ngo-Anh",
                    cue="explains",
                    mention="SciSpacE Team Leader Jennifer Ngo-Anh",
                ),
                quote(
                    "direct",
                    "If we were able to reduce an astronaut's basic metabolic rate by 75%, we "
                    "could end up with substantial mass and cost savings. … And the basic idea "
                    "of putting astronauts into long-duration hibernation is actually not so "
                    "crazy. … We aim to build on this in future, starting with animals and "
                    "proceeding to people.",
                    "Jennifer Ngo-Anh",
                    cue=None,
                    mention="SciSpacE Team Leader Jennifer Ngo-Anh",
                ),
            ),
        ),
    ),
)
SPLIT_AROUND_CUE = Rule(
    "split around its cue",
    Stage.QUOTATIONS,
    '`"A," he said, "B."`: two quotations of one cue in one paragraph are one quote in two parts.',
    constants={"gap": 80, "gap after an inherited part": 60},
    examples=(
        Example(  # split around its cue: one quote, two parts
            "“Relations between Turkey and Russia may appear to be friendly,” "
            "Baev said, “but they are loaded with contradictions.”",
            (
                quote(
                    "direct",
                    "Relations between Turkey and Russia may appear to be friendly, … "
                    "but they are loaded with contradictions.",
                    "Baev",
                    cue="said",
                    mention="Baev",
                ),
            ),
        ),
        Example(  # a title-case exclamation right after its speaker's cue continues the quote
            "Melanie Austin watched the rally on TV. “Here comes Big Daddy,” "
            "she said, clapping. “The Donald. Big Daddy.”",
            (
                quote(
                    "direct",
                    "Here comes Big Daddy, … The Donald. Big Daddy.",
                    "Melanie Austin",
                    cue="said",
                    mention="she",
                ),
            ),
        ),
    ),
)
REOPENED = Rule(
    "reopened in the next paragraph",
    Stage.QUOTATIONS,
    "A quotation left open continues into the paragraph that reopens it: one quote.",
    examples=(
        Example(  # a quotation over two paragraphs after 'told reporters:' is one quote
            "Dmitry Peskov told reporters on Thursday:\n\n“Russia and Turkey are "
            "cooperating very tightly on Syria.\n\n“The visit is a success for "
            "both countries.”",
            (
                quote(
                    "direct",
                    "Russia and Turkey are cooperating very tightly on Syria. … The "
                    "visit is a success for both countries.",
                    "Dmitry Peskov",
                    cue="told",
                    mention="Dmitry Peskov",
                ),
            ),
        ),
    ),
)
FRAGMENTS_OF_ONE_CUE = Rule(
    "fragments of one cue",
    Stage.QUOTATIONS,
    '`called him a "loser," a "liar" and a "whiner"`: several fragments one cue governs '
    "are one quote.",
    examples=(
        Example(  # several fragments governed by one cue are one partial quote
            "At a town hall in New Hampshire, Bush called Trump a “loser,” a "
            "“liar” and a “whiner.”",
            (
                quote(
                    "partial",
                    "Trump a “loser,” a “liar” and a “whiner.”",
                    "Bush",
                    cue="called",
                    mention="Bush",
                ),
            ),
        ),
        Example(
            "The two men spent months lobbing pointed insults at one another. "
            'Cruz called Trump a "pathological liar" who is "utterly amoral," '
            'a "serial philanderer," a "bully" and a "narcissist at a level I '
            "don't think this country has ever seen.\"",
            (
                quote(
                    "partial",
                    'Trump a "pathological liar" who is "utterly amoral," a "serial '
                    'philanderer," a "bully" and a "narcissist at a level I don\'t '
                    'think this country has ever seen."',
                    "Cruz",
                    cue="called",
                    mention="Cruz",
                ),
            ),
        ),
    ),
)
GENERIC_SOURCE = Rule(
    "no checkable source",
    Stage.QUOTATIONS,
    "`analysts say`: a bare plural with nobody named is no checkable source; its quotes are "
    "dropped.",
    examples=(
        Example(  # nobody is named: analysts say
            "Yet analysts say that the relationship falls well short of a "
            "sincere strategic alliance.",
        ),
    ),
)

READERS_YOU = Rule(
    "the reader's you says nothing",
    Stage.QUOTATIONS,
    "`if you're asking whether Stadia is the platform`, `you call it a frunk`: outside "
    "quotation marks and outside an interview's turns the writer's `you` is the reader, who "
    "is no source; such reports are dropped (a direct quote stays: its words are someone's).",
    examples=(
        Example(  # a page (a review of Stadia)
            "Is streaming the future of gaming? Possibly. But if you're asking whether Stadia "
            "is the platform to get us there? I have my doubts.",
        ),
    ),
)

RULES = (
    NAMED_TITLE,
    MENTIONED_WORDS,
    QUOTED_IN_CLAUSE,
    CLAUSE_IN_QUOTATION,
    TRANSCRIPT_LABEL,
    SIGNATURE,
    GOVERNING_CUE,
    NEARBY_CUE,
    PHRASAL_CUE,
    VOICED_FRAGMENT,
    INTRODUCED,
    AFTER_INTRODUCTION,
    INTRODUCED_WITHOUT_SAYING,
    CONTINUES_SPEAKER,
    AFTER_REPORTED,
    CARRIED_ON,
    SPLIT_AROUND_CUE,
    REOPENED,
    FRAGMENTS_OF_ONE_CUE,
    GENERIC_SOURCE,
    READERS_YOU,
)
