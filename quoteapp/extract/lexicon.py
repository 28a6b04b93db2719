"""Words that carry attribution: cues, speaker titles, generic sources, pronouns."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs whose subject says, writes or publishes something.
SPEECH_VERBS = words(
    """
    say tell add note explain state declare announce claim insist argue write ask warn
    suggest reply respond answer comment remark report acknowledge admit concede confirm
    deny assert maintain contend stress emphasize emphasise recall predict promise vow
    pledge urge observe mention conclude complain lament boast joke quip tweet post
    testify recount reveal disclose indicate estimate caution advise counter retort
    shout yell whisper scream mutter murmur exclaim plead propose recommend reiterate
    repeat underline underscore allege charge contend inform assure remind tell brag
    grumble concur agree disagree hint signal insinuate speculate theorize muse
    wonder question show find conclude project forecast predict continue demand chant
    sing implore beg fume blurt chime email text snap scoff gush marvel opine
    elaborate
    """
)

# Verbs that say only with their particle: `"Not a chance," Roe shot back`, `chimed in`.
SPEECH_PARTICLES = {
    "shoot": frozenset({"back"}),
    "fire": frozenset({"back"}),
    "hit": frozenset({"back"}),
    "chime": frozenset({"in"}),
    "pipe": frozenset({"up"}),
    "speak": frozenset({"up", "out"}),
    "cry": frozenset({"out"}),
    "call": frozenset({"out"}),
    "weigh": frozenset({"in"}),
}

# Nouns that count the speakers in their of-phrase (`dozens of papers`).
QUANTITIES = words(
    "dozen dozens hundreds thousands number majority minority handful couple group lot"
)

# Nouns that report what somebody said (`his claim that ...`).
SPEECH_NOUNS = words(
    """
    claim assertion statement warning promise pledge argument suggestion comment remark
    accusation allegation insistence announcement admission contention declaration
    prediction assurance vow charge complaint denial boast
    """
)

# Verbs whose object is who was told, not what: `told reporters that ...`.
ADDRESSEE_VERBS = words("tell inform assure remind warn advise notify brief ask urge")

# Verbs that name a thing: the quoted words they govern are the subject's (`called it "a sham"`).
NAMING_VERBS = words("call dub term label brand describe characterize characterise deride")

# Heads of noun phrases that are no checkable source on their own ("analysts say").
GENERIC_SOURCES = words(
    """
    analysts experts critics observers commentators pundits economists strategists
    people many some others scholars researchers
    """
)

PERSONAL_PRONOUNS = words("he she him her his hers i me my we us our they them their it its")
RELATIVE_PRONOUNS = words("who whom whose which that")
# Words that introduce someone without naming them: `a senior aide`, `one mother`.
INDEFINITE = words("a an another one")

MALE = words("he him his himself")
FEMALE = words("she her hers herself")

# Nouns for people that say whether they are a man or a woman: `one mother` is a she.
MALE_PEOPLE = words(
    "man father husband son brother boy dad grandfather uncle nephew boyfriend widower "
    "businessman congressman assemblyman councilman alderman spokesman chairman actor king "
    "prince"
)
FEMALE_PEOPLE = words(
    "woman mother wife daughter sister girl mom grandmother aunt niece girlfriend widow "
    "businesswoman congresswoman assemblywoman councilwoman alderwoman spokeswoman "
    "chairwoman actress queen princess"
)

# Relatives: `the victim's mother`, `his wife` is someone's relative, not that someone.
KIN = words(
    "mother father son daughter wife husband widow widower sister brother aunt uncle niece "
    "nephew grandmother grandfather grandson granddaughter girlfriend boyfriend mom dad "
    "parent cousin fiancee fiance"
)

# Words before a name that describe a role, not the name itself.
TITLES = words(
    """
    mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col.
    president vice prime minister secretary senator representative governor mayor
    chancellor king queen prince pope chairman chairwoman chair ceo director spokesman
    spokeswoman spokesperson leader candidate nominee judge justice attorney general
    congressman congresswoman assemblyman assemblywoman councilman councilwoman
    alderman alderwoman
    former ex- the a an
    """
)

# Titles that are part of a one-word name: `Prince Andrew`, `Pope Francis`, `Queen Rania`.
ROYAL_TITLES = words("prince princess king queen pope duke duchess sheikh emperor empress")

# Heads of descriptions that can stand for a person named earlier ("the Russian leader").
ROLE_SYNONYMS = {
    "leader": {"president", "leader", "premier", "chancellor", "minister", "king"},
    "president": {"president"},
    "spokesman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokeswoman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "minister": {"minister", "premier"},
    "candidate": {"candidate", "nominee"},
    "nominee": {"candidate", "nominee"},
    "senator": {"senator", "sen.", "sen"},
    "governor": {"governor", "gov.", "gov"},
    "expert": {"expert", "analyst"},
    "analyst": {"expert", "analyst"},
}

# Words by which news refers back to an organisation it has named (`the company said`).
ORGANISATION_NOUNS = words(
    """
    company firm agency group network newspaper paper bank university club league
    organization organisation airline automaker carmaker retailer carrier startup website
    studio publisher channel broadcaster magazine outlet institute foundation
    coalition nonprofit charity commission department ministry manufacturer insurer
    """
)

# Last words of organisations' names, never a person's surname: a first name before
# them (`Fox News`, `Rochester University`) does not make the name a person's.
ORGANISATION_NAME_ENDS = words(
    """
    news times post journal herald tribune gazette media press radio tv television network
    group bank capital partners holdings records studios pictures airlines airways motors
    corp corporation inc co llc ltd party foundation institute university college council
    committee agency company club center centre fund trust association union league
    """
)

# People named by what they are or do, not by a role: `wrote a man`, `added one voter`,
# `prompted some Twitter users to argue`.
UNNAMED_PEOPLE = words(
    "man woman person people voter resident user reader member supporter fan source"
)

# Head nouns of descriptions that stand for a person ("the former secretary of state").
PERSON_ROLES = words(
    """
    secretary nominee candidate president senator governor leader spokesman spokeswoman
    spokesperson official chief chairman chairwoman director minister mayor representative
    congressman congresswoman lawmaker judge attorney adviser advisor aide expert analyst
    businessman businesswoman billionaire founder executive ambassador diplomat premier
    chancellor king queen prince general commander officer sheriff prosecutor author
    economist professor scientist researcher activist star actor actress singer rapper
    mogul owner manager coach player veteran widow mother father son daughter wife husband
    """
)


# Common nouns that name a person: `said the woman`, `his aunt, Jane Starner,`.
PEOPLE = UNNAMED_PEOPLE | PERSON_ROLES | MALE_PEOPLE | FEMALE_PEOPLE


# What someone sees, knows, believes, hopes or is expected to do, and what evidence shows:
# none of it is speech, whatever the classifier learned from PolNeAR (which marks it all).
NOT_SPEECH_VERBS = words(
    """
    expect see view know learn find show believe think worry consider require include
    deliver assume board understand hope feel suspect doubt reckon regard wish plan intend
    prefer need like love hate enjoy continue change
    """
)

# Works with titles: `his 2002 book, "Make Your Kid a Millionaire,"`.
WORKS = words(
    "book books novel memoir film films movie movies documentary documentaries song songs "
    "album albums single show shows series episode play musical opera poem essay column "
    "podcast painting exhibition game"
)

# Nouns that name words as words: `the term "three amigos"`, `the phrase "illegal immigrant"`
# (not "the words": `she added the words "Hillary Clinton"` is speech).
TERM_NOUNS = words("term terms phrase slogan motto nickname moniker so-called")

# What shows rather than says: `according to evidence presented at trial`, `the data`.
# (A poll is its pollster's published finding, which PolNeAR and readers take as reported.)
# (Not `figures` or `numbers`: `some party figures`, `a number of Democrats` are people.)
EVIDENCE = words(
    "evidence data datum statistic statistics calculation calculations image images scan "
    "scans footage video videos photo photos x-ray x-rays"
)

# What speaks for whoever wrote it: `said a report from Kotak`.
DOCUMENTS = words("report letter statement study memo note filing survey analysis")
