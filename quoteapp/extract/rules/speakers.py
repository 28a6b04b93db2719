"""Stage 6 (`extract/speakers.py`): a speaker mention resolved to a canonical name."""

from quoteapp.extract.rules.declare import Example, Rule, Stage, quote

FIRST_NAME_PERSON = Rule(
    "a first name makes a person",
    Stage.SPEAKERS,
    "`Montell Figgins` read as an organisation, `Eswar Prasad` read as nothing: two "
    "capitalised proper nouns led by a first name clearly given to one gender are a person, "
    "and so are two the model named nothing that say something (`Eswar Prasad, a trade "
    "professor at Cornell, said`); not a name that ends as organisations' names do (`Fox "
    "News`, `Brown University`), whose last word would make every `News` Fox's. A first "
    "name and a surname read as a place are a person when the surname alone is one later "
    "(`Kate York ... York said`).",
    examples=(
        Example(  # a page (Fox News): E! News is not the Fox News named later
            "Scooter Braun is allegedly unhappy with the way his business partner Scott "
            "Borchetta has handled their ongoing public schism with Taylor Swift, according "
            "to a new report by E! News.\n\nA rep for Braun did not immediately respond to "
            "Fox News’ request for comment.",
            (
                quote(
                    "indirect",
                    "Scooter Braun is allegedly unhappy with the way his business partner Scott "
                    "Borchetta has handled their ongoing public schism with Taylor Swift",
                    "E! News",
                    cue="according to",
                    mention="E! News",
                ),
            ),
        ),
        Example(  # web-dev (IndieWire): the model read `Kate York` as a place
            "Steenburgen’s co-writers Caitlyn Smith and Kate York came to the project with a "
            "similar appreciation. “It’s a totally different muscle,” York said.",
            (
                quote(
                    "direct",
                    "It’s a totally different muscle,",
                    "Kate York",
                    cue="said",
                    mention="York",
                ),
            ),
        ),
        Example(
            "Defense attorneys said the two were prepared to fight the "
            "charges. “It is our hope that we’ll be able to reach a reasonable "
            "agreement in this case,” said Jason Foy, who represents "
            "Noel.\n\nMontell Figgins, who represents Thomas, said his client "
            "chose not to accept a plea agreement offered by prosecutors. He "
            "said Thomas is a single father of three children, and a guilty "
            "plea would “ruin his life.”",
            (
                quote(
                    "indirect",
                    "the two were prepared to fight the charges",
                    "Defense attorneys",
                    cue="said",
                    mention="Defense attorneys",
                ),
                quote(
                    "direct",
                    "It is our hope that we’ll be able to reach a reasonable agreement "
                    "in this case,",
                    "Jason Foy",
                    cue="said",
                    mention="Jason Foy",
                ),
                quote(
                    "indirect",
                    "his client chose not to accept a plea agreement offered by prosecutors",
                    "Montell Figgins",
                    cue="said",
                    mention="Montell Figgins",
                ),
                quote(
                    "partial",
                    "Thomas is a single father of three children, and a guilty plea "
                    "would “ruin his life.”",
                    "Montell Figgins",
                    cue="said",
                    mention="He",
                ),
            ),
        ),
        Example(
            "Mr. Trump’s tendency to waver has made China wary of offering "
            "concessions.\n\nEswar Prasad, a trade professor at Cornell, said "
            "the president’s “mercurial temperament and predilection to "
            "undercutting his own negotiating team” had complicated the "
            "already challenging task of striking a deal. “By hyping up "
            "expectations and setting unrealistic goals for the trade talks, "
            "Trump makes the prospects for any sort of trade deal with China "
            "more uncertain and volatile,” he said.",
            (
                quote(
                    "partial",
                    "the president’s “mercurial temperament and predilection to "
                    "undercutting his own negotiating team” had complicated the "
                    "already challenging task of striking a deal",
                    "Eswar Prasad",
                    cue="said",
                    mention="Eswar Prasad",
                ),
                quote(
                    "direct",
                    "By hyping up expectations and setting unrealistic goals for the "
                    "trade talks, Trump makes the prospects for any sort of trade deal "
                    "with China more uncertain and volatile,",
                    "Eswar Prasad",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
    ),
)
SURNAME_STRING = Rule(
    "surname the model missed",
    Stage.SPEAKERS,
    '`"Streaming is somewhat binary," says Early`: a person\'s surname where the small model '
    "saw no name (or another kind of word) is that person, the one of that surname named last.",
    examples=(
        Example(
            "Chris Early, vice president of partnerships at Ubisoft, and Jack "
            "Buser, director of games at Google, spoke at the "
            'event.\n\n"Streaming is somewhat binary," says Early. "You are '
            'either in a place with adequate bandwidth or you’re not." In '
            "places like San Francisco and New York, bandwidth is less of an "
            "issue than in more remote markets, but Early still says Ubisoft "
            'are "believers" in game streaming as a viable future for the '
            'industry.\n\n"The groundwork is there," Buser says. "In terms of '
            "running games and having an experience that feels as good as or "
            "better than best consoles that exist today. The creativity that "
            "is coming from the game development community will break the "
            "boundaries of what was previously possible. It's just "
            "staggering.\"\n\nWhile Stadia's current expected lineup is light on "
            "exclusive titles (only three games available exclusively on the "
            "service have been announced), Early says there is a possibility "
            "that future Ubisoft games could be built and launched "
            'specifically for the platform. "Our objective is to make the best '
            'game and get it in front of as many people as possible," he says.',
            (
                quote(
                    "direct",
                    "Streaming is somewhat binary, … You are either in a place with "
                    "adequate bandwidth or you’re not.",
                    "Chris Early",
                    cue="says",
                    mention="Early",
                ),
                quote(
                    "partial",
                    'Ubisoft are "believers" in game streaming as a viable future for the industry',
                    "Chris Early",
                    cue="says",
                    mention="Early",
                ),
                quote(
                    "direct",
                    "The groundwork is there, … In terms of running games and having "
                    "an experience that feels as good as or better than best consoles "
                    "that exist today. The creativity that is coming from the game "
                    "development community will break the boundaries of what was "
                    "previously possible. It's just staggering.",
                    "Jack Buser",
                    cue="says",
                    mention="Buser",
                ),
                # wrong, and kept here so that a change to it is seen: a thing announced
                # is no statement, but the speech model passes it (confidence 0.25)
                quote(
                    "indirect",
                    "only three games available exclusively on the service",
                    None,
                    cue="announced",
                    mention=None,
                ),
                quote(
                    "indirect",
                    "there is a possibility that future Ubisoft games could be built "
                    "and launched specifically for the platform",
                    "Chris Early",
                    cue="says",
                    mention="Early",
                ),
                quote(
                    "direct",
                    "Our objective is to make the best game and get it in front of as "
                    "many people as possible,",
                    "Chris Early",
                    cue="says",
                    mention="he",
                ),
            ),
        ),
    ),
)
SURNAME_AS_SUBJECT = Rule(
    "a surname opening a sentence as its subject",
    Stage.SPEAKERS,
    "`Simmons teased the tour ...`, tagged a plural noun: a known surname that opens a "
    "sentence as its subject is the person, while `Early on, ...` opening one as a word is not.",
    examples=(
        Example(  # web-dev (wd29): "the singer and guitarist" is the person last in focus
            "To celebrate 50 years since the band’s formation, founding members Tom Johnston, "
            "Michael McDonald, Pat Simmons and John McFee will reunite for a special North "
            "American tour next year.\n\nKicking off in June 2020, the 30-date run will mark "
            "the first time the foursome will tour together in nearly a quarter century.\n\n"
            "Simmons teased The Doobie Brothers 50th Anniversary Tour tre k during the band’s "
            "set Monday night (Nov. 18) at the Ryman Auditorium in Nashville, Tennessee, part "
            "of a short outing that includes performances of its albums Toulouse Street and The "
            "Captain and Me.\n\nAfter hitting “Takin’ It To the Streets,” the singer and "
            "guitarist told the audience, “that’s really good, maybe we should go on the road.”",
            (
                quote(
                    "direct",
                    "that’s really good, maybe we should go on the road.",
                    "Pat Simmons",
                    cue="told",
                    mention="the singer and guitarist",
                ),
            ),
        ),
    ),
)
NAME_LABELS = Rule(
    "a name without its labels",
    Stage.SPEAKERS,
    "A canonical name drops what a page set around it: a job label or place before a first "
    "name (`Tigers LB Sam Okafor`, `South Dakota Gov. Kristi Noem`), a hover card glued to "
    "it (`Kristi NoemKristi Lynn Noem...`) and what follows a comma (`Mayer, Disney's chairman`).",
    examples=(
        Example(
            "South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota "
            "governor said the state would appeal.",
            (
                quote(
                    "indirect",
                    "the state would appeal",
                    "Kristi Noem",
                    cue="said",
                    mention="South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor",
                ),
            ),
        ),
        Example(
            "Mayer, Disney's chairman of direct-to-consumer, said Disney+ "
            "would launch in November.",
            (
                quote(
                    "indirect",
                    "Disney+ would launch in November",
                    "Mayer",
                    cue="said",
                    mention="Mayer",
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
SURNAME_LIKE_PRONOUN = Rule(
    "a surname spelled as a pronoun",
    Stage.SPEAKERS,
    "`He Jianxiong, the former executive director for China at the IMF, said`: the Chinese "
    "surname He, which the tagger read as a proper noun but the model left out of the name, "
    "is the first word of the name, not the pronoun.",
    examples=(
        Example(  # a page (Fortune): the model named only `Jianxiong`
            "“If there is no incentive, I would ask what is the additional incentive of "
            "implementing this deal on the Chinese part?” He Jianxiong, the former executive "
            "director for China at the International Monetary Fund, said at a Nov. 6 event at "
            "the Peterson Institute in Washington.",
            (
                quote(
                    "direct",
                    "If there is no incentive, I would ask what is the additional incentive of "
                    "implementing this deal on the Chinese part?",
                    "He Jianxiong",
                    cue="said",
                    mention="He Jianxiong",
                ),
            ),
        ),
    ),
)
OTHER_FIRST_NAME = Rule(
    "another first name, another person",
    Stage.SPEAKERS,
    "`Bill Clinton` after `Hillary Clinton`, `Rakeyia Scott` after `Keith Scott`: a later "
    "name of two words that shares a person's surname but not their first name is someone "
    "else, not a later mention of them.",
    examples=(
        Example(
            "Hillary Clinton spoke in Ohio on Monday. Bill Clinton told the crowd in Toledo "
            "that the campaign was far from over.",
            (
                quote(
                    "indirect",
                    "the campaign was far from over",
                    "Bill Clinton",
                    cue="told",
                    mention="Bill Clinton",
                ),
            ),
        ),
    ),
)
MISREAD_PERSON = Rule(
    "a later surname is the person",
    Stage.SPEAKERS,
    "A later 'Erdogan' or 'Vladimir Putin' (a name of one or two words ending in a person's "
    "surname) is that person, whatever kind of name the model took it for ('DuVernay' as an "
    "organisation); the longest name is the canonical one. People are not chained on any "
    "shared word: 'Bill Clinton' is not 'Hillary Clinton'. A suffix is no surname: "
    "'Joseph R. Biden Jr.' is a Biden.",
    examples=(
        Example(  # polnear-train: the surname before the suffix
            "Vice President Joseph R. Biden Jr. warned this week that Donald J. Trump, even as a "
            "candidate, had elevated the dangers confronting American allies and military "
            "personnel overseas.\n\n''Because they're worried,'' Mr. Biden said in his first "
            "campaign appearance beside Hillary Clinton.",
            (
                quote(
                    "indirect",
                    "Donald J. Trump, even as a candidate, had elevated the dangers confronting "
                    "American allies and military personnel overseas",
                    "Joseph R. Biden Jr.",
                    cue="warned",
                    mention="Vice President Joseph R. Biden Jr.",
                ),
                quote(
                    "direct",
                    "Because they're worried,",
                    "Joseph R. Biden Jr.",
                    cue="said",
                    mention="Mr. Biden",
                ),
            ),
        ),
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
TITLE_GENDER = Rule(
    "gender from a title",
    Stage.SPEAKERS,
    "Mr. makes a person male and Mrs./Ms. female, for pronouns to agree with, and so does a "
    "title that says man or woman (`Assemblywoman Kim Myers`).",
    examples=(
        Example(  # a first name that tells no gender, after a title that does
            "Steve Wells met the press on Monday. Councilwoman Kim Myers spoke next. “We will "
            "win,” he said.",
            (
                quote(
                    "direct",
                    "We will win,",
                    "Steve Wells",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
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
FIRST_NAME_GENDER = Rule(
    "gender from a first name",
    Stage.SPEAKERS,
    "A person's first name says whether 'he' or 'she' can be them (Mary Steenburgen, Tom "
    "Harper), from a table of names clearly given to one gender (`extract/first_names.py`); "
    "names given to both (Jordan, Taylor) decide nothing.",
    examples=(
        Example(
            "Mary Steenburgen had surgery in 2007. Steenburgen’s son, "
            "filmmaker Charlie McDowell, also remembers it as a trying time. "
            "“It was definitely a change,” McDowell said.\n\nDespite the paucity "
            "of roles for women in their mid-50s, the actress wasn’t exactly "
            "itching to do something else. “I had been somebody who really "
            "liked music,” she said.",
            (
                quote(
                    "direct",
                    "It was definitely a change,",
                    "Charlie McDowell",
                    cue="said",
                    mention="McDowell",
                ),
                quote(
                    "direct",
                    "I had been somebody who really liked music,",
                    "Mary Steenburgen",
                    cue="said",
                    mention="she",
                ),
            ),
        ),
    ),
)
ONE_WORD_NAMES = Rule(
    "one word is no one to say he",
    Stage.SPEAKERS,
    "'He' and 'she' never go to someone named by one word only, with no title or first name "
    "to say a gender, who never speaks, and whom the model elsewhere calls an organisation or "
    "a place, who is "
    "somewhere (`in Glasgow`), a thing (`the Gateway`), mostly in quotation marks (a title) "
    "or never a subject: the small model takes places, songs, spacecraft, "
    "companies and apps for people ('Ubisoft', 'Instagram', 'according to Statista'); "
    "'Clinton spoke' is Clinton.",
    examples=(
        Example(
            "Tom Harper directed the film. Much of it was shot in Glasgow, "
            "where Glasgow filled in for Nashville.\n\n“It grabbed me by the "
            "heart the moment I heard it,” he said.",
            (
                quote(
                    "direct",
                    "It grabbed me by the heart the moment I heard it,",
                    "Tom Harper",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
        Example(
            "Tom Harper, a young British filmmaker, had just found his next "
            "project.\n\nPhoning in from London, Harper remembered the anxiety "
            "of moving forward without that crucial missing piece: “The script "
            "just said something along the lines of, ‘Rose-Lynn sings an "
            "incredible song and it conveys everything that she wants to "
            "express to her mom and kids and everyone’s uplifted. The end,’” "
            "Harper said. “I had faith that we could figure it out, but it was "
            "really worrying.” Universal’s music division provided some demos, "
            "but none of them clicked.\n\nAt the last minute, a sample came in "
            "called “Glasgow (“No Place Like Home”). “It grabbed me by the "
            "heart the moment I heard it,” he said. “It just connected.”",
            (
                quote(
                    "direct",
                    "The script just said something along the lines of, ‘Rose-Lynn "
                    "sings an incredible song and it conveys everything that she wants "
                    "to express to her mom and kids and everyone’s uplifted. The end,’ "
                    "… I had faith that we could figure it out, but it was really "
                    "worrying.",
                    "Tom Harper",
                    cue="said",
                    mention="Harper",
                ),
                quote(
                    "direct",
                    "It grabbed me by the heart the moment I heard it, … It just connected.",
                    "Tom Harper",
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
    "`dozens of papers`, `a number of writers`: the papers and the writers.",
    examples=(
        Example(  # a number of speakers are the speakers
            "The idea of compiling a list of those who should be shunned for supporting "
            "Trump gathered steam this past week as a number of writers suggested such a "
            "list was important.",
            (
                quote(
                    "indirect",
                    "such a list was important",
                    "writers",
                    cue="suggested",
                    mention="a number",
                ),
            ),
        ),
    ),
)
CONJOINED_NAMES = Rule(
    "conjoined names",
    Stage.SPEAKERS,
    "`Pavel Baev and Kemal Kirisci said`: conjoined names stay together; titles joined to "
    "one name (`chairman, CEO and president Craig Menear`) are no second person.",
    examples=(
        Example(  # a page (Fox Business): the parse joins CEO and the name
            "“Sales were below our expectations,” chairman, CEO and president Craig Menear "
            "said in the earnings release.",
            (
                quote(
                    "direct",
                    "Sales were below our expectations,",
                    "Craig Menear",
                    cue="said",
                    mention="CEO and president Craig Menear",
                ),
            ),
        ),
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
        Example(
            "Montell Figgins, who represents Thomas, said his client chose not "
            "to accept a plea agreement offered by prosecutors. He said Thomas "
            "is a single father of three children, and a guilty plea would "
            "“ruin his life.”\n\n“We had hoped that the U.S. Attorney’s Office "
            "would try to make an effort to address the systematic failures "
            "with respect to the Bureau of Prisons,” Figgins said.\n\nSometimes "
            "employees don't follow the rules, he said. \"But does that mean "
            "that they’re going to be indicted and put into a position like "
            "this where they’re going to face going to jail and losing their "
            "whole career?”\n\nFiggins declined to address whether Thomas slept "
            "on the job on the night Epstein died. “When all the evidence is "
            "presented about how the system was ran and how they were severely "
            'short-staffed at all times," he said, "maybe you’ll have a '
            "different appreciation for what was going on.”",
            (
                quote(
                    "indirect",
                    "his client chose not to accept a plea agreement offered by prosecutors",
                    "Montell Figgins",
                    cue="said",
                    mention="Montell Figgins",
                ),
                quote(
                    "partial",
                    "Thomas is a single father of three children, and a guilty plea "
                    "would “ruin his life.”",
                    "Montell Figgins",
                    cue="said",
                    mention="He",
                ),
                quote(
                    "direct",
                    "We had hoped that the U.S. Attorney’s Office would try to make an "
                    "effort to address the systematic failures with respect to the "
                    "Bureau of Prisons,",
                    "Montell Figgins",
                    cue="said",
                    mention="Figgins",
                ),
                quote(
                    "indirect",
                    "Sometimes employees don't follow the rules",
                    "Montell Figgins",
                    cue="said",
                    mention="he",
                ),
                quote(
                    "direct",
                    "But does that mean that they’re going to be indicted and put into "
                    "a position like this where they’re going to face going to jail "
                    "and losing their whole career?",
                    "Montell Figgins",
                    cue=None,
                    mention="he",
                ),
                quote(
                    "direct",
                    "When all the evidence is presented about how the system was ran "
                    "and how they were severely short-staffed at all times, … maybe "
                    "you’ll have a different appreciation for what was going on.",
                    "Montell Figgins",
                    cue="said",
                    mention="he",
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
UNNAMED_SOURCE = Rule(
    "an unnamed source stays unnamed",
    Stage.SPEAKERS,
    "`A senior aide to the governor, who asked not to be named, said ...`, `one legal expert`, "
    "`a spokeswoman for Neumann`: a source the article introduces without a name, or who "
    "speaks for someone else, keeps its description as written, and a later `the aide` is "
    "that same unnamed source; neither becomes a person named nearby.",
    constants={"window": 400},
    examples=(
        Example(  # a real page: `one` is a number to the parse, and was read as no article
            "Prince Andrew has left himself open to prosecution from his own self-indicting "
            "words and evasions.\n\n“Prince Andrew is not entitled to any form of immunity by "
            "virtue of his position as a member of the royal family,” said one legal expert, as "
            "reported by the Independent newspaper.",
            (
                quote(
                    "direct",
                    "Prince Andrew is not entitled to any form of immunity by virtue of his "
                    "position as a member of the royal family,",
                    "legal expert",
                    cue="said",
                    mention="one legal expert",
                ),
            ),
        ),
        Example(
            "Governor Jane Smith signed the budget on Monday. A senior aide to "
            "the governor, who asked not to be named, said the vote had been "
            "close. “We counted every vote twice,” the aide added.",
            (
                quote(
                    "indirect",
                    "the vote had been close",
                    "senior aide to the governor",
                    cue="said",
                    mention="A senior aide",
                ),
                quote(
                    "direct",
                    "We counted every vote twice,",
                    "senior aide to the governor",
                    cue="added",
                    mention="the aide",
                ),
            ),
        ),
        Example(
            "Adam Neumann left the company in September. A spokeswoman for "
            "Neumann said he would not comment further.",
            (
                quote(
                    "indirect",
                    "he would not comment further",
                    "spokeswoman for Neumann",
                    cue="said",
                    mention="A spokeswoman",
                ),
            ),
        ),
    ),
)
UNNAMED_ANTECEDENT = Rule(
    "a pronoun for an unnamed person",
    Stage.SPEAKERS,
    "`WIRED spoke to one mother, who knew ... “I am so ahead ...,” she said`: when the person "
    "a he or she most recently stands for was introduced without a name (`one mother`, `a "
    "senior aide`), the speaker is that description as written, never a person named "
    "earlier.",
    examples=(
        Example(  # web-dev: the mother, not the friend who called herself a Grocery Store
            "One friend has labeled herself a Grocery Store. WIRED spoke to one mother, who "
            "knew her teenage daughter was on Instagram. “I am so ahead of every other parent "
            "of teens I know when it comes to technology,” she said.",
            (
                quote(
                    "direct",
                    "I am so ahead of every other parent of teens I know when it comes to "
                    "technology,",
                    "mother",
                    cue="said",
                    mention="she",
                ),
            ),
        ),
        Example(  # a named man earlier, then an unnamed woman: she is the woman
            "Senator John Smith left the rally early. Later a woman in the crowd stopped to "
            "talk. “He never listens to us,” she said.",
            (
                quote(
                    "direct",
                    "He never listens to us,",
                    "woman",
                    cue="said",
                    mention="she",
                ),
            ),
        ),
    ),
)
LABEL_NAME = Rule(
    "a transcript's label is a name",
    Stage.SPEAKERS,
    "`FALLIN: I think he is trying ...` after `Governor Mary Fallin (R-OK) said`: a "
    "transcript's speaker label in capitals is the person the article names by that "
    "surname, and `TAPPER:` the `JAKE TAPPER:` before it; a name in capitals is spelled as "
    "the text spells it elsewhere, else capitalised. An interview's `Q:` is the "
    "interviewer, and its `A:` the person its introduction names most often.",
    examples=(
        Example(  # polnear-train (Breitbart): a CNN transcript
            "Governor Mary Fallin (R-OK) said presumptive Republican presidential nominee "
            "Donald Trump is trying to heal.\n\nJAKE TAPPER: Do you think Donald Trump has "
            "campaigned as a racial healer?\n\nFALLIN: I think he is trying to campaign as a "
            "racial healer.\n\nTAPPER: Why is that?",
            (
                quote(
                    "indirect",
                    "presumptive Republican presidential nominee Donald Trump is trying to heal",
                    "Mary Fallin",
                    cue="said",
                    mention="Governor Mary Fallin",
                ),
                quote(
                    "indirect",
                    "Do you think Donald Trump has campaigned as a racial healer?",
                    "Jake Tapper",
                    cue=":",
                    mention="JAKE TAPPER",
                ),
                quote(
                    "indirect",
                    "I think he is trying to campaign as a racial healer.",
                    "Mary Fallin",
                    cue=":",
                    mention="FALLIN",
                ),
                quote("indirect", "Why is that?", "Jake Tapper", cue=":", mention="TAPPER"),
            ),
        ),
    ),
)
WRITER = Rule(
    "the writer's I",
    Stage.SPEAKERS,
    "`“I am not shy,” I said.` in a column, a letter or a first-person feature: outside "
    "quotation marks, I, me and my are whoever wrote the article, never the person named "
    "last, and so are we, us and our (`We asked our followers ...`: the paper, never the "
    "organisation named last). The speaker is `the writer` (named by the byline where a "
    "page gives one). In a "
    "transcript's turn or an interview's answer the I is whoever's turn it is; after any "
    "other speaker's label it is left to the other rules (`We've said this before, many "
    "times:` is the writer's own sentence, not a label).",
    examples=(
        Example(  # polnear-train (breitbart): the writer, not Wendy Long named before
            "So that, I said, is why I went overboard in trying to help Wendy Long. I also "
            "wanted to address the judge’s apparent concern that I was not contrite over my "
            "misdeeds. “I am not shy,” I said. “I have not been reluctant to express my views "
            "in public.”",
            (
                quote(
                    "indirect",
                    "So that … is why I went overboard in trying to help Wendy Long",
                    "the writer",
                    cue="said",
                    mention="I",
                ),
                quote(
                    "direct",
                    "I am not shy, … I have not been reluctant to express my views in public.",
                    "the writer",
                    cue="said",
                    mention="I",
                ),
            ),
        ),
        Example(  # a page (AppleInsider): a sentence with a colon, read as a speaker's label
            "The USB Implementers Forum sets the standard.\n\nWe've said this before, many "
            "times: there is no special hardware required to connect a HDMI or DVI monitor.",
            (
                quote(
                    "indirect",
                    "there is no special hardware required to connect a HDMI or DVI monitor.",
                    "the writer",
                    cue="said",
                    mention="We",
                ),
            ),
        ),
        Example(  # polnear-train (USA Today): the paper asked, not the Clinton Foundation
            "The Clinton Foundation has been at the center of the campaign.\n\nWe asked our "
            "followers their thoughts on Donald Trump meeting with the Mexican president.",
            (
                quote(
                    "indirect",
                    "their thoughts on Donald Trump meeting with the Mexican president",
                    "the writer",
                    cue="asked",
                    mention="We",
                ),
            ),
        ),
        Example(  # polnear-train (USA Today): the reporter told Sanders, not Donald Trump
            "He is backing Hillary Clinton -- not me -- and he says he'll do everything he "
            "can to help her defeat GOP nominee Donald Trump.\n\nI told Sanders later last "
            'month that his "endorsement" of me was mentioned by Yahoo News.',
            (
                quote(
                    "indirect",
                    "he'll do everything he can to help her defeat GOP nominee Donald Trump",
                    None,
                    cue="says",
                    mention="he",
                ),
                quote(
                    "partial",
                    'his "endorsement" of me was mentioned by Yahoo News',
                    "the writer",
                    cue="told",
                    mention="I",
                ),
            ),
        ),
    ),
)
NO_DESCRIPTION = Rule(
    "a word that describes no one",
    Stage.SPEAKERS,
    "`Those who said the economy was their top issue`, a headline's `Who`: a determiner or "
    "wh-word standing alone as the source names and describes no one, so the quote has no "
    "speaker rather than the speaker `Those`.",
    examples=(
        Example(  # polnear-train (AP): an exit poll's `Those who said`
            "Sanders is dominating by 6 in 10 voters who says income inequality is most "
            "important.\n\nThose who said the economy was their top issue split about evenly "
            "between the two.",
            (
                quote(
                    "indirect",
                    "income inequality is most important",
                    "6 in 10 voters",
                    cue="says",
                    mention="who",
                ),
                quote(
                    "indirect",
                    "the economy was their top issue",
                    None,
                    cue="said",
                    mention="who",
                ),
            ),
        ),
    ),
)
NAME_IN_APPOSITION = Rule(
    "a name beside its description",
    Stage.SPEAKERS,
    "`The group, WeWorkers Coalition, ...`, `his wife, Laura, who spoke of ...`: a "
    "description with a name in apposition (not a title in quotation marks) speaks by that "
    "name, the description kept as an alias; so does one whose name the parse hung on its "
    "relative clause (`The group that owns the catalogue, Harbor Music, says`).",
    examples=(
        Example(  # issue 12's own example: the name stands between commas before the verb
            "The group that owns the catalogue, Harbor Music, says the recordings will stay "
            "online.",
            (
                quote(
                    "indirect",
                    "the recordings will stay online",
                    "Harbor Music",
                    cue="says",
                    mention="The group",
                ),
            ),
        ),
        Example(  # polnear-dev
            "There was a panoply of dignitaries, including George W. Bush, who signed the "
            "legislation authorizing the building of the museum, and his wife, Laura, who "
            "spoke of her early brainstorming discussions with the museum's director, Lonnie "
            "Bunch.",
            (
                quote(
                    "indirect",
                    "her early brainstorming discussions with the museum's director, Lonnie Bunch",
                    "Laura",
                    cue="spoke",
                    mention="who",
                ),
            ),
        ),
    ),
)
QUALIFIED_SOURCE = Rule(
    "an unnamed source's qualifier",
    Stage.SPEAKERS,
    "`multiple people familiar with the matter`, `officials briefed on the talks`: what "
    "qualifies an unnamed source belongs to its description as written.",
    examples=(
        Example(  # web-dev (wd11)
            "In sum, more than 4,000 people are expected to receive notice in the coming "
            "weeks, according to multiple people familiar with the matter.",
            (
                quote(
                    "indirect",
                    "In sum, more than 4,000 people are expected to receive notice in the "
                    "coming weeks",
                    "multiple people familiar with the matter",
                    cue="according to",
                    mention="multiple people",
                ),
            ),
        ),
    ),
)
DESCRIBED = Rule(
    "description to person",
    Stage.SPEAKERS,
    '"the Russian leader", "the spokesman": the person named earlier whose titles, '
    "appositives or possessive roles match a description that stands for a person "
    "(lexicon.PERSON_ROLES); a plural description (`the physicians`) is several people and "
    "a body (`the city's police`) is no person, never the one named before.",
    examples=(
        Example(  # a body is no person, even one its head was named by (web-dev)
            "Chris Tang, Hong Kong’s new police commissioner, said in an interview that "
            "police alone are not able to end the violence.\n\nChina said it is committed to "
            "the “one country, two systems” formula granting Hong Kong autonomy, while the "
            "city’s police deny accusations of brutality and say they show utmost restraint.",
            (
                quote(
                    "indirect",
                    "police alone are not able to end the violence",
                    "Chris Tang",
                    cue="said",
                    mention="Chris Tang",
                ),
                quote(
                    "partial",
                    "it is committed to the “one country, two systems” formula granting Hong "
                    "Kong autonomy",
                    "China",
                    cue="said",
                    mention="China",
                ),
                quote(
                    "indirect",
                    "they show utmost restraint",
                    "city’s police",
                    cue="say",
                    mention="the city’s police",
                ),
            ),
        ),
        Example(  # a plural description is several people, not the one named (web-dev)
            "His suicide prompted a leadership shakeup at the federal Bureau of Prisons. "
            "Attorney General William Barr put Kathleen Hawk Sawyer in charge and ordered "
            "multiple investigations into the 66-year-old's suicide, focusing on operations at "
            "the Manhattan facility where Epstein was held.\n\nDefense attorneys said the two "
            "were prepared to fight the charges.",
            (
                quote(
                    "indirect",
                    "the two were prepared to fight the charges",
                    "Defense attorneys",
                    cue="said",
                    mention="Defense attorneys",
                ),
            ),
        ),
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
STATEMENT_ISSUER = Rule(
    "a statement to its issuer",
    Stage.SPEAKERS,
    '`the US military said in a statement ... "...," the statement said`: a statement, '
    "release, letter, email or post that speaks is its issuer's words: whoever the article "
    "last said issued one (`X said in a statement`, `X issued a statement`, `its "
    "statement`, `a statement from X`). A statement with no issuer in sight stays as "
    "written.",
    constants={"window": 300},
    examples=(
        Example(  # a page (Al Jazeera)
            "Two United States service members have been killed in a helicopter crash in "
            'Afghanistan, the US military said in a statement on Wednesday.\n\n"The cause '
            'of the crash is under investigation," the statement said.',
            (
                quote(
                    "indirect",
                    "Two United States service members have been killed in a helicopter crash "
                    "in Afghanistan",
                    "US military",
                    cue="said",
                    mention="the US military",
                ),
                quote(
                    "direct",
                    "The cause of the crash is under investigation,",
                    "US military",
                    cue="said",
                    mention="the statement",
                ),
            ),
        ),
    ),
)

AGE_DESCRIBED = Rule(
    "an age to its person",
    Stage.SPEAKERS,
    "`The 56-year-old said`: a definite description by age is the person the article gave "
    "that age (`Maria Costa, 64,`, `64-year-old Maria Costa`, `Dean Johnson, a 55-year-old "
    "salesman`), else the person a he or she would stand for there (the last named, a "
    "subject first) if their age is not known to differ. `A 21-year-old` stays an unnamed "
    "source.",
    constants={"window": 150},
    examples=(
        Example(  # web-dev (Sky News): Mourinho, in focus, not Pochettino or Manchester United
            "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's "
            "manager until the end of the 2022/23 season.\n\nPochettino was sacked last night "
            "after five-and-a-half years in charge, and less than six months after leading "
            "Spurs to their first ever Champions League final.\n\nNegotiations between the "
            "London side and Mourinho's representatives intensified over the last few days, "
            "with talks continuing into Tuesday night.\n\nThe Portuguese boss had been out of "
            "work since being sacked by Manchester United in December 2018.\n\nThe "
            '56-year-old said after his appointment: "I am excited to be joining a club with '
            'such a great heritage."',
            (
                quote(
                    "direct",
                    "I am excited to be joining a club with such a great heritage.",
                    "Jose Mourinho",
                    cue="said",
                    mention="The 56-year-old",
                ),
            ),
        ),
        Example(  # the person given that age, not the one in focus
            "Maria Costa, 64, has run the bakery since 1990. Her son Luis Costa, 38, took "
            'over the ovens last year. "I never thought I would see this," the 64-year-old '
            "said.",
            (
                quote(
                    "direct",
                    "I never thought I would see this,",
                    "Maria Costa",
                    cue="said",
                    mention="the 64-year-old",
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

ORGANISATION_DESCRIBED = Rule(
    "the company, by its name",
    Stage.SPEAKERS,
    "`CBP announced ... At the time, the agency said`, `according to the company`: a bare "
    "`the company`, `the agency`, `the group` is the organisation the article named last: "
    "first one whose name holds the word, then one that was a subject.",
    constants={"window": 250},
    examples=(
        Example(  # a page (sciencealert): the agency is NASA
            "A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, "
            "Maryland, has confirmed traces of water vapor above the surface of Jupiter's icy "
            "moon Europa.\n\nAnd that's a big deal as the tiny space rock is one of the "
            "highest priority targets in NASA's search for extraterrestrial life, according "
            "to the agency.",
            (
                quote(
                    "indirect",
                    "And that's a big deal as the tiny space rock is one of the highest "
                    "priority targets in NASA's search for extraterrestrial life",
                    "NASA",
                    cue="according to",
                    mention="the agency",
                ),
            ),
        ),
    ),
)

SURNAME_BEFORE_NAME = Rule(
    "a surname before its full name",
    Stage.SPEAKERS,
    '`"All of them bring to the table different strengths," Clarke said` paragraphs before '
    "`NASA's Steve Clarke`: a bare surname that nobody bore before is the person the article "
    "names in full by it later; a one-word name the model took for an organisation counts "
    "when it speaks, but not one written more than twice before the full name (`Bloomberg "
    "says`, the company).",
    examples=(
        Example(  # a page (space.com): Clarke is quoted before he is named in full
            '"All of them bring to the table different strengths and different ideas," '
            'Clarke said in a telecon with reporters today.\n\n"Buying rides to the Moon '
            "enables NASA to do much more, sooner and for less cost,\" NASA's Steve Clarke, "
            "deputy associate administrator for exploration, said in the statement.",
            (
                quote(
                    "direct",
                    "All of them bring to the table different strengths and different ideas,",
                    "Steve Clarke",
                    cue="said",
                    mention="Clarke",
                ),
                quote(
                    "direct",
                    "Buying rides to the Moon enables NASA to do much more, sooner and for less "
                    "cost,",
                    "Steve Clarke",
                    cue="said",
                    mention="NASA's Steve Clarke",
                ),
            ),
        ),
        Example(  # polnear-train: a headline's surname, named in full below it
            "Sanders says he's riding momentum; \nTakes Wisconsin, but Clinton still has the "
            "math.\n\nBernie Sanders prevailed in Wisconsin's Democratic primary Tuesday, "
            "continuing his win streak over Hillary Clinton.",
            (
                quote(
                    "indirect",
                    "he's riding momentum",
                    "Bernie Sanders",
                    cue="says",
                    mention="Sanders",
                ),
            ),
        ),
    ),
)

PRONOUN_GENDER = Rule(
    "a pronoun tells the gender",
    Stage.SPEAKERS,
    "`the novelist Jo Walton explained ... “...,” she said`: a person whose first name "
    "tells no gender learns it from the he or she that speaks for them (read in text order), "
    "so that a later `he` is someone else's.",
    examples=(
        Example(  # a page (Slate): he is Ford, not Jo Walton, who is a she
            "Iceberg Passages are what John M. Ford wrote, as the novelist Jo Walton explained "
            "them to me. “You’re only seeing the tenth of the iceberg,” she said. When his "
            "editors asked him to explain himself, he said, “I have a horror of being obvious.”",
            (
                quote(
                    "direct",
                    "You’re only seeing the tenth of the iceberg,",
                    "Jo Walton",
                    cue="said",
                    mention="she",
                ),
                quote(
                    "indirect",
                    "him to explain himself",
                    "his editors",
                    cue="asked",
                    mention="his editors",
                ),
                quote(
                    "direct",
                    "I have a horror of being obvious.",
                    "John M. Ford",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
    ),
)

TALKED_ABOUT = Rule(
    "named in the words, not saying them",
    Stage.SPEAKERS,
    "`“It could have been really easy for Mary Steenburgen to just put her name on "
    "something,” she said`: a person a direct quote's own words name is talked about, not "
    "talking, and no he or she of that quote stands for them (a paraphrase may name its "
    "speaker: `He notes ... an issue with Trump's microphone`).",
    examples=(
        Example(  # after polnear-train: he is not the Obama his words name
            "Norman Ham said the president had fired four of them. Barack Obama did not "
            "answer. “None of them gave Obama the answer that he wanted,” he said.",
            (
                quote(
                    "indirect",
                    "the president had fired four of them",
                    "Norman Ham",
                    cue="said",
                    mention="Norman Ham",
                ),
                quote(
                    "direct",
                    "None of them gave Obama the answer that he wanted,",
                    "Norman Ham",
                    cue="said",
                    mention="he",
                ),
            ),
        ),
    ),
)

GENDERED_DESCRIPTION = Rule(
    "a description's sex and kin",
    Stage.SPEAKERS,
    "`the victim's mother`, `Ford's father`: a description that says man or woman never "
    "stands for a person known to be the other, and a relative of someone (a kin word with "
    "a possessor) is not the person in focus; unnamed, it stays as written.",
    examples=(
        Example(  # a page (CBS News): the kidnapper is not the victim's mother
            "A federal jury convicted Michael Webb, 51, of kidnapping the girl. Webb grabbed "
            "the girl as she and her mother were walking down the street.\n\nThe victim's "
            'mother testified, describing her daughter as "brave, strong, and smart".',
            (
                quote(
                    "partial",
                    'her daughter as "brave, strong, and smart"',
                    "victim's mother",
                    cue="describing",
                    mention="The victim's mother",
                ),
            ),
        ),
    ),
)

RULES = (
    FIRST_NAME_PERSON,
    SURNAME_STRING,
    SURNAME_BEFORE_NAME,
    SURNAME_AS_SUBJECT,
    NAME_LABELS,
    NAME_SPLIT_AT_SPACE,
    SURNAME_LIKE_PRONOUN,
    MISREAD_PERSON,
    OTHER_FIRST_NAME,
    TITLE_GENDER,
    FIRST_NAME_GENDER,
    ONE_WORD_NAMES,
    RELATIVE_PRONOUN,
    QUANTITY,
    CONJOINED_NAMES,
    PRONOUN_ANTECEDENT,
    PRONOUN_GENDER,
    TALKED_ABOUT,
    RECENT_ORGANISATION,
    UNNAMED_SOURCE,
    UNNAMED_ANTECEDENT,
    WRITER,
    LABEL_NAME,
    NO_DESCRIPTION,
    NAME_IN_APPOSITION,
    QUALIFIED_SOURCE,
    DESCRIBED,
    AGE_DESCRIBED,
    ROLE_HOLDER,
    GENDERED_DESCRIPTION,
    ORGANISATION_DESCRIBED,
    STATEMENT_ISSUER,
)
