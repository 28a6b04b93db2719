"""Stage 2 (`extract/attributions.py`): a cue, its source and the content it introduces.

A logistic-regression classifier (`extract/classifier.py`, trained by `make
train`) scores every (word, dependent, relation) candidate in spaCy's parse.
Some readings are never speech whatever it scores, and some patterns are
rules of their own.
"""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

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
    examples=(
        Example(  # indirect: said that
            "Russian President Vladimir Putin said on Thursday that the "
            "conditions needed to end Syria’s civil war had been achieved.",
            (
                quote(
                    "indirect",
                    "the conditions needed to end Syria’s civil war had been achieved",
                    "Vladimir Putin",
                    cue="said",
                    mention="Russian President Vladimir Putin",
                ),
            ),
        ),
        Example(  # indirect: told reporters
            "Timur Akhmetov told reporters the deliveries of the S-400s could "
            "begin only after 2020.",
            (
                quote(
                    "indirect",
                    "the deliveries of the S-400s could begin only after 2020",
                    "Timur Akhmetov",
                    cue="told",
                    mention="Timur Akhmetov",
                ),
            ),
        ),
        Example(  # indirect: ..., X added.
            "The talks will continue next month, Peskov added.",
            (
                quote(
                    "indirect",
                    "The talks will continue next month",
                    "Peskov",
                    cue="added",
                    mention="Peskov",
                ),
            ),
        ),
        Example(  # the speaker of 'began by saying'
            "Dean, a medical doctor, appeared on MSNBC on Tuesday and began by "
            "saying he would “never” diagnose someone through television.",
            (
                quote(
                    "partial",
                    "he would “never” diagnose someone through television",
                    "Dean",
                    cue="saying",
                    mention="Dean",
                ),
            ),
        ),
    ),
)
SPEECH_CLAUSE = Rule(
    "verb of saying with a clause",
    Stage.ATTRIBUTIONS,
    "A verb of saying with a clause is reported speech whatever the corpus thinks of it: "
    "its probability, and its probability of being speech, is at least the floor.",
    constants={"floor": 0.6},
    examples=(
        Example(
            "Flynn says Trump 'absolutely right' in saying generals reduced to rubble.",
            (
                quote(
                    "partial",
                    "absolutely right",
                    "Flynn",
                    cue="says",
                    mention="Flynn",
                ),
                quote(
                    "indirect",
                    "generals reduced to rubble",
                    "Flynn",
                    cue="saying",
                    mention="Flynn",
                ),
            ),
        ),
    ),
)
MISREAD_CLAUSE = Rule(
    "say takes no infinitive",
    Stage.ATTRIBUTIONS,
    "`He said legalizing it could put ...`: 'say' takes no infinitive or gerund of its own, "
    "so an xcomp under it is the parser's reading of a clause.",
    examples=(
        Example(  # said with a clause the parser reads as an -ing complement
            "Ted Cruz spoke in Buffalo on Thursday. He said legalizing it "
            "could put thousands of people to work in upstate New York.",
            (
                quote(
                    "indirect",
                    "legalizing it could put thousands of people to work in upstate New York",
                    "Ted Cruz",
                    cue="said",
                    mention="He",
                ),
            ),
        ),
        Example(
            "He said legalizing it could put the cartels out of business.",
            (
                quote(
                    "indirect",
                    "legalizing it could put the cartels out of business",
                    None,
                    cue="said",
                    mention="He",
                    confidence=0.765,
                ),
            ),
        ),
    ),
)
NOT_SPEECH = Rule(
    "seeing, knowing and wanting are not saying",
    Stage.ATTRIBUTIONS,
    "What someone sees, knows, believes, fears, wants or is expected to do, and what evidence "
    "shows, is no reported speech whatever the classifier scores (`He is viewed as a "
    "successor`, `Disney is expected to switch gears`, `polls show`; lexicon.NOT_SPEECH_VERBS). "
    "`Words cannot describe how ...` reports no words either: it says that words fail. "
    "Nor does such a verb make quoted words a partial quote (`A CT of his chest showed a "
    '"ground glass" pattern`).',
    examples=(
        Example(  # a page (Vox): a law's provision acts, it does not speak
            "One of the key provisions of this law changed how farmers plant rice. Rice "
            "production typically takes place in two stages.",
        ),
        Example(  # a page (a company Q&A)
            "Words cannot describe how much I love Experience and am honored to be here "
            "serving as President and CEO.",
        ),
        Example(
            "Disney is expected to switch gears after the streaming service launches next month.",
        ),
        Example(
            "He learned around 75 to 100 people view his profile every week.",
        ),
        Example(
            "New polls show Clinton leading Trump by four points in Ohio.",
        ),
        Example(  # a page (Forbes): the words in marks are a radiologist's term, shown by a scan
            "A CT of his chest showed a “ground glass” pattern in both of his lungs.",
        ),
    ),
)
NOBODY_SAID = Rule(
    "nobody said it",
    Stage.ATTRIBUTIONS,
    "`nothing indicated that ...`, `no one else will admit ...`: a source that is nobody "
    "(nothing, nobody, no one, none) says that the words were never said.",
    examples=(
        Example(  # a page (Forbes)
            "His workplace did not expose him to anything unusual, and nothing indicated "
            "that he was sticking either of these instruments up his nostrils.",
        ),
    ),
)
CORRECTION_NOTICE = Rule(
    "a correction notice",
    Stage.ATTRIBUTIONS,
    "`Correction added Nov. 18, 2019: The caption ... originally made ...`: a correction or "
    "clarification is the publication mending its own text, no source's words.",
    examples=(
        Example(  # a page (Quanta)
            "Correction added Nov. 18, 2019: The caption below the photograph of Herbert "
            "originally made an unconfirmed statement that he was the first to observe them.",
        ),
    ),
)
ANONYMITY = Rule(
    "asking not to be named",
    Stage.ATTRIBUTIONS,
    "`A senior aide to the governor, who asked not to be named, said ...`: a source's "
    "request to stay unnamed is no quote of theirs.",
    examples=(
        Example(
            "A person familiar with the talks, who asked not to be identified because the "
            "talks are private, said the deal could be signed next week.",
            (
                quote(
                    "indirect",
                    "the deal could be signed next week",
                    "person familiar with the talks",
                    cue="said",
                    mention="A person",
                ),
            ),
        ),
    ),
)
CHARGED = Rule(
    "charged with a crime",
    Stage.ATTRIBUTIONS,
    "`is charged with one count of conspiring`: a charge laid on someone (the passive) is "
    "a legal act, not something said; `prosecutors charged that ...` still is.",
    examples=(
        Example(  # web-dev
            "Noel, 31, is charged with five counts of falsifying records; Thomas, 41, is "
            "charged with three."
        ),
        Example(  # web-dev
            "Each defendant is charged with one count of conspiring to falsify records."
        ),
    ),
)
CLAUSE_BEFORE_SUBJECTLESS_CUE = Rule(
    "clause before a subjectless cue",
    Stage.ATTRIBUTIONS,
    "A clause before its cue needs the cue's own subject (`..., Erdogan said`); without one "
    "the parse ran two clauses together (`A have ties, but Turkey criticised`).",
    examples=(
        Example(  # a clause before a cue with no subject is two clauses run together
            "Both Turkey and Russia have strong commercial ties with the "
            "semi-autonomous Kurdish region of north Iraq, but Turkey – with a "
            "large Kurdish population of its own – bitterly criticised the "
            "non-binding referendum, threatening economic sanctions and a "
            "military response.",
        ),
        Example(  # what disclosures revealed is no clause of theirs: two clauses run together
            "Wealthy conservatives are helping pay for a series of last-ditch efforts to "
            "wound Donald J. Trump, disclosures filed on Sunday night revealed.",
        ),
    ),
)
COUNTRY_ACTING = Rule(
    "a country acts",
    Stage.ATTRIBUTIONS,
    "`Turkey fears the vote may fuel separatism`, `Moscow and Ankara are pushing for ...`: a "
    "state's fears and policies are the writer's account; a country speaks only through a "
    "verb of saying.",
    examples=(
        Example(  # the seed: a term under a country's act is nobody's words
            "Both Moscow and Ankara are pushing for the creation of four "
            "“de-escalation zones” in Syria.",
        ),
        Example(  # a country's deal is no stance anybody voiced
            "Turkey has signed a deal to buy S-400 air defence missiles from "
            "Russia, a move that has shocked its allies.",
        ),
        Example(  # a country's fears are the writer's account
            "Turkey has been battling an insurgency in its mainly Kurdish "
            "southeast for more than three decades and fears the vote in "
            "northern Iraq may fuel separatism within its own borders.",
        ),
        Example(  # a country speaks through a verb of saying
            "Russia said the vote in northern Iraq was illegitimate.",
            (
                quote(
                    "indirect",
                    "the vote in northern Iraq was illegitimate",
                    "Russia",
                    cue="said",
                    mention="Russia",
                ),
            ),
        ),
    ),
)

