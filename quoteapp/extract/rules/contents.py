"""Stage 3 (`extract/contents.py`, `extract/syntax.py`, `extract/sources.py`): where a
reported content begins and ends, and who its source is."""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

OBJECT_BEFORE_CLAUSE = Rule(
    "object before the clause",
    Stage.CONTENTS,
    '`adding the "necessary conditions" now existed`: an object the parse put before the '
    "clause is the clause's subject; the addressee of `told reporters that` is not, and "
    "`made the following comment:` introduces what follows.",
    examples=(
        Example(
            "Donald Trump is demanding President Barack Obama make a pledge "
            "not to pardon Hillary Clinton.",
            (
                quote(
                    "indirect",
                    "President Barack Obama make a pledge not to pardon Hillary Clinton",
                    "Donald Trump",
                    cue="demanding",
                    mention="Donald Trump",
                ),
            ),
        ),
    ),
)
OBJECT_COMPLEMENT = Rule(
    "what is said of an object",
    Stage.CONTENTS,
    "`called the charges unsubstantiated`, `accused X of ...`: what is said of the object "
    "belongs with it; when or where it was said (`on Tuesday`) does not.",
    examples=(
        Example(  # a person's stance on someone: the object and what is said of it
            "Massachusetts Sen. Elizabeth Warren accused Wells Fargo CEO John "
            "Stumpf of gutless leadership during the hearing.",
            (
                quote(
                    "indirect",
                    "Wells Fargo CEO John Stumpf of gutless leadership",
                    "Elizabeth Warren",
                    cue="accused",
                    mention="Massachusetts Sen. Elizabeth Warren",
                ),
            ),
        ),
        Example(  # web-dev (wd05): without its complement the object alone is no content
            "Defense Secretary Mark Esper on Wednesday accused China of using coercion and "
            "intimidation against smaller Asian nations to impose its will in the South China Sea.",
            (
                quote(
                    "indirect",
                    "China of using coercion and intimidation against smaller Asian nations to "
                    "impose its will in the South China Sea",
                    "Mark Esper",
                    cue="accused",
                    mention="Defense Secretary Mark Esper",
                ),
            ),
        ),
        Example(  # called on X to do Y: the whole call
            "Clinton has called on Sanders and Donald Trump to release their tax returns.",
            (
                quote(
                    "indirect",
                    "Sanders and Donald Trump to release their tax returns",
                    "Clinton",
                    cue="called",
                    mention="Clinton",
                ),
            ),
        ),
    ),
)
NEXT_ACT = Rule(
    "the speaker's next act",
    Stage.CONTENTS,
    "`said she admires him and highlighted ...`: a conjoined verb with no subject, in the "
    "cue's tense rather than the clause's, is the speaker's next act, not what was said.",
    examples=(
        Example(
            "Clinton called Sanders on Tuesday. She said she admires his "
            "determination and highlighted their shared commitment to raising "
            "wages.",
            (
                quote(
                    "indirect",
                    "she admires his determination",
                    "Clinton",
                    cue="said",
                    mention="She",
                ),
                quote(
                    "indirect",
                    "their shared commitment to raising wages",
                    "Clinton",
                    cue="highlighted",
                    mention="she",
                ),
            ),
        ),
    ),
)
TRAILING_ASIDE = Rule(
    "trailing aside",
    Stage.CONTENTS,
    "`, where 18 votes are at stake`, `, according to X`, `, after meeting X`, `, using ...` "
    "at a clause's end is told by the writer and is cut off.",
    examples=(
        Example(  # ', after meeting X' says when it was said, not what
            "Russian President Vladimir Putin said on Thursday that the "
            "conditions needed to end the war had been achieved, after meeting "
            "with Turkish President Recep Tayyip Erdogan.",
            (
                quote(
                    "indirect",
                    "the conditions needed to end the war had been achieved",
                    "Vladimir Putin",
                    cue="said",
                    mention="Russian President Vladimir Putin",
                ),
            ),
        ),
    ),
)
CLOSING_MARK = Rule(
    "closing mark kept",
    Stage.CONTENTS,
    '`of "fanatic recklessness."`: a clause ending inside quotation marks takes the '
    "closing mark the parse hung elsewhere.",
    examples=(
        Example(  # the object before a quoted complement is no quote of its own
            "Ohio Democratic Party Chairman David Pepper called Friday's "
            'decision a "huge win for Ohio voters."',
            (
                quote(
                    "partial",
                    'Friday\'s decision a "huge win for Ohio voters."',
                    "David Pepper",
                    cue="called",
                    mention="Ohio Democratic Party Chairman David Pepper",
                ),
            ),
        ),
    ),
)
JOINED_CLAUSES = Rule(
    "clauses joined before the cue",
    Stage.CONTENTS,
    "`Selling a product is difficult, but altering behavior is much more difficult, Hege "
    "said`: two clauses joined by `but` or `and` that the parse hangs on the cue each are "
    "one content, not the first cut at its conjunction.",
    examples=(
        Example(  # web-dev
            "Selling a product is difficult, but altering behavior is much more difficult, "
            "Hege said.",
            (
                quote(
                    "indirect",
                    "Selling a product is difficult, but altering behavior is much more difficult",
                    "Hege",
                    cue="said",
                    mention="Hege",
                ),
            ),
        ),
    ),
)
RELATIVE_REPORT = Rule(
    "a report inside a relative clause",
    Stage.CONTENTS,
    "`The policy changes, which officials said will go into effect ...`: the parse hangs the "
    "relative word on the reported clause, so the clause seems to hold its own cue; what was "
    "said begins after the cue.",
    examples=(
        Example(  # polnear-train
            "The policy changes, which officials said will go into effect in the next few "
            "months, will not require approval.",
            (
                quote(
                    "indirect",
                    "will go into effect in the next few months",
                    "officials",
                    cue="said",
                    mention="officials",
                ),
            ),
        ),
    ),
)
DOCUMENT_AUTHOR = Rule(
    "a document speaks for its author",
    Stage.SOURCES,
    "`said a report from Kotak Institutional Equities`, `says the letter signed by seven "
    "physicians`: a report, letter, statement or study named with its author (`from`, `by`, "
    "`signed by`) is that author speaking.",
    examples=(
        Example(  # web-dev
            '"The market and the quality part of the market are largely factoring in a '
            'reasonable recovery in the economy and earnings," said a report from Kotak '
            "Institutional Equities.",
            (
                quote(
                    "direct",
                    "The market and the quality part of the market are largely factoring in a "
                    "reasonable recovery in the economy and earnings,",
                    "Kotak Institutional Equities",
                    cue="said",
                    mention="Kotak Institutional Equities",
                ),
            ),
        ),
    ),
)
CLOSING_BRACKET = Rule(
    "closing bracket kept",
    Stage.CONTENTS,
    "`Sen. Ted Cruz (R-Texas)`: a content keeps the closing bracket its own opening bracket needs.",
    examples=(
        Example(  # a bracket opened in the content is closed in it
            "Still, Reid would not say whether he would prefer that Democrats face "
            "Trump or Sen. Ted Cruz (R-Texas).",
            (
                quote(
                    "indirect",
                    "whether he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas)",
                    "Reid",
                    cue="say",
                    mention="Reid",
                ),
            ),
        ),
    ),
)
APPOSITION_SUBJECT = Rule(
    "person in apposition to the subject",
    Stage.SOURCES,
    "`With 50 days until the election, Minyon Moore, ..., called`: a person in apposition "
    "to a misparsed subject is the source.",
    examples=(
        Example(  # the parse makes a noun the subject and the speaker its apposition
            "With 50 days until the election, Minyon Moore, a senior adviser "
            "to the Clinton campaign, called Mr. Obama's remarks on Saturday "
            '"a true wake-up call" to his coalition of supporters.',
            (
                quote(
                    "partial",
                    'Mr. Obama\'s remarks on Saturday "a true wake-up call" to his '
                    "coalition of supporters",
                    "Minyon Moore",
                    cue="called",
                    mention="Minyon Moore",
                ),
            ),
        ),
    ),
)
ACTIVE_AFTER_PASSIVE = Rule(
    "the sayer calls on",
    Stage.SOURCES,
    "`The office said the deaths were caused by gunshot wounds and called on the government "
    "to ...`: a verb of saying the parse joins to a passive inside what was said has the "
    "sayer for its subject, not the passive's (the deaths called on no one).",
    examples=(
        Example(  # a page (RT)
            "Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot "
            "wounds and called on the “interim” government to withdraw military units from "
            "all policing operations in order to reduce the violence.",
            (
                quote(
                    "indirect",
                    "the deaths were caused by gunshot wounds",
                    "Public Ombudsman Nadia Cruz’s office",
                    cue="said",
                    mention="Public Ombudsman Nadia Cruz’s office",
                ),
                quote(
                    "partial",
                    "the “interim” government to withdraw military units from all policing "
                    "operations in order to reduce the violence",
                    "Public Ombudsman Nadia Cruz’s office",
                    cue="called",
                    mention="Public Ombudsman Nadia Cruz’s office",
                ),
            ),
        ),
    ),
)

