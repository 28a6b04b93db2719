"""Extraction rules: a golden table of (text, expected quotes with kind, content, speaker).

Run on the real pipeline, one real sentence (mostly from the seed article) per case.
"""

from __future__ import annotations

import pytest

from quoteapp.extract import extract_quotes

CASES = [
    (
        "direct",
        "“The Kurdish referendum has no legitimacy,” Erdogan said in his comments at the palace.",
        [("direct", "The Kurdish referendum has no legitimacy,", "Erdogan")],
    ),
    (
        "split around its cue: one quote, two parts",
        "“Relations between Turkey and Russia may appear to be friendly,” Baev said, "
        "“but they are loaded with contradictions.”",
        [
            (
                "direct",
                "Relations between Turkey and Russia may appear to be friendly, … "
                "but they are loaded with contradictions.",
                "Baev",
            )
        ],
    ),
    (
        "archive convention",
        "''This isn't tax reform,'' said Senator Ron Wyden of Oregon.",
        [("direct", "This isn't tax reform,", "Ron Wyden")],
    ),
    (
        "partial: the clause with its quoted fragment",
        "Erdogan said after talks in Ankara that the pair agreed to “pursue more intensely” "
        "the implementation of a de-escalation zone in Idlib.",
        [
            (
                "partial",
                "the pair agreed to “pursue more intensely” the implementation of a "
                "de-escalation zone in Idlib",
                "Erdogan",
            )
        ],
    ),
    (
        "indirect: said that",
        "Russian President Vladimir Putin said on Thursday that the conditions needed to end "
        "Syria’s civil war had been achieved.",
        [
            (
                "indirect",
                "the conditions needed to end Syria’s civil war had been achieved",
                "Vladimir Putin",
            )
        ],
    ),
    (
        "indirect: told reporters",
        "Timur Akhmetov told reporters the deliveries of the S-400s could begin only after 2020.",
        [
            (
                "indirect",
                "the deliveries of the S-400s could begin only after 2020",
                "Timur Akhmetov",
            )
        ],
    ),
    (
        "indirect: according to",
        "According to the foreign ministry, Moscow respected the Kurds’ aspirations.",
        [("indirect", "Moscow respected the Kurds’ aspirations", "foreign ministry")],
    ),
    (
        "X said: and the statement in the next paragraph",
        "Dmitry Peskov said:\n\n“Russia and Turkey are cooperating very tightly.”",
        [("direct", "Russia and Turkey are cooperating very tightly.", "Dmitry Peskov")],
    ),
    (
        "indirect: ..., X added.",
        "The talks will continue next month, Peskov added.",
        [("indirect", "The talks will continue next month", "Peskov")],
    ),
    (
        "a later surname is the full name",
        "Turkish President Recep Tayyip Erdogan met Putin in Ankara. "
        "“No one has the right to throw our region in the fire,” Erdogan said.",
        [
            (
                "direct",
                "No one has the right to throw our region in the fire,",
                "Recep Tayyip Erdogan",
            )
        ],
    ),
    (
        "she goes to the right person",
        "Hillary Clinton spoke in Ohio on Monday. “We have to do better,” she said.",
        [("direct", "We have to do better,", "Hillary Clinton")],
    ),
    (
        "a description resolves: the Russian leader",
        "Russian President Vladimir Putin met Erdogan in Ankara on Thursday. The Russian leader "
        "said Russia and Turkey would work to “deepen coordination” on ending the war.",
        [
            (
                "partial",
                "Russia and Turkey would work to “deepen coordination” on ending the war",
                "Vladimir Putin",
            )
        ],
    ),
    (
        "a description resolves: the spokesman",
        "“Russia and Turkey are cooperating very tightly,” Putin’s spokesman Dmitry Peskov said. "
        "The spokesman said the visit would last one day.",
        [
            ("direct", "Russia and Turkey are cooperating very tightly,", "Dmitry Peskov"),
            ("indirect", "the visit would last one day", "Dmitry Peskov"),
        ],
    ),
    (
        "an organisation, through 'which'",
        "Putin offered no opinion of the vote, saying Moscow’s position had been expressed by the "
        "foreign ministry, which said it respected the Kurds’ “national striving” but supported "
        "the unity of Iraq.",
        [
            ("indirect", "Moscow’s position had been expressed by the foreign ministry", "Putin"),
            (
                "partial",
                "it respected the Kurds’ “national striving” but supported the unity of Iraq",
                "foreign ministry",
            ),
        ],
    ),
    (
        "two people",
        "“Relations between Turkey and Russia may appear to be friendly,” Pavel Baev and Kemal "
        "Kirisci of the Brookings Institution wrote in a study this month.",
        [
            (
                "direct",
                "Relations between Turkey and Russia may appear to be friendly,",
                "Pavel Baev and Kemal Kirisci",
            )
        ],
    ),
    (
        "a quote paragraph of its own continues the previous speaker",
        "“The Kurdish referendum has no legitimacy in terms of the Iraqi constitution,” Erdogan "
        "said.\n\n“No one has the right to throw our region in the fire.”",
        [
            (
                "direct",
                "The Kurdish referendum has no legitimacy in terms of the Iraqi constitution,",
                "Erdogan",
            ),
            ("direct", "No one has the right to throw our region in the fire.", "Erdogan"),
        ],
    ),
    (
        "a quote left open at the article's end continues the previous speaker",
        "“We will keep fighting,” Warren said.\n\n“And we will not stop until the rules change.",
        [
            ("direct", "We will keep fighting,", "Warren"),
            ("direct", "And we will not stop until the rules change.", "Warren"),
        ],
    ),
    (
        "a heading in quotation marks is nobody's quote",
        "“We will keep fighting,” Warren said.\n\n“All Bets Are Off”\n\nThe vote is on Monday.",
        [("direct", "We will keep fighting,", "Warren")],
    ),
    (
        "a fragment with a voice is someone's words",
        'Donald Trump campaigned in Ohio on Friday. He blasted the "phony system" in front of '
        "thousands.",
        [("partial", "phony system", "Donald Trump")],
    ),
    (
        "a quote signed with a dash and a name",
        "“Maybe, we can build a wall around Donald Trump.” ―\xa0Steve Quinlan.",
        [("direct", "Maybe, we can build a wall around Donald Trump.", "Steve Quinlan")],
    ),
    (
        "the speaker of 'began by saying'",
        "Dean, a medical doctor, appeared on MSNBC on Tuesday and began by saying he would "
        "“never” diagnose someone through television.",
        [("partial", "he would “never” diagnose someone through television", "Dean")],
    ),
    (
        "an inverted 'Said Ellis:'",
        "Clinton has largely ignored the issue. Said Ellis: “I don’t get the sense she’s the "
        "least bit interested in tax reform.”",
        [
            (
                "direct",
                "I don’t get the sense she’s the least bit interested in tax reform.",
                "Ellis",
            )
        ],
    ),
    (
        "a run of signed quotes, each with its own name",
        "“Donald Trump scares me.” ― Krystal Correa\n“He can’t even answer a question.”― Esther "
        "Tapia\xa0\n“Mostly he promotes ignorance.” ― Ariana Huichapa",
        [
            ("direct", "Donald Trump scares me.", "Krystal Correa"),
            ("direct", "He can’t even answer a question.", "Esther Tapia"),
            ("direct", "Mostly he promotes ignorance.", "Ariana Huichapa"),
        ],
    ),
    (
        "a quotation over two paragraphs after 'told reporters:' is one quote",
        "Dmitry Peskov told reporters on Thursday:\n\n“Russia and Turkey are cooperating very "
        "tightly on Syria.\n\n“The visit is a success for both countries.”",
        [
            (
                "direct",
                "Russia and Turkey are cooperating very tightly on Syria. … The visit is a "
                "success for both countries.",
                "Dmitry Peskov",
            )
        ],
    ),
    (
        "the parse puts the subject inside the quotation: the name beside the cue speaks",
        "“I will just make this promise to you: We will achieve justice in this case,” "
        "Tulsa police Chief Chuck Jordan said Monday.",
        [
            (
                "direct",
                "I will just make this promise to you: We will achieve justice in this case,",
                "Chuck Jordan",
            )
        ],
    ),
    (
        "a quoted title after the cue is neither speaker nor quote",
        "“He's absolutely right,” Flynn, a top Trump surrogate, said Thursday morning on "
        "Fox News’s “Fox and Friends.” “I mean, there's a lot of frustration within the ranks.”",
        [
            ("direct", "He's absolutely right,", "Flynn"),
            ("direct", "I mean, there's a lot of frustration within the ranks.", "Flynn"),
        ],
    ),
    (
        "a quoted fragment ending a sentence belongs to the word that governs it",
        '“It is the right thing to do,” Obama said. He called Burma a "good news story in an '
        'era when so often we see countries going the opposite direction."',
        [
            ("direct", "It is the right thing to do,", "Obama"),
            (
                "partial",
                "good news story in an era when so often we see countries going the "
                "opposite direction.",
                "Obama",
            ),
        ],
    ),
    (
        "the object before a quoted complement is no quote of its own",
        "Ohio Democratic Party Chairman David Pepper called Friday's decision a "
        '"huge win for Ohio voters."',
        [("partial", 'Friday\'s decision a "huge win for Ohio voters."', "David Pepper")],
    ),
    (
        "the cue after a question the parser ended inside the marks; nobody in quotes is 'he'",
        "Speaking at a rally in Novi, Michigan, Trump says he is making “a demand” of Obama. "
        "“Mr. President, will you pledge not to issue a pardon to Hillary Clinton?” he asks.",
        [
            ("partial", "he is making “a demand” of Obama", "Trump"),
            (
                "direct",
                "Mr. President, will you pledge not to issue a pardon to Hillary Clinton?",
                "Trump",
            ),
        ],
    ),
    (
        "she continued",
        "Clinton spoke in Tulsa on Tuesday. “Maybe I can, by speaking directly to white "
        "people, say, look, this is not who we are,” she continued.",
        [
            (
                "direct",
                "Maybe I can, by speaking directly to white people, say, look, this is not "
                "who we are,",
                "Clinton",
            )
        ],
    ),
    (
        "what she calls, inside what she says: one partial quote, and 'she' is Clinton",
        "Clinton says she appreciated Machado’s courage through what she calls a “war of some "
        "pretty unpleasant words.”",
        [
            (
                "partial",
                "she appreciated Machado’s courage through what she calls a “war of some "
                "pretty unpleasant words.”",
                "Clinton",
            )
        ],
    ),
    (
        "headline: a name the model does not tag, a colon, a statement",
        "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.",
        [
            (
                "partial",
                "Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.",
                "Pence",
            )
        ],
    ),
    (
        "several fragments governed by one cue are one partial quote",
        "At a town hall in New Hampshire, Bush called Trump a “loser,” a “liar” and a “whiner.”",
        [("partial", "Trump a “loser,” a “liar” and a “whiner.”", "Bush")],
    ),
    (
        "a stance on a named person needs no more than the name",
        "Former Secretary of State Colin Powell endorsed Clinton on Tuesday.",
        [("indirect", "Clinton", "Colin Powell")],
    ),
    (
        "a person's stance on someone: the object and what is said of it",
        "Massachusetts Sen. Elizabeth Warren accused Wells Fargo CEO John Stumpf of gutless "
        "leadership during the hearing.",
        [("indirect", "Wells Fargo CEO John Stumpf of gutless leadership", "Elizabeth Warren")],
    ),
    (
        "a country's deal is no stance anybody voiced",
        "Turkey has signed a deal to buy S-400 air defence missiles from Russia, a move that "
        "has shocked its allies.",
        [],
    ),
    (
        "the name just before a verb of saying in -ing is the speaker",
        "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you "
        "might ask?”",
        [("direct", "Why aren’t I 50 points ahead, you might ask?", "Hillary Clinton")],
    ),
    (
        "the parse runs on over a paragraph break: the next paragraph's verb is no cue",
        '"Were the court to make the records available, it would impermissibly inject itself '
        'into the political process," Nervo wrote. "The court\'s role in the electoral process '
        "is strictly limited to determining whether a candidate complies with the Election Law. "
        'The court will not take an action that exceeds that limitation."\n\n'
        "Earlier this month, lawyers for both Donald and Ivana Trump filed legal papers "
        "opposing the unsealing.",
        [
            (
                "direct",
                "Were the court to make the records available, it would impermissibly inject "
                "itself into the political process, … The court's role in the electoral process "
                "is strictly limited to determining whether a candidate complies with the "
                "Election Law. The court will not take an action that exceeds that limitation.",
                "Nervo",
            )
        ],
    ),
    (
        "indirect around its cue: one quote, two parts",
        "Acts of protest, Mr. Obama said, are acts of patriotism.",
        [("indirect", "Acts of protest … are acts of patriotism", "Obama")],
    ),
    (
        "partial around its cue",
        "Many of the visitors were older, she said, and ''I had to step back and think.''",
        [
            (
                "partial",
                "Many of the visitors were older … and ''I had to step back and think.''",
                None,
            )
        ],
    ),
    (
        "a noun of saying with a that-clause",
        "Politifact seized on Trump’s claim that there have been “thousands of shootings” in "
        "Chicago this year alone.",
        [
            (
                "partial",
                "there have been “thousands of shootings” in Chicago this year alone",
                "Trump",
            )
        ],
    ),
    (
        "she said ... and highlighted: the second verb is the speaker's, not the clause's",
        "Clinton called Sanders on Tuesday. She said she admires his determination and "
        "highlighted their shared commitment to raising wages.",
        [
            ("indirect", "she admires his determination", "Clinton"),
            ("indirect", "their shared commitment to raising wages", "Clinton"),
        ],
    ),
    (
        "said with a clause the parser reads as an -ing complement",
        "Ted Cruz spoke in Buffalo on Thursday. He said legalizing it could put thousands of "
        "people to work in upstate New York.",
        [
            (
                "indirect",
                "legalizing it could put thousands of people to work in upstate New York",
                "Ted Cruz",
            )
        ],
    ),
    (
        "..., according to X: the sentence before the comma, however the parse hangs it",
        "Teenage undergraduates with nonexistent credit histories might not be so lucky, "
        "according to Jason Delisle, who was an informal adviser to the Bush campaign.",
        [
            (
                "indirect",
                "Teenage undergraduates with nonexistent credit histories might not be so lucky",
                "Jason Delisle",
            )
        ],
    ),
    (
        "a paragraph ending in a colon introduces the quotation that opens the next",
        "On July 6, 2015, Sanders made the following comment:\n\n“For young people who have "
        "graduated high school, the unemployment rate is 33 percent.”",
        [
            (
                "direct",
                "For young people who have graduated high school, the unemployment rate is "
                "33 percent.",
                "Sanders",
            )
        ],
    ),
    (
        "a block quotation longer than the clause the parse gives its introducer",
        'The New York Times reports:\n\n"In an illustration of the lack of enthusiasm for her, '
        "just 24 percent of the contributors have given $200 or less. In 2012, 43 percent of the "
        'money came from small donors.\n\n"Without this online network, Mrs. Clinton is being '
        'made to continue with fund-raisers."',
        [
            (
                "direct",
                "In an illustration of the lack of enthusiasm for her, just 24 percent of the "
                "contributors have given $200 or less. In 2012, 43 percent of the money came "
                "from small donors. … Without this online network, Mrs. Clinton is being made "
                "to continue with fund-raisers.",
                "New York Times",
            )
        ],
    ),
    (
        "a programme's title after 'on' is no quotation",
        'The senator said on CBS\'s "Face the Nation" that the bill would pass.',
        [("indirect", "that the bill would pass", "senator")],
    ),
    (
        "called on X to do Y: the whole call",
        "Clinton has called on Sanders and Donald Trump to release their tax returns.",
        [("indirect", "Sanders and Donald Trump to release their tax returns", "Clinton")],
    ),
    (
        "the parse makes a noun the subject and the speaker its apposition",
        "With 50 days until the election, Minyon Moore, a senior adviser to the Clinton "
        'campaign, called Mr. Obama\'s remarks on Saturday "a true wake-up call" to his '
        "coalition of supporters.",
        [
            (
                "partial",
                'Mr. Obama\'s remarks on Saturday "a true wake-up call" to his coalition of '
                "supporters",
                "Minyon Moore",
            )
        ],
    ),
    (
        "a title-case exclamation right after its speaker's cue continues the quote",
        "Melanie Austin watched the rally on TV. “Here comes Big Daddy,” she said, clapping. "
        "“The Donald. Big Daddy.”",
        [("direct", "Here comes Big Daddy, … The Donald. Big Daddy.", "Melanie Austin")],
    ),
    (
        "a state heading a list of names is no speaker",
        "Nevada: Adam Khan, Andres Ramirez, Andrew Diss, Barbara Buckley, Bob Cavazos.",
        [],
    ),
    (
        "an editor's note is no quote",
        "Editor’s Note: The following is part 3 of 3 exclusive Breitbart News excerpts from "
        "the book.",
        [],
    ),
    (
        "the parse gives the cue after a quotation no subject: the name beside it speaks",
        "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, "
        "tells Breitbart News in an exclusive interview.",
        [("direct", "Yes, I support Ted Cruz,", "Brent Bozell III")],
    ),
    (
        "a verb of saying the parse leaves without a subject: the name before it",
        "Donald Trump is keeping up his criticism on his closest Republican rivals in the "
        "hours before the first Super Tuesday polls\nTrump, in Kentucky, said Tuesday that "
        "Marco Rubio was “a total lightweight” while Ted Cruz is “a basket case” and “a liar.”",
        [
            (
                "partial",
                "Marco Rubio was “a total lightweight” while Ted Cruz is “a basket case” and "
                "“a liar.”",
                "Donald Trump",
            )
        ],
    ),
    (
        "', after meeting X' says when it was said, not what",
        "Russian President Vladimir Putin said on Thursday that the conditions needed to end "
        "the war had been achieved, after meeting with Turkish President Recep Tayyip Erdogan.",
        [
            (
                "indirect",
                "the conditions needed to end the war had been achieved",
                "Vladimir Putin",
            )
        ],
    ),
    (
        "scare quotes",
        "Both Moscow and Ankara are pushing for the creation of four “de-escalation "
        "zones” in Syria.",
        [],
    ),
    ("title of a work", "She read “War and Peace” twice last summer.", []),
    (
        "a country's fears are the writer's account",
        "Turkey has been battling an insurgency in its mainly Kurdish southeast for more than "
        "three decades and fears the vote in northern Iraq may fuel separatism within its own "
        "borders.",
        [],
    ),
    (
        "a country speaks through a verb of saying",
        "Russia said the vote in northern Iraq was illegitimate.",
        [("indirect", "the vote in northern Iraq was illegitimate", "Russia")],
    ),
    (
        "a clause before a cue with no subject is two clauses run together",
        "Both Turkey and Russia have strong commercial ties with the semi-autonomous Kurdish "
        "region of north Iraq, but Turkey – with a large Kurdish population of its own – "
        "bitterly criticised the non-binding referendum, threatening economic sanctions and a "
        "military response.",
        [],
    ),
    (
        "the writer's guess at an intention",
        "Russia’s stance on the non-binding Kurdish independence vote is troubling for Turkey, "
        "for whom opposing Kurdish statehood is a cornerstone of foreign policy because of its "
        "own Kurdish minority.\n\nErdogan will want to press Putin over the much-heralded "
        "S-400 deal, which is officially signed but may be years away from implementation.",
        [],
    ),
    (
        "what a letter opposes is attributed, to nobody named",
        "They sent a letter on Thursday to Senate leaders opposing reauthorization of the "
        "program without a significant overhaul.",
        [("indirect", "reauthorization of the program without a significant overhaul", None)],
    ),
    (
        "what someone unnamed is doing is no speech",
        "Turkey and Russia have been on opposing sides during the more than six years of war "
        "in Syria, with Russia the key backer of President Bashar al-Assad and Turkey "
        "supporting rebels seeking his overthrow.",
        [],
    ),
    (
        "a passive subject is what the agent says of it",
        "Donald Trump, meanwhile, is supported by far fewer publications.",
        [("indirect", "Donald Trump", "far fewer publications")],
    ),
    (
        "what is said of a passive subject follows its verb",
        "Obama’s veto is expected to come before the deadline at midnight Friday.",
        [("indirect", "Obama’s veto … to come before the deadline at midnight Friday", None)],
    ),
    (
        "a bracket opened in the content is closed in it",
        "A majority of Democratic statements (54%) were rated as mostly or entirely true, "
        "compared to only 18% of Republican statements.",
        [
            (
                "indirect",
                "A majority of Democratic statements (54%) … as mostly or entirely true",
                None,
            )
        ],
    ),
    (
        "what an object of saying is about",
        "Yet for all the symbolism and feel-good value of such an appointment, some Democrats "
        "privately express reservations about entrusting a seat that could decide the balance "
        "of power in the closely divided Senate to a candidate who has never won statewide.",
        [
            (
                "indirect",
                "entrusting a seat that could decide the balance of power in the closely "
                "divided Senate to a candidate who has never won statewide",
                "some Democrats",
            )
        ],
    ),
    (
        "a number of speakers are the speakers",
        "His views were echoed by a number of tax experts I spoke to this week.",
        [("indirect", "His views", "tax experts")],
    ),
    (
        "an agreement to act is no speech",
        "Putin and Erdogan agree to push for de-escalation zones in Syria, particularly in "
        "IS-held Idlib province.",
        [],
    ),
    ("slogan", "Supporters wore “Make America Great Again” hats at the rally in Ohio.", []),
    ("nickname", "Dwayne “The Rock” Johnson spent the summer in Hawaii.", []),
    (
        "nobody is named: analysts say",
        "Yet analysts say that the relationship falls well short of a sincere strategic alliance.",
        [],
    ),
    ("nothing was said", "Putin offered no opinion of the vote.", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_extraction(nlp, name: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [
        (str(q.kind), " … ".join(p.of(text) for p in q.parts), q.speaker)
        for q in extract_quotes(nlp(text))
    ]
    assert found == expected


def test_every_quote_has_a_cue_or_an_inherited_speaker_and_a_confidence(nlp, seed_text) -> None:
    for quote in extract_quotes(nlp(seed_text)):
        assert 0.0 < quote.confidence <= 1.0
        assert quote.cue is not None or quote.speaker is not None