NOBODYS_INTENTION = Rule(
    "nobody's intention",
    Stage.ATTRIBUTIONS,
    "An intention with nobody holding it (`Report a typo`) is no attribution.",
    examples=(
        Example(
            "For instance, calls to establish a commission to investigate "
            "atrocities in Yemen were rejected by the Human Rights Council in "
            "2015.",
        ),
    ),
)
CONJECTURE = Rule(
    "the writer's guess",
    Stage.ATTRIBUTIONS,
    "`Erdogan will want to press Putin`: the writer's guess at an intention is nobody's words.",
    examples=(
        Example(  # the writer's guess at an intention
            "Russia’s stance on the non-binding Kurdish independence vote is "
            "troubling for Turkey, for whom opposing Kurdish statehood is a "
            "cornerstone of foreign policy because of its own Kurdish "
            "minority.\n\nErdogan will want to press Putin over the "
            "much-heralded S-400 deal, which is officially signed but may be "
            "years away from implementation.",
        ),
        Example(  # what a company could do, in a clause of what others feared
            "Regulators and environmental groups worried that if the state held up "
            "the deal, Patriot could threaten to liquidate its properties, leaving no "
            "money for reclamations.",
        ),
        Example(  # polnear-train: what the writer expects a party to promise
            "Republicans will pledge to appoint strict constructionists who will follow the "
            "letter of the Constitution.",
        ),
    ),
)
WRITERS_HEDGE = Rule(
    "the writer's hedge",
    Stage.ATTRIBUTIONS,
    "`It is fair to say that ...`, `Which is not to say that ...`: `to say` with nobody to "
    "say it (`it`, `which` or no subject) is the writer's own hedge, not reported speech; "
    "`he was quick to say` is his. So is `That said,` (`That being said,`, `Having said "
    "that,`), where `That` said nothing, and `let's say ...`, the writer supposing. The "
    "writer's `said` before a noun, after a verb or a preposition (`only to find said "
    "civilisation had issues`), means the aforesaid and says nothing.",
    examples=(
        Example(  # a page (a game review): `said` as the aforesaid
            "The general setup of visiting the remnants of an ancient civilisation to obtain "
            "items or power intended to deal with a modern problem, only to find said "
            "civilisation had issues of its own, is familiar.",
        ),
        Example(  # a page (a business blog): nobody says it but the writer
            "Any time you’re building a business, you’re going to experience some moments that "
            "cause you to … well, let’s say they cause you to grow as a person.",
        ),
        Example(  # polnear-train (Politico): `That` is no speaker and Cruz said nothing
            "He's campaigning Wednesday in Wisconsin and could split the vote. That said, Cruz "
            "cannot realistically get enough delegates to win the nomination outright at this "
            "point.",
        ),
        Example(  # a CNN column: `Which` was taken as the one who said it
            "You shouldn't just believe them.\n\nWhich is not to say that whatever happened "
            "on Saturday wasn't minor or maybe even routine.",
        ),
        Example(  # polnear-train
            "Sanders, meanwhile, has a net positive of nine points - although it's fair to say "
            "that one reason for that is that he has received far less in the way of attacks "
            "from Republicans or scrutiny from the media than Clinton has.",
        ),
    ),
)
SAID_COLON = Rule(
    "X said:",
    Stage.ATTRIBUTIONS,
    "A verb of saying followed by a colon introduces what follows in its paragraph, or the "
    "whole next paragraph; an inverted speaker (`Said Ellis:`) is the name between them. A "
    "colon inside a quotation (`we've found the next best thing: water,\" X said`) introduces "
    "nothing: what follows it is the quoted speaker's words. A subheading in the next "
    "paragraph (a short title-case line without a full stop) is no statement.",
    confidence=0.6,
    examples=(
        Example(  # a page (sciencealert): `found ...:` inside the quotation is Paganini's
            "\"While scientists have not yet detected liquid water directly, we've found the "
            'next best thing: water in vapor form," lead researcher and NASA planetary '
            "scientist Lucas Paganini said in a NASA statement.",
            (
                quote(
                    "direct",
                    "While scientists have not yet detected liquid water directly, we've found "
                    "the next best thing: water in vapor form,",
                    "Lucas Paganini",
                    cue="said",
                    mention="planetary scientist Lucas Paganini",
                ),
            ),
        ),
        Example(  # a page (Digg): a subheading after the colon is no statement
            "Is Stadia the future of gaming? Here's what the early reviews say:\n\n"
            "What Does Stadia Offer?\n\nStadia is a cloud gaming service.",
        ),
        Example(  # X said: and the statement in the next paragraph
            "Dmitry Peskov said:\n\n“Russia and Turkey are cooperating very tightly.”",
            (
                quote(
                    "direct",
                    "Russia and Turkey are cooperating very tightly.",
                    "Dmitry Peskov",
                    cue="said",
                    mention="Dmitry Peskov",
                ),
            ),
        ),
        Example(
            "The minister said on Thursday:\nThe talks will continue next month in Geneva.",
            (
                quote(
                    "indirect",
                    "The talks will continue next month in Geneva.",
                    "minister",
                    cue="said",
                    mention="The minister",
                ),
            ),
        ),
        Example(  # an inverted 'Said Ellis:'
            "Clinton has largely ignored the issue. Said Ellis: “I don’t get "
            "the sense she’s the least bit interested in tax reform.”",
            (
                quote(
                    "direct",
                    "I don’t get the sense she’s the least bit interested in tax reform.",
                    "Ellis",
                    cue="Said",
                    mention="Ellis",
                ),
            ),
        ),
    ),
)
PASSIVE_SUBJECT = Rule(
    "passive subject",
    Stage.ATTRIBUTIONS,
    "`he was described as becoming newly serious`: what a passive verb says of its "
    "subject goes on after the verb; one quote in two parts, held by the agent if named.",
    examples=(
        Example(  # what someone unnamed said of him: the subject and its description
            "There have been other pivotal points in the Trump campaign, moments when he "
            "was described as becoming newly serious.",
            (
                quote(
                    "indirect",
                    "he … as becoming newly serious",
                    None,
                    cue="described",
                    mention=None,
                ),
            ),
        ),
        # an expectation is no one's words (it was an indirect quote in two parts while
        # the classifier's PolNeAR reading counted it)
        Example("Obama’s veto is expected to come before the deadline at midnight Friday."),
        Example(
            "The plan was described as reckless by Democrats in the Senate.",
            (
                quote(
                    "indirect",
                    "The plan … as reckless by Democrats in the Senate",
                    None,
                    cue="described",
                    mention=None,
                ),
            ),
        ),
    ),
)
AS_REPORTED = Rule(
    "as the source said",
    Stage.ATTRIBUTIONS,
    "`As the paper noted, it is surprising ...`, `..., as Comey noted`, `As reported by "
    "Western Journalism, ...`: a verb of saying set off by `as` reports the clause it hangs "
    "on; `as he said he would` has content of its own and is left to the other rules.",
    confidence=0.7,
    examples=(
        Example(  # polnear-train
            "But as Clyburn noted, those voters will give Sanders a second look if he starts "
            "winning.",
            (
                quote(
                    "indirect",
                    "those voters will give Sanders a second look if he starts winning",
                    "Clyburn",
                    cue="noted",
                    mention="Clyburn",
                ),
            ),
        ),
        Example(  # polnear-train: a passive cue, its source the agent
            "As reported by Western Journalism, last year Seattle became the first major city "
            "in the country to mandate a $15 minimum wage.",
            (
                quote(
                    "indirect",
                    "last year Seattle became the first major city in the country to mandate "
                    "a $15 minimum wage",
                    "Western Journalism",
                    cue="reported",
                    mention="Western Journalism",
                ),
            ),
        ),
    ),
)
TOLD_THAT = Rule(
    "told someone that",
    Stage.ATTRIBUTIONS,
    "`Employee Steve Castro tells the paper that he fought with the shirtless man`, `told "
    "reporters at a news conference that officials began receiving 911 calls`: the parse "
    "made `that` a relative pronoun of the listener (or the place) and lost what was told; "
    "a `that` clause with a subject of its own after the object of a verb of telling is "
    "what was told.",
    confidence=0.75,
    examples=(
        Example(  # web-dev (AP)
            "Employee Steve Castro tells the paper that he fought with the shirtless man, who "
            "snatched the keys from his hand as he was showing the van to a customer.",
            (
                quote(
                    "indirect",
                    "he fought with the shirtless man, who snatched the keys from his hand as "
                    "he was showing the van to a customer",
                    "Steve Castro",
                    cue="tells",
                    mention="Employee Steve Castro",
                ),
            ),
        ),
    ),
)