ADDER_IS_SAYER = Rule(
    "the adder is the sayer",
    Stage.SOURCES,
    "`The leader said Russia would work ..., adding ...`: a cue in -ing with no subject has "
    "its governing verb of saying's.",
    examples=(
        Example(
            "The Russian leader said Moscow would help, adding that talks would go on.",
            (
                quote(
                    "indirect",
                    "Moscow would help",
                    "Russian leader",
                    cue="said",
                    mention="The Russian leader",
                ),
                quote(
                    "indirect",
                    "talks would go on",
                    "Russian leader",
                    cue="adding",
                    mention="The Russian leader",
                ),
            ),
        ),
    ),
)
QUICK_TO_SAY = Rule(
    "quick to say",
    Stage.SOURCES,
    "`Advisers to Mr. Rubio are quick to point out that ...`, `is eager to note`: a cue "
    "under an adjective of the verb `be` has that verb's subject as its source.",
    examples=(
        Example(  # polnear-train (New York Times)
            "Advisers to Mr. Rubio are quick to point out that he has placed second in the "
            "last two contests.",
            (
                quote(
                    "indirect",
                    "he has placed second in the last two contests",
                    "Advisers",
                    cue="point out",
                    mention="Advisers",
                ),
            ),
        ),
    ),
)
NAME_BEFORE_SUBJECTLESS_CUE = Rule(
    "a name set off before a subjectless cue",
    Stage.SOURCES,
    "`At Boca West, where ..., Jay DiPietro, the club's 78-year-old president and general "
    "manager, suggested that ...`: the parse hung the name on the place before it and left "
    "the verb of saying with no subject; a name whose phrase ends at the comma just before "
    "the cue is its subject.",
    examples=(
        Example(  # polnear-train (New York Times)
            "At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the "
            "club's 78-year-old president and general manager, suggested that the troubles "
            "of some of his competitors could be attributed to poor management.",
            (
                quote(
                    "indirect",
                    "the troubles of some of his competitors could be attributed to poor "
                    "management",
                    "Jay DiPietro",
                    cue="suggested",
                    mention="Jay DiPietro",
                ),
            ),
        ),
    ),
)
NAME_BEFORE_ING = Rule(
    "name before an -ing cue",
    Stage.SOURCES,
    '`footage of Hillary Clinton asking, "..."`: the name right before a verb of saying in '
    "-ing is its speaker.",
    examples=(
        Example(  # the name just before a verb of saying in -ing is the speaker
            "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 "
            "points ahead, you might ask?”",
            (
                quote(
                    "direct",
                    "Why aren’t I 50 points ahead, you might ask?",
                    "Hillary Clinton",
                    cue="asking",
                    mention="Hillary Clinton",
                ),
            ),
        ),
    ),
)
SOURCE_OUTSIDE_QUOTES = Rule(
    "source outside quotation marks",
    Stage.SOURCES,
    '`"...: We will achieve justice," Chief Chuck Jordan said`: a source the parse put '
    "inside quotation marks gives way to the name written beside the cue.",
    examples=(
        Example(  # the parse puts the subject inside the quotation: the name beside the cue speaks
            "“I will just make this promise to you: We will achieve justice in "
            "this case,” Tulsa police Chief Chuck Jordan said Monday.",
            (
                quote(
                    "direct",
                    "I will just make this promise to you: We will achieve justice in this case,",
                    "Chuck Jordan",
                    cue="said",
                    mention="police Chief Chuck Jordan",
                ),
            ),
        ),
        Example(
            "Mr. Trump hardly clarified the matter, treating Mrs. Clinton's "
            "remark first as a compliment -- ''That makes me smart'' -- and, "
            "when questioned after the debate, asserting, ''Of course, I pay "
            "federal taxes.''",
            (
                quote(
                    "direct",
                    "Of course, I pay federal taxes.",
                    None,
                    cue="asserting",
                    mention=None,
                ),
            ),
        ),
    ),
)
PARTICIPLE_OUTSIDE = Rule(
    "a participle hung from its quotation",
    Stage.SOURCES,
    '`Clinton seemed ready to riff on it, telling the crowd, "Some people ..."`: when the '
    "parse hangs a participle of saying from the quotation it introduces, the sayer is the "
    "subject of the clause outside the quotation that it hangs from.",
    examples=(
        Example(  # polnear-train: `telling` hangs from `get`, inside the quotation
            "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, "
            "“Some people get a little carried away, have you noticed that?”",
            (
                quote(
                    "direct",
                    "Some people get a little carried away, have you noticed that?",
                    "Clinton",
                    cue="telling",
                    mention="Clinton",
                ),
            ),
        ),
    ),
)
DOCUMENT_SENDER = Rule(
    "a document's sender",
    Stage.SOURCES,
    "`sent a letter to management stating that ...`, `issued a statement saying ...`: what "
    "a document says is its author's, or whoever sent or issued it.",
    examples=(
        Example(  # polnear-train: the statement's words are whoever issued it
            "Trump and Ryan issued a statement describing their meeting as a “very positive "
            "step toward unification” that recognized “many important areas of common "
            "ground” as well as areas where they disagree.",
            (
                quote(
                    "partial",
                    "their meeting as a “very positive step toward unification” that "
                    "recognized “many important areas of common ground” as well as areas "
                    "where they disagree",
                    "Trump and Ryan",
                    cue="describing",
                    mention="Trump and Ryan",
                ),
            ),
        ),
    ),
)
ROOT_NOUN_SUBJECT = Rule(
    "a root noun acting",
    Stage.SOURCES,
    "`The group, WeWorkers Coalition, formed in recent weeks and sent a letter ...`: where the "
    "parse leaves a sentence without a main verb, its subject the root and its past-tense "
    "verb a modifier, that noun is who acted (and who spoke, through the verbs joined to it).",
    examples=(
        Example(  # web-dev (wd11): the group, by the name beside it, sent the letter
            "The group, WeWorkers Coalition, formed in recent weeks and sent a letter to "
            "management earlier this month stating that they “don’t want to be defined by the "
            "scandals, the corruption and the greed exhibited by the company’s leadership.”",
            (
                quote(
                    "partial",
                    "don’t want to be defined by the scandals, the corruption and the greed "
                    "exhibited by the company’s leadership.",
                    "WeWorkers Coalition",
                    cue="stating",
                    mention="The group",
                ),
            ),
        ),
    ),
)
SOURCE_AFTER_CUE = Rule(
    "a source after its cue",
    Stage.SOURCES,
    "`..., said another witness, Fiona Hill`: a cue with no subject, what was said before it "
    "and a person after it; the parse made the person the cue's object (or the object of "
    "a clause it made of the person's description: `said The We Company's recently named "
    "executive chair Marcelo Claure`), but the person is who spoke and the clause before "
    "is what was said.",
    examples=(
        Example(  # web-dev: the witness after `said` was taken as what was said
            'Sondland was known for telling others "he was in charge of Ukraine" despite '
            "being the U.S. envoy in Brussels, said another witness in the impeachment probe, "
            "former White House Russia adviser Fiona Hill.",
            (
                quote(
                    "partial",
                    'Sondland was known for telling others "he was in charge of Ukraine" '
                    "despite being the U.S. envoy in Brussels",
                    "Fiona Hill",
                    cue="said",
                    mention="another witness",
                ),
            ),
        ),
        Example(  # a page (VentureBeat): the description read as a clause of its own
            "Job cuts will be announced later this week in areas that do not support WeWork’s "
            "core business goals, said The We Company’s recently named executive chair Marcelo "
            "Claure in an email to staff that was reviewed by Reuters.",
            (
                quote(
                    "indirect",
                    "Job cuts will be announced later this week in areas that do not support "
                    "WeWork’s core business goals",
                    "Marcelo Claure",
                    cue="said",
                    mention="executive chair Marcelo Claure",
                ),
            ),
        ),
    ),
)
SAID_AGAIN = Rule(
    "said, and said again",
    Stage.SOURCES,
    "`Russia's foreign ministry said it viewed the move as ... and said it would likely "
    "further heighten tensions`: a second verb of saying the parse joined to what the first "
    "one reports has the first one's subject.",
    examples=(
        Example(  # web-dev (wd03)
            "Russia's foreign ministry said it viewed Washington's move as \"another measure "
            'contradicting" the legal footing for a peace deal and said it would likely '
            "further heighten tensions on the ground.",
            (
                quote(
                    "partial",
                    'it viewed Washington\'s move as "another measure contradicting" the legal '
                    "footing for a peace deal",
                    "Russia's foreign ministry",
                    cue="said",
                    mention="Russia's foreign ministry",
                ),
                quote(
                    "indirect",
                    "it would likely further heighten tensions on the ground",
                    "Russia's foreign ministry",
                    cue="said",
                    mention="Russia's foreign ministry",
                ),
            ),
        ),
    ),
)
OBJECT_CONTROL = Rule(
    "the one urged to speak",
    Stage.SOURCES,
    "`The video prompted some Twitter users to argue that ...`: a `to` cue that hangs from "
    "a verb with an object (`prompted`, `asked`, `urged`, `led`) is the object's speech, not "
    "the subject's, when the object is someone who can speak (a person, a group, an "
    "organisation such as `the manufacturer`); `promised` and its kind keep the subject.",
    examples=(
        Example(  # a real page: the parse climbed from `argue` to `prompted` and its subject
            "The video, as well as photos of people with the tagline, prompted some Twitter "
            "users to argue that the promotional material made it look as if those featured "
            "in the campaign were on the drug.",
            (
                quote(
                    "indirect",
                    "the promotional material made it look as if those featured in the "
                    "campaign were on the drug",
                    "some Twitter users",
                    cue="argue",
                    mention="some Twitter users",
                ),
            ),
        ),
        Example(  # a page (CNBC): an organisation led to speak, not the cutback that led it
            "But its cutback on orders of the jumbo jet early this year led the French "
            "manufacturer to announce it would scrap its production.",
            (
                quote(
                    "indirect",
                    "it would scrap its production",
                    "French manufacturer",
                    cue="announce",
                    mention="the French manufacturer",
                ),
            ),
        ),
    ),
)
PASSIVE_ADDRESSEE = Rule(
    "told, not telling",
    Stage.SOURCES,
    "`employees were told that layoffs will begin`: the subject of a passive verb of "
    "telling is who heard it; who said it is the agent (`by WeWork`), or no one named.",
    examples=(
        Example(  # web-dev (wd11): the employees heard it; the email's sender said it
            "In a company email sent by chairman Marcelo Claure, employees were told that "
            "layoffs will begin this week in the U.S., and that a planned all-hands meeting "
            "will be postponed from Tuesday to Friday, where Claure will present the "
            "company’s five-year plan.",
            (
                quote(
                    "indirect",
                    "layoffs will begin this week in the U.S., and that a planned all-hands "
                    "meeting will be postponed from Tuesday to Friday",
                    "Marcelo Claure",
                    cue="told",
                    mention="chairman Marcelo Claure",
                ),
            ),
        ),
    ),
)
PASSIVE_BORROWED = Rule(
    "a passive's borrowed subject",
    Stage.SOURCES,
    '`The set measures 22 inches and is called the "Master Builder Series"`: a passive '
    "verb joined to another verb, or a naming participle after a noun (`a sample came in "
    "called ...`), borrows a subject, which is what was done to "
    "(the thing called a name), never who did it; the source is the agent (`by fans`), or "
    "no one named. `was quoted as saying` keeps its subject, who spoke.",
    examples=(
        Example(  # a page (IGN): the set did not call itself anything
            "The 2,812 piece Betrayal at Cloud City reenactment measures 22 inches long and "
            "22 inches wide and is the first in an Expert class of sets and is called the "
            '"Master Builder Series". It is great.',
        ),
        Example(  # a page (IndieWire): nobody in the sentence named the song
            'At the last minute, a sample came in called "Glasgow". It grabbed me by the heart.',
        ),
    ),
)
BODY_PART_OWNER = Rule(
    "a body part's owner",
    Stage.SOURCES,
    "`Helen placed the book in my hands, her eyes aglow with fervor, telling me I would "
    "love it`: eyes, hands or a voice say nothing; when the parse makes one the subject, "
    "its owner (`her`) is the one who speaks.",
    examples=(
        Example(  # a page (Slate)
            "Three years ago, over breakfast, my friend Helen handed me a novel. Helen placed "
            "the mass-market paperback with its garish cover in my hands, her eyes aglow with "
            "evangelical fervor, telling me I would love it.",
            (
                quote(
                    "indirect",
                    "I would love it",
                    "Helen",
                    cue="telling",
                    mention="her",
                ),
            ),
        ),
    ),
)
PERSON_AMONG_SUBJECTS = Rule(
    "the person among subjects",
    Stage.SOURCES,
    "`said study co-author Anezina Solomonidou`: of two subjects the parse gives a verb, the "
    "person (a name the model calls a person, a person's role, a pronoun) is its source, "
    "whichever stands nearer.",
    examples=(
        Example(  # web-dev (wd25): the spokesperson, not "agency policy", said it
            "A spokesperson who did not wish to be named because of agency policy said in a "
            "statement emailed to NBC News that the agency never has administered vaccines "
            "and people aren't usually held in custody very long.",
            (
                quote(
                    "indirect",
                    "the agency never has administered vaccines and people aren't usually "
                    "held in custody very long",
                    "spokesperson",
                    cue="said",
                    mention="A spokesperson",
                ),
            ),
        ),
        Example(  # web-dev (wd24): the tokenizer splits "co-author"; the name speaks
            "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than "
            "the poles, said study co-author Anezina Solomonidou, a European Space Agency "
            "research fellow.",
            (
                quote(
                    "indirect",
                    "Rainfall occurs everywhere on Titan, but the equatorial regions are drier "
                    "than the poles",
                    "Anezina Solomonidou",
                    cue="said",
                    mention="author Anezina Solomonidou",
                ),
            ),
        ),
    ),
)
NAME_AFTER_CUE = Rule(
    "name after a following cue",
    Stage.SOURCES,
    '`"...," said Robin Maynard, half joking`: a cue after its quotation that the parse '
    "gives no subject takes the name right after it.",
    examples=(
        Example(  # the parse gives the cue after a quotation no subject: the name beside it speaks
            "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media "
            "Research Center, tells Breitbart News in an exclusive interview.",
            (
                quote(
                    "direct",
                    "Yes, I support Ted Cruz,",
                    "Brent Bozell III",
                    cue="tells",
                    mention="Brent Bozell III",
                ),
            ),
        ),
        Example(
            '"What\'s shaping up is a battle for the ages," said David Brock, a '
            "Clinton confidant who heads the pro-Clinton super PAC Correct the "
            "Record.",
            (
                quote(
                    "direct",
                    "What's shaping up is a battle for the ages,",
                    "David Brock",
                    cue="said",
                    mention="David Brock",
                ),
            ),
        ),
    ),
)
SOMEONE_AFTER_CUE = Rule(
    "someone unnamed after a following cue",
    Stage.SOURCES,
    '`"...," added a South Carolina Democrat`, `"...?" asked the boy, who ...`: a cue '
    "after its quotation whose speaker the parse took for its object, or for the subject of "
    "a later clause, speaks by that unnamed someone; `the` someone only right after the "
    "quotation.",
    examples=(
        Example(  # polnear-train
            "“Look, Hillary needed to split the first two primaries,” added a South Carolina "
            "Democrat.",
            (
                quote(
                    "direct",
                    "Look, Hillary needed to split the first two primaries,",
                    "South Carolina Democrat",
                    cue="added",
                    mention="a South Carolina Democrat",
                ),
            ),
        ),
        Example(  # polnear-train: `the boy` parsed as the object of `asked`
            "“How big is that wall?” asked the boy, who was wearing a hat and said his "
            "name was Mason.",
            (
                quote("direct", "How big is that wall?", "boy", cue="asked", mention="the boy"),
                quote("indirect", "his name was Mason", "boy", cue="said", mention="who"),
            ),
        ),
    ),
)
SURNAME_AT_CUE = Rule(
    "a surname right before its cue",
    Stage.SOURCES,
    "`(only three games ... have been announced), Early says there is a possibility ...`, "
    "`but Early still says`: a capitalised word right before a cue the parse left without a "
    "subject (its adverbs aside) is a surname the model took for a common word, not the "
    "subject of another verb further back; a stop word (a headline's `Just Said`) is not.",
    examples=(
        Example(  # web-dev: `Early` tagged as an adverb, `still` between it and the cue
            "Chris Early, vice president of partnerships at Ubisoft, spoke at the event.\n\n"
            "In places like San Francisco and New York, bandwidth is less of an issue than in "
            'more remote markets, but Early still says Ubisoft are "believers" in game '
            "streaming as a viable future for the industry.",
            (
                quote(
                    "partial",
                    'Ubisoft are "believers" in game streaming as a viable future for the industry',
                    "Chris Early",
                    cue="says",
                    mention="Early",
                ),
            ),
        ),
    ),
)
NAME_BEFORE_CUE = Rule(
    "name before a subjectless cue",
    Stage.SOURCES,
    "`Trump, in Kentucky, said ...`: a verb of saying, or of calling something a name "
    "(`Early described it as “news to me”`), that the parse leaves without a subject takes "
    "the name before it in its clause.",
    examples=(
        Example(  # polnear-train (Politico): the parse took the surname for an adverb
            "Informed of the local district’s anti-Trump lean, Early described it as “news to me.”",
            (quote("partial", "news to me.", "Early", cue="described", mention="Early"),),
        ),
        Example(  # web-dev: resolutions declaring, the parse leaves `declaring` no subject
            "The decision puts the US at odds with virtually the whole of the rest of the "
            "international community and breaks with Security Council resolutions declaring "
            "settlements to be illegal as they are built on occupied Palestinian land.",
            (
                quote(
                    "indirect",
                    "settlements to be illegal as they are built on occupied Palestinian land",
                    "Security Council",
                    cue="declaring",
                    mention="Security Council",
                ),
            ),
        ),
        Example(  # a verb of saying the parse leaves without a subject: the name before it
            "Donald Trump is keeping up his criticism on his closest "
            "Republican rivals in the hours before the first Super Tuesday "
            "polls\nTrump, in Kentucky, said Tuesday that Marco Rubio was “a "
            "total lightweight” while Ted Cruz is “a basket case” and “a liar.”",
            (
                quote(
                    "partial",
                    "Marco Rubio was “a total lightweight” while Ted Cruz is “a basket "
                    "case” and “a liar.”",
                    "Donald Trump",
                    cue="said",
                    mention="Trump",
                ),
            ),
        ),
    ),
)

RULES = (
    OBJECT_BEFORE_CLAUSE,
    OBJECT_COMPLEMENT,
    NEXT_ACT,
    TRAILING_ASIDE,
    CLOSING_MARK,
    JOINED_CLAUSES,
    RELATIVE_REPORT,
    CLOSING_BRACKET,
    APPOSITION_SUBJECT,
    ADDER_IS_SAYER,
    QUICK_TO_SAY,
    NAME_BEFORE_SUBJECTLESS_CUE,
    ACTIVE_AFTER_PASSIVE,
    NAME_BEFORE_ING,
    SOURCE_OUTSIDE_QUOTES,
    PARTICIPLE_OUTSIDE,
    DOCUMENT_SENDER,
    ROOT_NOUN_SUBJECT,
    SOURCE_AFTER_CUE,
    SAID_AGAIN,
    OBJECT_CONTROL,
    PASSIVE_ADDRESSEE,
    PASSIVE_BORROWED,
    BODY_PART_OWNER,
    PERSON_AMONG_SUBJECTS,
    NAME_AFTER_CUE,
    SOMEONE_AFTER_CUE,
    NAME_BEFORE_CUE,
    SURNAME_AT_CUE,
    DOCUMENT_AUTHOR,
)