PARENTHETICAL = Rule(
    "cue inside its clause",
    Stage.ATTRIBUTIONS,
    "`Acts of protest, Mr. Obama said, are acts of patriotism`: a cue set in the clause it "
    "reports (or after it) that the parse hangs off that clause; one quote in two parts.",
    confidence=0.7,
    examples=(
        Example(  # indirect around its cue: one quote, two parts
            "Acts of protest, Mr. Obama said, are acts of patriotism.",
            (
                quote(
                    "indirect",
                    "Acts of protest … are acts of patriotism",
                    "Obama",
                    cue="said",
                    mention="Mr. Obama",
                ),
            ),
        ),
        Example(  # partial around its cue
            "Many of the visitors were older, she said, and ''I had to step back and think.''",
            (
                quote(
                    "partial",
                    "Many of the visitors were older … and ''I had to step back and think.''",
                    None,
                    cue="said",
                    mention="she",
                ),
            ),
        ),
    ),
)
SPEECH_NOUN = Rule(
    "noun of saying",
    Stage.ATTRIBUTIONS,
    "`Trump's claim that thousands cheered`: a noun of saying with a possessor and a that-clause.",
    confidence=0.6,
    examples=(
        Example(  # a noun of saying with a that-clause
            "Politifact seized on Trump’s claim that there have been "
            "“thousands of shootings” in Chicago this year alone.",
            (
                quote(
                    "partial",
                    "there have been “thousands of shootings” in Chicago this year alone",
                    "Trump",
                    cue="claim",
                    mention="Trump",
                ),
            ),
        ),
    ),
)
ACCORDING_INSIDE = Rule(
    "according to, inside the clause",
    Stage.ATTRIBUTIONS,
    "`One of the officers, according to prison records, had worked multiple overtime "
    "shifts`: the phrase set off by two commas inside a clause reports the clause on both "
    "sides; one quote in two parts.",
    examples=(
        Example(  # web-dev
            "One of the officers, according to prison records, had worked multiple "
            "overtime shifts.",
            (
                quote(
                    "indirect",
                    "One of the officers … had worked multiple overtime shifts",
                    "prison records",
                    cue="according to",
                    mention="prison records",
                ),
            ),
        ),
    ),
)
THING_POSTED = Rule(
    "a thing posted is not words",
    Stage.ATTRIBUTIONS,
    "`On Tuesday morning, he posted materials from the campaign on the wall`: to post a "
    "thing is an act; a statement, a message or a tweet posted still says something.",
    examples=(
        Example(  # web-dev (Spokesman-Review), named in issue 13
            "On Tuesday morning, he posted materials from the campaign on the wall by the "
            "dining table of the company’s kitchen.",
        ),
    ),
)

PRONOUN_OBJECT = Rule(
    "a pronoun object states nothing",
    Stage.ATTRIBUTIONS,
    "`the novelist Jo Walton explained them to me`, `denied it`: an object that is only a "
    "pronoun says nothing of what was said.",
    examples=(
        Example(  # a page (Slate)
            "I came to think of them as Iceberg Passages, after the novelist Jo Walton "
            "explained them to me.",
        ),
    ),
)

ASKED_NOT_SAID = Rule(
    "what someone was asked is not their words",
    Stage.ATTRIBUTIONS,
    "`Asked if he had met Trump, the tycoon said ...`, `Ted Cruz has been asked whether "
    "...`: a question put to someone by nobody named is the asker's words, not theirs: it "
    "has no source, and their answer, if any, is a quote of its own (`Asked about the "
    "vote, the senator shrugged`: the senator said nothing).",
    examples=(
        Example(  # polnear-train (Reuters via Breitbart)
            "Asked if he had met Trump, the gambling tycoon said they had spoken twice.",
            (
                quote(
                    "indirect",
                    "if he had met Trump",
                    None,
                    cue="Asked",
                    mention=None,
                ),
                quote(
                    "indirect",
                    "they had spoken twice",
                    "gambling tycoon",
                    cue="said",
                    mention="the gambling tycoon",
                ),
            ),
        ),
        Example(  # issue 13
            "Asked about the vote, the senator shrugged.",
        ),
    ),
)

REQUEST_ANSWERED = Rule(
    "a request answered states nothing",
    Stage.ATTRIBUTIONS,
    "`A rep for Braun did not immediately respond to Fox News’ request for comment`, `did "
    "not return The Hill's request for comment`: what is responded to, replied to or "
    "returned is what was asked (a request, a question, a call, an email), and what a "
    "request is for is no statement (`requests for an interview`); like `declined to "
    "comment`, it is no quote.",
    examples=(
        Example(  # a page (Fox News)
            "A rep for Braun did not immediately respond to Fox News’ request for comment.",
        ),
        Example(  # a page (The Hill)
            "The governor's office did not return The Hill's request for comment.",
        ),
        Example(  # polnear-train (Washington Post): nor is what a request asks for
            "The Trump campaign did not respond to requests for an interview with Manafort.",
        ),
    ),
)

EVIDENCE_SOURCE = Rule(
    "evidence is no source",
    Stage.ATTRIBUTIONS,
    "`According to evidence presented at trial, ...`, `according to data from MarketAxess`, "
    "`Images of bullet casings indicate that ...`, `The scan revealed ...`: what evidence, "
    "data, an image or a scan shows is nobody's speech (lexicon.EVIDENCE), and so is what "
    "`lines of evidence` point to; a record, a report or a poll someone published still is.",
    examples=(
        Example(  # a page (Space.com)
            "Multiple lines of evidence point to the existence of plumes on Europa.",
        ),
        Example(  # a page (Amnesty International report)
            "Images of bullet casings left on the ground afterwards, as well as the resulting "
            "high death toll, indicate that they used live ammunition.",
        ),
        Example(  # a page (CBS News)
            "According to evidence presented at trial, Webb grabbed the little girl as she "
            "and her mother were walking down Fort Worth's 6th Avenue.",
        ),
    ),
)

PER_SOURCE = Rule(
    "per a source",
    Stage.ATTRIBUTIONS,
    "`Yersinia pestis, per the WHO, is often found in small mammals`, `Per the CDC, ...`: "
    "`per` set off by commas before a name, a body or a document is `according to`; not "
    "`$5 per share` or `per year`.",
    confidence=0.75,
    examples=(
        Example(  # web-dev (Smithsonian)
            "Yersinia pestis, per the WHO, is often found in small mammals and their fleas.",
            (
                quote(
                    "indirect",
                    "Yersinia pestis … is often found in small mammals and their fleas",
                    "WHO",
                    cue="per",
                    mention="the WHO",
                ),
            ),
        ),
    ),
)

RELAYED_REPORT = Rule(
    "a report relayed is its first source's",
    Stage.ATTRIBUTIONS,
    "`As yet, there is no evidence linking the cases, the Inner Mongolia health commission "
    "said, according to Reuters`: an outer `according to` that only relays a report with "
    "a source of its own is that source's words (web-dev: the inner source required, the "
    "outer optional).",
    confidence=0.75,
    examples=(
        Example(  # web-dev (Smithsonian)
            "As yet, there is no epidemiological evidence linking the third plague case to "
            "the earlier two, the Inner Mongolia health commission said, according to Reuters.",
            (
                quote(
                    "indirect",
                    "As yet, there is no epidemiological evidence linking the third plague case "
                    "to the earlier two",
                    "Inner Mongolia health commission",
                    cue="said",
                    mention="the Inner Mongolia health commission",
                ),
            ),
        ),
    ),
)

ACCORDING_TO = Rule(
    "according to",
    Stage.ATTRIBUTIONS,
    "`..., according to X.` reports the sentence before the comma and `According to X, ...` "
    "the one after it, read from the words since the parse often hangs the phrase on the "
    "wrong word.",
    confidence=0.75,
    examples=(
        Example(  # indirect: according to
            "According to the foreign ministry, Moscow respected the Kurds’ aspirations.",
            (
                quote(
                    "indirect",
                    "Moscow respected the Kurds’ aspirations",
                    "foreign ministry",
                    cue="According to",
                    mention="the foreign ministry",
                ),
            ),
        ),
        Example(  # ..., according to X: the sentence before the comma, however the parse hangs it
            "Teenage undergraduates with nonexistent credit histories might "
            "not be so lucky, according to Jason Delisle, who was an informal "
            "adviser to the Bush campaign.",
            (
                quote(
                    "indirect",
                    "Teenage undergraduates with nonexistent credit histories might "
                    "not be so lucky",
                    "Jason Delisle",
                    cue="according to",
                    mention="Jason Delisle",
                ),
            ),
        ),
    ),
)
NAME_AFTER_ACCORDING = Rule(
    "a name after according to",
    Stage.ATTRIBUTIONS,
    "`According to his aunt, Jane Starner, ...`: a person's name set off by commas after "
    "the source's description is who the source is, and no part of what was said; the "
    "parse leaves it hanging on the comma.",
    examples=(
        Example(  # a page (Slate): the aunt has a name
            "According to his aunt, Jane Starner, he was brilliant from the start.",
            (
                quote(
                    "indirect",
                    "he was brilliant from the start",
                    "Jane Starner",
                    cue="According to",
                    mention="Jane Starner",
                ),
            ),
        ),
    ),
)
HEADLINE_COLON = Rule(
    "headline colon",
    Stage.ATTRIBUTIONS,
    "`Pence: Flowers Won't Be at Debate`: a short name, a colon and a statement; a place, a "
    "date or a label (`Editor's Note:`) before the colon names nobody, nor does a title "
    "with a small word inside (`Stealth Over Health:`), a dateline (`NEW DELHI:`) or a "
    "list of links (`- NASA:`), a letter's greeting (`DEAR ABBY:`), a colon inside a "
    "bracket (`Home Depot (ticker: HD)`) ends no name, and a list with no finite verb after "
    "it (a police blotter's charges, a price list) states nothing. A site's affiliate-link "
    "disclosure "
    "(`FTC: We use income earning auto affiliate links.`) is page furniture, and a title with "
    "a colon in it that the text also writes inside a sentence (`Star Wars Jedi: Fallen "
    "Order`) is no name and a colon.",
    confidence=0.5,
    examples=(
        Example(  # a page (VG247): a game's title, written inside a sentence too
            "Even if its core components are owed to other games, Star Wars Jedi: Fallen Order "
            "finds a reason for their inclusion and stops just short of greatness.\n\nStar "
            "Wars Jedi: Fallen Order is game that is many things to different people. You can "
            "reductively call it Star Wars Uncharted; you do a fair bit of climbing.",
        ),
        Example(  # a page (IGN): a deal, not a statement
            "Get it on Amazon for $169.99\n\nNew Price Drop: 2019 Apple AirPods 2 Wireless "
            "Earphones for $139 (Originally $159)\n\nIt's a bitter fight to the end.",
        ),
        Example(  # a page (9to5Mac): the disclosure closing every article
            "Looking for more gift recommendations? Stay tuned!\n\nFTC: We use income "
            "earning auto affiliate links. More.",
        ),
        Example(  # headline: a name the model does not tag, a colon, a statement
            "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.",
            (
                quote(
                    "partial",
                    "Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.",
                    "Pence",
                    cue=":",
                    mention="Pence",
                ),
            ),
        ),
        Example(  # a state heading a list of names is no speaker
            "Nevada: Adam Khan, Andres Ramirez, Andrew Diss, Barbara Buckley, Bob Cavazos.",
        ),
        Example(  # an editor's note is no quote
            "Editor’s Note: The following is part 3 of 3 exclusive Breitbart "
            "News excerpts from the book.",
        ),
        Example(  # a police blotter: a name and the charges (web-dev)
            "Elizabeth A. Burton: Possession of methamphetamine, possession of a Schedule IV "
            "substance, held in jail in lieu of $70,000 bond.",
        ),
        Example(  # a ticker in brackets: the colon ends no name (web-dev)
            "Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third "
            "quarter. Wall Street predicted $2.52 a share.",
        ),
        Example(  # an advice column's letter greets its reader (a page)
            "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to "
            "India. It’s a 24-hour trip from the USA.",
        ),
        Example(  # a list of related links (a page, Space.com)
            "- NASA: The International Space Station Is Open for Business in Orbit",
        ),
        Example(  # a dateline in capitals (a page, India Post)
            "NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 "
            "Indians returned home broke on Wednesday after being deported.",
        ),
        Example(  # a title-case headline: a small word inside the 'name' (polnear-dev)
            "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid "
            "Bad Optics.",
        ),
    ),
)
TRANSCRIPT_TURN = Rule(
    "a transcript's turn",
    Stage.ATTRIBUTIONS,
    "`BOULDUAN: You guys, ... Why not debate in New York?`: where an article prints a "
    "transcript, each paragraph led by a speaker's name in capitals and a colon is that "
    "speaker's words, a question included, and so is each `Q:` and `A:` of an interview. "
    "It reads as a transcript only with two speakers or more, one of them speaking twice "
    "(two questions and two answers); page furniture in capitals (`UPDATE:`, `VIDEO:`) "
    "names nobody, and an advice column's `DEAR ABBY:` greets the letter's reader, who did "
    "not write it. A report inside a turn neither cuts it nor replaces it.",
    confidence=0.9,
    examples=(
        Example(  # polnear-train (West Journal): a cable news transcript
            "Video Transcript:\n\nKATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: Let’s see the "
            "tone of the campaign he wants to run before we get to any other questions.\n\n"
            "BOULDUAN: You guys, back in January, when there was this whole back and forth "
            "about debates, the Clinton campaign was open to more debates after the Flint "
            "debate was agreed to. Why not debate in New York?\n\nBENENSON: Senator Sanders "
            "doesn’t get to decide when we debate.",
            (
                quote(
                    "indirect",
                    "Why not debate?",
                    "Kate Boulduan",
                    cue=":",
                    mention="KATE BOULDUAN",
                ),
                quote(
                    "indirect",
                    "Let’s see the tone of the campaign he wants to run before we get to any "
                    "other questions.",
                    "Joel Benenson",
                    cue=":",
                    mention="JOEL BENENSON",
                ),
                quote(
                    "indirect",
                    "You guys, back in January, when there was this whole back and forth "
                    "about debates, the Clinton campaign was open to more debates after the "
                    "Flint debate was agreed to. Why not debate in New York?",
                    "Kate Boulduan",
                    cue=":",
                    mention="BOULDUAN",
                ),
                quote(
                    "indirect",
                    "Senator Sanders doesn’t get to decide when we debate.",
                    "Joel Benenson",
                    cue=":",
                    mention="BENENSON",
                ),
            ),
        ),
        Example(  # polnear-train (Politico): an interview, the answers the interviewee's
            "Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota. Here is "
            "the edited transcript of the interview.\n\nQ: Do you think Glass-Steagall should "
            "be reinstated?\n\nA: If I could just snap my fingers, yeah, I’d reinstate Glass "
            "Steagall.\n\nQ: Have you talked to her?\n\nA: It’s been about a month.",
            (
                quote(
                    "indirect",
                    "Do you think Glass-Steagall should be reinstated?",
                    "the interviewer",
                    cue=":",
                    mention="Q",
                ),
                quote(
                    "indirect",
                    "If I could just snap my fingers, yeah, I’d reinstate Glass Steagall.",
                    "Joe Biden",
                    cue=":",
                    mention="A",
                ),
                quote(
                    "indirect",
                    "Have you talked to her?",
                    "the interviewer",
                    cue=":",
                    mention="Q",
                ),
                quote("indirect", "It’s been about a month.", "Joe Biden", cue=":", mention="A"),
            ),
        ),
        Example(  # labels that are page furniture, each once: no transcript
            "UPDATE: The company said on Monday that it would appeal.\n\nPREVIOUSLY: "
            "Shares fell after the ruling.",
            (
                quote(
                    "indirect",
                    "it would appeal",
                    "company",
                    cue="said",
                    mention="The company",
                ),
            ),
        ),
        Example(  # a page (an advice column): greetings, not speakers
            "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to "
            "India. -- FEELING LIKE SECOND RATE\n\nDEAR FEELING: Of course you should be happy "
            "that you will be visiting a beautiful country.\n\nDEAR ABBY: My older sister has "
            "just been diagnosed with cervical cancer. -- CONCERNED SISTER\n\nDEAR CONCERNED "
            "SISTER: If you and the younger sister are close, then I don’t think your question "
            "was offensive.",
        ),
    ),
)
INSIDE_WHAT_WAS_SAID = Rule(
    "inside what was said",
    Stage.ATTRIBUTIONS,
    "`said it respected X but supported Y`: a cue with no subject of its own inside another "
    "attribution's content belongs to it, unless it is itself a verb of saying.",
    examples=(
        Example(  # an organisation, through 'which'
            "Putin offered no opinion of the vote, saying Moscow’s position "
            "had been expressed by the foreign ministry, which said it "
            "respected the Kurds’ “national striving” but supported the unity "
            "of Iraq.",
            (
                quote(
                    "indirect",
                    "Moscow’s position had been expressed by the foreign ministry",
                    "Putin",
                    cue="saying",
                    mention="Putin",
                ),
                quote(
                    "partial",
                    "it respected the Kurds’ “national striving” but supported the unity of Iraq",
                    "foreign ministry",
                    cue="said",
                    mention="which",
                ),
            ),
        ),
    ),
)
NESTED_CUT = Rule(
    "nested attribution ends the content",
    Stage.ATTRIBUTIONS,
    "`X said A, adding B`, `A, Peskov added`: an attribution's content ends where a nested "
    "one begins, its source included.",
    examples=(
        Example(
            "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely "
            "right” when he said Wednesday night that under President Barack "
            "Obama, “the generals have been reduced to rubble.”",
            (
                quote(
                    "partial",
                    "Donald Trump was “absolutely right”",
                    "Michael Flynn",
                    cue="said",
                    mention="Retired Lt. Gen. Michael Flynn",
                ),
                quote(
                    "direct",
                    "the generals have been reduced to rubble.",
                    "Donald Trump",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
    ),
)

RULES = (
    LEARNED_CUE,
    SPEECH_CLAUSE,
    MISREAD_CLAUSE,
    NOT_SPEECH,
    NOBODY_SAID,
    CORRECTION_NOTICE,
    EVIDENCE_SOURCE,
    PRONOUN_OBJECT,
    REQUEST_ANSWERED,
    ASKED_NOT_SAID,
    THING_POSTED,
    ANONYMITY,
    CHARGED,
    CLAUSE_BEFORE_SUBJECTLESS_CUE,
    COUNTRY_ACTING,
    NOBODYS_INTENTION,
    CONJECTURE,
    WRITERS_HEDGE,
    SAID_COLON,
    PASSIVE_SUBJECT,
    PARENTHETICAL,
    TOLD_THAT,
    AS_REPORTED,
    SPEECH_NOUN,
    ACCORDING_INSIDE,
    ACCORDING_TO,
    NAME_AFTER_ACCORDING,
    PER_SOURCE,
    RELAYED_REPORT,
    HEADLINE_COLON,
    TRANSCRIPT_TURN,
    INSIDE_WHAT_WAS_SAID,
    NESTED_CUT,
)
