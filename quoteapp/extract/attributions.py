"""Reported speech from the parse: a cue, its source and the clause it reports.

Learned: every (word, dependent, relation) candidate scored by the classifier.
Written as rules: `according to X, ...`, `X said: ...`, `A, X said, B`, `X's claim
that ...`, and headline `Name: statement`. Where contents end is `contents.py`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import repeat
from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.classifier import attribution_probability, speech_probability
from quoteapp.extract.contents import (
    after_relative_cue,
    misread_clause,
    object_before,
    trimmed,
    with_complement,
    without_own_conjunct,
)
from quoteapp.extract.features import candidates
from quoteapp.extract.marks import looks_like_title
from quoteapp.extract.paragraphs import Paragraphs
from quoteapp.extract.rules.attributions import (
    ACCORDING_INSIDE,
    ACCORDING_TO,
    ANONYMITY,
    AS_REPORTED,
    ASKED_NOT_SAID,
    CHARGED,
    CLAUSE_BEFORE_SUBJECTLESS_CUE,
    CONJECTURE,
    CORRECTION_NOTICE,
    COUNTRY_ACTING,
    EVIDENCE_SOURCE,
    HEADLINE_COLON,
    INSIDE_WHAT_WAS_SAID,
    LEARNED_CUE,
    NAME_AFTER_ACCORDING,
    NESTED_CUT,
    NOBODY_SAID,
    NOBODYS_INTENTION,
    NOT_SPEECH,
    PARENTHETICAL,
    PASSIVE_SUBJECT,
    PER_SOURCE,
    PRONOUN_OBJECT,
    RELAYED_REPORT,
    REQUEST_ANSWERED,
    SAID_COLON,
    SPEECH_CLAUSE,
    SPEECH_NOUN,
    THING_POSTED,
    TOLD_THAT,
    TRANSCRIPT_TURN,
    WRITERS_HEDGE,
)
from quoteapp.extract.rules.contents import (
    DOCUMENT_SENDER,
    JOINED_CLAUSES,
    OBJECT_CONTROL,
    PASSIVE_ADDRESSEE,
    PERSON_AMONG_SUBJECTS,
    ROOT_NOUN_SUBJECT,
    SAID_AGAIN,
    SOURCE_AFTER_CUE,
)
from quoteapp.extract.rules.speech import SAID_OR_WRITTEN
from quoteapp.extract.sources import written_by
from quoteapp.extract.span_index import SpanIndex
from quoteapp.extract.syntax import (
    agent_of,
    char_span,
    clause_span,
    doer_of,
    is_verb,
    subject_of,
    token_span,
    verb_span,
)
from quoteapp.extract.text import sentence_of, text_of
from quoteapp.extract.transcripts import Turn
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from quoteapp.extract.rules.declare import Rule


_CONJECTURE = lexicon.words("will 'll may might could would")
CLAUSAL = frozenset({"ccomp", "advcl"})


def _threshold(relation: str, source: Token | None) -> float:
    if relation in CLAUSAL:
        return LEARNED_CUE.constant("clause")
    if relation == "xcomp":
        return LEARNED_CUE.constant("intention")
    if source is None:
        return LEARNED_CUE.constant("unattributed object")
    return LEARNED_CUE.constant("object")


@dataclass(frozen=True)
class Attribution:
    """A cue, the token that names its source (if any) and the content it introduces."""

    cue: Span
    cue_token: Token
    source: Token | None
    content: Span
    pattern: str
    precision: float
    # `Acts of protest, Mr. Obama said, are acts of patriotism`: content around its cue
    parts: tuple[Span, ...] | None = None
    key: int = -1  # its place among the document's attributions
    # how likely a learned cue's content is something said or written (None: a fixed rule)
    speech: float | None = None

    def pieces(self) -> list[Span]:
        """The content's parts, within the content as later cut."""
        if not self.parts:
            return [self.content]
        start, end = self.content.start, self.content.end
        clipped = [
            Span(max(p.start, start), min(p.end, end))
            for p in self.parts
            if max(p.start, start) < min(p.end, end)
        ]
        return clipped or [self.content]


def find_attributions(
    doc: Doc, paragraphs: Paragraphs, quoted: SpanIndex[Span], turns: Sequence[Turn] = ()
) -> tuple[Attribution, ...]:
    """Every attribution in the document, in text order of cues, each with its key
    (`quoted`: where the quotations stand; `turns`: a transcript's, if it prints one)."""
    found: list[Attribution] = []
    for token in doc:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            attribution = _according_to(token, paragraphs)
        elif token.lower_ == "per":
            attribution = _per(token, paragraphs)
        else:
            attribution = (
                _told_that(token)
                or _learned_cue(token, paragraphs, quoted)
                or _parenthetical(token)
                or _as_reported(token)
                or _speech_noun(token)
            )
        if attribution is not None:
            found.append(attribution)
    said_in_turns = _transcript_turns(doc, turns)
    colons = {a.cue.start for a in said_in_turns}
    found.extend(a for a in _headline_colons(doc, paragraphs) if a.cue.start not in colons)
    found.extend(said_in_turns)
    contents = SpanIndex((a.content, a) for a in found)
    found = [a for a in found if not _inside_what_was_said(a, contents)]
    kept = (a for a in _cut_nested(found) if len(a.content) > 0)
    return tuple(replace(a, key=n) for n, a in enumerate(kept))


@SPEECH_NOUN.applies(off=None)
def _speech_noun(noun: Token) -> Attribution | None:
    """`Trump's claim that thousands cheered`: a noun of saying with a that-clause."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.SPEECH_NOUNS:
        return None
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        return None
    content = clause_span(clause)
    if content is None:
        return None
    return Attribution(
        verb_span(noun), noun, source, content, "speech noun", SPEECH_NOUN.base_confidence
    )


@TOLD_THAT.applies(off=None)
def _told_that(word: Token) -> Attribution | None:
    """`tells the paper that he fought ...` parsed as `the paper that ...`: the clause a
    misread relative `that` opens, with a subject of its own, is what was told."""
    if not is_verb(word) or word.lemma_.lower() not in lexicon.ADDRESSEE_VERBS:
        return None
    source = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if source is None:
        return None
    listeners = [c for c in word.children if c.dep_ in ("dobj", "dative")]
    places = [o for c in word.children if c.dep_ == "prep" for o in c.children]
    for noun in listeners + places:
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.left_edge.lower_ != "that":
                continue
            that = clause.left_edge
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children):
                continue  # `the paper that reported it`: a real relative clause
            content = trimmed(word.doc, that.i + 1, clause.right_edge.i)
            if content is not None:
                return Attribution(
                    verb_span(word), word, source, content, "ccomp", TOLD_THAT.base_confidence
                )
    return None


@PARENTHETICAL.applies(off=None)
def _parenthetical(word: Token) -> Attribution | None:
    """`Acts of protest, Mr. Obama said, are acts of patriotism`: a cue set in the clause it
    reports, or after it (`..., Peskov added.`), which the parse hangs off that clause."""
    if word.dep_ != "parataxis" or not is_verb(word):
        return None
    if word.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return None
    source = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = word.head
    if source is None or not is_verb(head):
        return None
    doc = word.doc
    before = trimmed(doc, head.left_edge.i, word.left_edge.i - 1)
    after = trimmed(doc, word.right_edge.i + 1, head.right_edge.i)
    parts = [p for p in (before, after) if p is not None]
    if before is None or not parts:
        return None
    content = Span(parts[0].start, parts[-1].end)
    return Attribution(
        verb_span(word),
        word,
        source,
        content,
        "parenthetical",
        PARENTHETICAL.base_confidence,
        tuple(parts),
    )


_QUOTE_MARKS = frozenset('"“”‘’«»') | {"''", "``"}


def _named(source: Token) -> bool:
    return source.pos_ == "PROPN" or source.ent_type_ in ("PERSON", "ORG", "NORP")


@AS_REPORTED.applies(off=None)
def _as_reported(word: Token) -> Attribution | None:
    """`As the paper noted, it is surprising ...`, `..., as Comey noted`, `As reported by
    Western Journalism, ...`: a cue set off by `as` reports the clause it hangs on."""
    if word.dep_ != "advcl" or not is_verb(word):
        return None
    if word.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in word.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in word.children):
        return None  # `as he said he would`: the cue has content of its own
    source = next((c for c in word.children if c.dep_ == "nsubj"), None) or agent_of(word)
    head = word.head
    if source is None or not is_verb(head) or not _named(source):
        return None  # `as most expected`: nobody named
    doc = word.doc
    if any(t.text in _QUOTE_MARKS for t in doc[head.left_edge.i : head.right_edge.i + 1]):
        return None  # inside or beside a quotation: the quotation rules decide
    opening = doc[head.left_edge.i : word.left_edge.i]
    linking = all(t.dep_ in ("cc", "punct", "advmod") or t.is_space for t in opening)
    before = None if linking else trimmed(doc, head.left_edge.i, word.left_edge.i - 1)
    after = trimmed(doc, word.right_edge.i + 1, head.right_edge.i)
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None
    return Attribution(
        verb_span(word),
        word,
        source,
        Span(parts[0].start, parts[-1].end),
        "as",
        AS_REPORTED.base_confidence,
        tuple(parts) if len(parts) > 1 else None,
    )


def _learned_cue(
    word: Token, paragraphs: Paragraphs, quoted: SpanIndex[Span]
) -> Attribution | None:
    """The word's best-supported dependent as content, if the word is cue enough."""
    dependents = candidates(word)
    says = SAID_COLON.on and is_verb(word) and word.lemma_.lower() in lexicon.SPEECH_VERBS
    if (not dependents and not says) or _aforesaid(word):
        return None  # most words: nothing could be content and no colon can follow
    subject = doer_of(word)
    if _correction(subject):
        return None
    options = (
        [
            (
                _probability(word, dependent, relation),
                dependent.i,
                dependent,
                relation,
                _source(word, subject, relation),
            )
            for dependent, relation in map(misread_clause, dependents, repeat(word))
        ]
        if LEARNED_CUE.on
        else []
    )
    cue = verb_span(word)
    if _source_after(word) is not None:
        options = [o for o in options if o[2].i < word.i]  # after `..., said` is who said it
    options = [
        o
        for o in options
        if o[0] >= _threshold(o[3], o[4])
        and _may_report(word, o[4], o[2], o[3])
        and (o[4] is None or o[2].i != o[4].i)  # the source is not what was said
    ]
    if options:
        precision, _, dependent, relation, source = max(options, key=lambda o: (o[0], -o[1]))
        start_at = object_before(word, dependent) if relation == "ccomp" else None
        content = clause_span(dependent, start_at=start_at)
        if content is not None and (relation == "dobj" or relation.startswith("prep:")):
            content = with_complement(word, dependent, content)
        if content is not None and relation == "ccomp":
            content = _with_joined_clause(
                word, dependent, without_own_conjunct(word, dependent, content)
            )
            content = after_relative_cue(word, dependent, content)
        parts = (
            _passive_parts(word, content)
            if relation == "nsubjpass" and PASSIVE_SUBJECT.on
            else None
        )
        if parts:  # around its cue, like `A, X said, B`
            content = Span(parts[0].start, parts[-1].end)
        if content is not None and not any(p.overlaps(cue) for p in parts or [content]):
            return Attribution(
                cue,
                word,
                source,
                content,
                relation,
                precision,
                tuple(parts) if parts else None,
                speech=_speech(word, dependent, relation),
            )
    if says:
        colon = _next_colon(word)
        # a colon inside a quotation (`we've found the next best thing: water," X said`)
        # is the quoted speaker's, and what follows it is theirs too
        if colon is not None and not quoted.covers(colon.idx):
            content = _after_colon(word.doc, colon, paragraphs)
            if content is not None:
                speaker = subject or _named_after(word, colon)
                return Attribution(cue, word, speaker, content, "colon", SAID_COLON.base_confidence)
    return None


def _with_joined_clause(word: Token, clause: Token, content: Span) -> Span:
    """`Selling a product is difficult, but altering behavior is much more difficult, Hege
    said`: the parse hangs both clauses on the cue; what was said is both."""
    last = clause.right_edge
    if not JOINED_CLAUSES.on or last.dep_ != "cc" or last.head != clause:
        return content
    joined = next(
        (
            c
            for c in word.children
            if c.dep_ == "ccomp" and c.i > clause.i and c.left_edge.i == last.i + 1
        ),
        None,
    )
    extended = clause_span(joined) if joined is not None else None
    if extended is None or extended.end <= content.end:
        return content
    return Span(content.start, extended.end)


def _passive_parts(verb: Token, subject: Span | None) -> list[Span] | None:
    """`Obama's veto is expected to come before Friday`, `statements were rated as false`:
    what is said of a passive subject follows the verb; the content is both."""
    if subject is None:
        return None
    after = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"))
        ),
        None,
    )
    said = clause_span(after) if after is not None else None
    return [subject, said] if said is not None else None


_UNNAMED = lexicon.words("name identify")


@ANONYMITY.applies(off=False)
def _asks_anonymity(dependent: Token) -> bool:
    """`who asked not to be named`: a source's request to stay unnamed is no quote."""
    return dependent.lemma_.lower() in _UNNAMED and any(c.dep_ == "neg" for c in dependent.children)


def country_acting(word: Token, source: Token | None) -> bool:
    """`Turkey fears the vote may fuel separatism`, `Moscow and Ankara are pushing for ...`:
    a state's fears and policies are the writer's account of them; a country speaks only
    through a verb of saying (`Russia said ...`)."""
    if not COUNTRY_ACTING.on or source is None or source.ent_type_ != "GPE":
        return False
    return word.lemma_.lower() not in lexicon.SPEECH_VERBS


@CHARGED.applies(off=False)
def _charged(word: Token) -> bool:
    """`Two federal prison officers were charged Tuesday with falsifying records`: a
    charge laid on someone is a legal act; `prosecutors charged that ...` is speech."""
    return word.lemma_.lower() == "charge" and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in word.children
    )


def _infinitive(word: Token) -> bool:
    """`to say`, `to argue`: the verb with its `to`."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


# Subjects that are nobody: `it is fair to say`, `which is not to say`.
_NOBODY = lexicon.words("it this that which what")


@WRITERS_HEDGE.applies(off=False)
def _writers_hedge(word: Token) -> bool:
    """`It is fair to say that ...`, `Which is not to say that ...`, `needless to say`: an
    infinitive of saying whose clause has no one but `it` or `which` to say it is the
    writer's hedge; `he was quick to say` keeps its sayer."""
    if _lets_say(word):
        return True
    if word.lemma_.lower() not in ("say", "tell") or not _infinitive(word):
        return False
    governor = word.head
    if (
        governor.i == word.i
        or governor.dep_ == "relcl"  # `guidelines that allow companies to tell`
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)  # `for them to say`
        or any(c.dep_ == "dobj" for c in governor.children)  # `allow companies to tell`
    ):
        return False
    holders = [governor] if governor.pos_ != "ADJ" else [governor, governor.head]
    subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:  # a subject elsewhere (`went on to say`) speaks; `needless to say`
        return governor.lower_ == "needless"
    return all(s.lower_ in _NOBODY for s in subjects)


def _lets_say(word: Token) -> bool:
    """`well, let's say they cause you to grow`: the writer supposing, with the reader."""
    if word.lemma_.lower() != "say" or word.i < 2:
        return False
    let, us = word.doc[word.i - 2], word.doc[word.i - 1]
    return let.lower_ == "let" and us.lower_ in ("’s", "'s", "us")


@WRITERS_HEDGE.applies(off=False)
def _that_said(word: Token) -> bool:
    """`That said, Cruz cannot ...`, `That being said, ...`, `Having said that, ...`: the
    writer turning an argument, with no one saying anything."""
    if word.lower_ != "said":
        return False
    doc = word.doc
    before = [t.lower_ for t in doc[max(0, word.i - 2) : word.i]]
    after = [t.text.lower() for t in doc[word.i + 1 : word.i + 3]]
    if after[:1] == [","] and before[-1:] in (["that"], ["this"]):
        return bool(doc[word.i - 1].is_sent_start)  # `That said,`
    if after[:1] == [","] and before in (["that", "being"], ["this", "being"]):
        return bool(doc[word.i - 2].is_sent_start)  # `That being said,`
    return before[-1:] == ["having"] and after in (["that", ","], ["this", ","])


@WRITERS_HEDGE.applies(off=False)
def _aforesaid(word: Token) -> bool:
    """`only to find said civilisation`, `our service to said client`: `said` right after
    a verb that is no auxiliary, or after a preposition, is the writer's `the aforesaid`
    (the parser may still give it a subject)."""
    if word.lower_ != "said" or word.i == 0:
        return False
    doc = word.doc
    before = doc[word.i - 1]
    return (
        before.tag_ in ("VB", "VBP", "TO", "IN")
        and before.text.islower()
        and before.lower_ not in ("as", "that", "since")
        and not any(_auxiliary(t) for t in doc[max(0, word.i - 2) : word.i])  # `has since said`
    )


def _auxiliary(token: Token) -> bool:
    """`has`, `’ve`, `would`: by the word, since the parser may call `find` an auxiliary."""
    return token.tag_ == "MD" or token.lemma_.lower().lstrip("'’") in (
        "be",
        "have",
        "ve",
        "do",
        "s",
        "d",
    )


def _source(word: Token, subject: Token | None, relation: str) -> Token | None:
    """Who holds what the word says by this relation: its subject, but for a passive
    subject as content (`has been endorsed by dozens of papers`) the agent, if named."""
    if relation == "nsubjpass":
        return agent_of(word)
    if _asked_by_nobody(word):
        return None  # `Asked if he had met Trump, ...`: the question is nobody named's
    if subject is None:
        return _sender(word) or _root_noun_acting(word) or _source_after(word)
    if subject.head.i != word.i:
        return _said_again(word) or _urged(word) or subject
    if (
        PASSIVE_ADDRESSEE.on
        and subject.dep_ == "nsubjpass"
        and word.lemma_.lower() in lexicon.ADDRESSEE_VERBS
    ):
        # `employees were told that ...`: told, not telling
        return agent_of(word) or _told_in(word)
    return _person_among_subjects(word, subject)


# What may carry someone's words: a report or letter, and an email or message too.
_SPEAKING_DOCUMENTS = lexicon.DOCUMENTS | lexicon.words("email e-mail message")


def _said_again(word: Token) -> Token | None:
    """`The ministry said it viewed the move as ... and said it would heighten tensions`:
    the parse joined the second `said` to what the first one reports; both are the
    ministry's."""
    clause = word.head
    outer = clause.head
    if (
        not SAID_AGAIN.on
        or word.dep_ != "conj"
        or clause.dep_ != "ccomp"
        or outer.lemma_.lower() not in lexicon.SPEECH_VERBS
        or word.lemma_.lower() not in lexicon.SPEECH_VERBS
    ):
        return None
    return next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Verbs whose object, not their subject, does what the verb after it says (`urged them to
# say`); `promise` and its kind keep the subject (`promised voters to say`).
_SUBJECT_KEEPERS = lexicon.words("promise pledge vow threaten offer")


@OBJECT_CONTROL.applies(off=None)
def _urged(word: Token) -> Token | None:
    """`The video prompted some Twitter users to argue that ...`, `asked Mr. Lee to
    explain`: the object of the verb a `to` cue hangs from is who speaks, not its subject."""
    governor = word.head
    if (
        word.dep_ != "xcomp"
        or governor.i == word.i
        or governor.lemma_.lower() in _SUBJECT_KEEPERS
        or not _infinitive(word)
    ):
        return None
    urged = next(
        (c for c in governor.children if c.dep_ == "dobj" and governor.i < c.i < word.i), None
    )
    return urged if urged is not None and _may_speak(urged) else None


def _may_speak(token: Token) -> bool:
    """A person, a group of people or an organisation; not `his acceptance speech`."""
    return (
        (token.ent_type_ in ("PERSON", "ORG", "NORP") and token.pos_ == "PROPN")
        or (token.pos_ == "PRON" and token.lower_ not in ("it", "its", "that", "this"))
        or token.lemma_.lower() in lexicon.PERSON_ROLES
        or token.lemma_.lower() in lexicon.GENERIC_SOURCES
        or token.lemma_.lower() in lexicon.UNNAMED_PEOPLE
        or token.lemma_.lower() in lexicon.ORGANISATION_NOUNS  # `led the manufacturer to say`
    )


def _sender(word: Token) -> Token | None:
    """`sent a letter to management stating that ...`, `issued a statement saying ...`: a
    document's words are its author's, or whoever sent or issued it."""
    document = word.head
    if (
        not DOCUMENT_SENDER.on
        or word.dep_ != "acl"
        or document.lemma_.lower() not in _SPEAKING_DOCUMENTS
    ):
        return None
    author = written_by(document)
    if author is None and document.dep_ == "dobj" and is_verb(document.head):
        author = subject_of(document.head)
    return author


def _root_noun_acting(word: Token) -> Token | None:
    """`The group, WeWorkers Coalition, formed in recent weeks and sent a letter ...
    stating`: the parse left the sentence without a main verb, its subject the root and its
    first past-tense verb a modifier; that noun is who acted."""
    if not ROOT_NOUN_SUBJECT.on:
        return None
    token = word
    for _ in range(4):
        head = token.head
        if token.dep_ == "acl" and token.tag_ in ("VBD", "VBN"):
            return head if head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") else None
        if token.dep_ not in ("conj", "advcl", "xcomp") or head.i == token.i:
            return None
        token = head
    return None


def _source_after(word: Token) -> Token | None:
    """`..., said another witness, Fiona Hill`: the parse made the person after a
    subjectless cue its object, with what was said as a clause before it."""
    if not _said_before(word):
        return None
    named = next(
        (c for c in word.children if c.dep_ == "dobj" and c.i > word.i and _names_someone(c)),
        None,
    )
    if named is not None:
        return named
    # `..., said The We Company's recently named executive chair Marcelo Claure`: the parse
    # read the description as a clause of its own; its object is the person
    after = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i), None)
    if after is None:
        return None
    return next(
        (
            t
            for t in after.children
            if t.dep_ == "dobj" and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")
        ),
        None,
    )


def _said_before(word: Token) -> bool:
    """`Job cuts will be announced ..., said ...`: a subjectless verb of saying with what
    was said as a clause before it, ending at the comma before the cue."""
    return (
        SOURCE_AFTER_CUE.on
        and word.lemma_.lower() in lexicon.SPEECH_VERBS
        and word.i > 0
        and word.doc[word.i - 1].text == ","
        and any(c.dep_ == "ccomp" and c.i < word.i for c in word.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
    )


def _names_someone(token: Token) -> bool:
    """A person, a name, or a description with a name beside it (`another witness, Hill`)."""
    return (
        _person_like(token)
        or token.pos_ == "PROPN"
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
    )


def _told_in(word: Token) -> Token | None:
    """`In a company email sent by chairman Marcelo Claure, employees were told ...`: the
    author of the document they were told in."""
    documents = (
        o
        for p in word.children
        if p.dep_ == "prep" and p.lower_ in ("in", "through", "via")
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in _SPEAKING_DOCUMENTS
    )
    return next((a for d in documents if (a := written_by(d)) is not None), None)


def _person_among_subjects(word: Token, subject: Token) -> Token:
    """`A spokesperson who did not wish to be named because of agency policy said`, `said
    study co-author Anezina Solomonidou`: of two subjects the parse gives a verb, the
    person speaks, whichever stands nearer."""
    if not PERSON_AMONG_SUBJECTS.on or _person_like(subject):
        return subject
    others = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i]
    return next((c for c in others if _person_like(c)), subject)


def _person_like(token: Token) -> bool:
    return (
        token.ent_type_ == "PERSON"
        or token.lemma_.lower() in lexicon.PERSON_ROLES
        or token.lower_ in lexicon.PERSONAL_PRONOUNS
    )


def _may_report(word: Token, source: Token | None, dependent: Token, relation: str) -> bool:
    """Whether the word could report speech by this relation, whatever the classifier says.

    Most of what is not speech (acts, stances, plans, silence) the speech model rejects
    later (`said_or_written`); these are the readings it does not learn.
    """
    if NOT_SPEECH.on and word.lemma_.lower() in lexicon.NOT_SPEECH_VERBS:
        return False
    if _charged(word) or _asks_anonymity(dependent) or _writers_hedge(word) or _that_said(word):
        return False
    if (
        _pronoun_object(dependent, relation)
        or _evidence(source)
        or _words_fail(word, source)
        or _nobody(source)
    ):
        return False
    if _thing_posted(word, dependent, relation) or _request_answered(word, dependent, relation):
        return False
    if relation in CLAUSAL:
        if CLAUSE_BEFORE_SUBJECTLESS_CUE.on and source is None and dependent.i < word.i:
            return False
        return not country_acting(word, source)
    if NOBODYS_INTENTION.on and source is None and relation == "xcomp":
        return False
    if (
        CONJECTURE.on
        and relation == "xcomp"
        and any(c.lower_ in _CONJECTURE for c in word.children)
    ):
        return False
    return not country_acting(word, source)


@SAID_OR_WRITTEN.applies(off=True)
def said_or_written(attribution: Attribution) -> bool:
    """`many analysts believe that ...`, `shelved its plans`: found, but nothing said."""
    speech = attribution.speech
    return speech is None or speech >= SAID_OR_WRITTEN.constant("speech")


@INSIDE_WHAT_WAS_SAID.applies(off=False)
def _inside_what_was_said(attribution: Attribution, contents: SpanIndex[Attribution]) -> bool:
    """`said it respected X but supported Y`: 'supported' is part of what was said.

    A cue with no subject of its own inside another attribution's content belongs to
    it, unless it is itself a verb of saying (`..., adding ...`).
    """
    cue = attribution.cue_token
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    if cue.lemma_.lower() in lexicon.SPEECH_VERBS:
        return False
    return any(other is not attribution for other in contents.covering(cue.idx))


_MODIFIERS = frozenset({"relcl", "acl", "amod", "pcomp", "xcomp", "ccomp", "csubj"})


def _cut_nested(found: list[Attribution]) -> list[Attribution]:
    """`X said A, adding B`: A ends where the nested attribution begins.

    Attributions are cut in order, each against the others as cut so far.
    """
    if not NESTED_CUT.on:
        return found
    result = list(found)
    cue_starts = sorted((a.cue.start, m) for m, a in enumerate(found))
    for n, outer in enumerate(result):
        if outer.pattern == "transcript":
            continue  # a speaker's turn is the whole paragraph, whatever it reports
        content = outer.content
        # the attributions whose cue starts inside this content, in list order
        low = bisect_right(cue_starts, (content.start, len(found)))
        high = bisect_left(cue_starts, (content.end, -1))
        for m in sorted(m for _, m in cue_starts[low:high]):
            inner = result[m]
            if m == n or not content.start < inner.cue.start < content.end:
                continue
            if inner.content.start < inner.cue.start or inner.content.end > content.end:
                continue
            if inner.cue_token.dep_ in _MODIFIERS:
                continue  # `a coalition of unions who feared ...`: part of what is reported
            doc = outer.cue_token.doc
            cut = inner.cue_token.left_edge.idx
            source = inner.source
            if source is not None and content.start < source.idx < cut:
                cut = source.left_edge.idx  # "..., Peskov added": the adder goes too
            if cut <= content.start:
                continue
            content = Span(content.start, _before_joining_word(text_of(doc), content.start, cut))
        result[n] = replace(outer, content=content)
    return result


_JOINING_WORDS = ("and", "but", "or")


def _before_joining_word(text: str, start: int, end: int) -> int:
    """Where a content cut at `end` stops: before the space, punctuation and joining word
    (`... for a peace deal and | said it would ...`) the cut leaves at its end."""
    while True:
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
        word = next((w for w in _JOINING_WORDS if text[start:end].endswith(" " + w)), None)
        if word is None:
            return end
        end -= len(word)


def _probability(word: Token, dependent: Token, relation: str) -> float:
    return _speech_clause_floor(word, relation, attribution_probability(word, dependent, relation))


def _speech(word: Token, dependent: Token, relation: str) -> float:
    return _speech_clause_floor(word, relation, speech_probability(word, dependent, relation))


def _speech_clause_floor(word: Token, relation: str, probability: float) -> float:
    if (
        SPEECH_CLAUSE.on
        and relation == "ccomp"
        and is_verb(word)
        and word.lemma_.lower() in lexicon.SPEECH_VERBS
    ):
        return max(probability, SPEECH_CLAUSE.constant("floor"))
    return probability


def _named_after(verb: Token, colon: Token) -> Token | None:
    """`Said Ellis: "..."`: an inverted speaker between the verb and the colon."""
    names = [t for t in verb.doc[verb.i + 1 : colon.i] if t.pos_ == "PROPN"]
    return names[-1] if names else None


def _next_colon(verb: Token) -> Token | None:
    """The colon ending `told reporters on Thursday:`, if nothing else comes first."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + 10, len(doc))):
        token = doc[i]
        if token.text == ":":
            return token
        if token.text in '.!?;"“”' or "\n" in token.text or token.pos_ == "VERB":
            return None
    return None


def _after_colon(doc: Doc, colon: Token, paragraphs: Paragraphs) -> Span | None:
    """The statement after 'X said:' runs to the end of its paragraph, or fills the next one."""
    para = paragraphs.at(colon.idx)
    if para is None:
        return None
    text = text_of(doc)
    start = colon.idx + 1
    while start < para.end and text[start].isspace():
        start += 1
    if start < para.end:
        return Span(start, para.end)
    following = paragraphs.following(para)
    if following is not None and _heading(following.of(text)):
        return None  # `Here's what the early reviews say:` then `What Does Stadia Offer?`
    return following


@SAID_COLON.applies(off=False)
def _heading(paragraph: str) -> bool:
    """A short line in title case with no full stop: a subheading, not what was said."""
    words = paragraph.split()
    return (
        0 < len(words) <= 10
        and not paragraph.rstrip().endswith(".")
        and looks_like_title(paragraph)
    )


@ACCORDING_TO.applies(off=None)
def _according_to(according: Token, paragraphs: Paragraphs) -> Attribution | None:
    to = according.doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in according.children if c.dep_ == "pobj"), None)
    if _evidence(source):
        return None
    source = _apposed_name(source) or source
    cue = char_span(according, to)
    parts = _around(according, source)
    if parts is not None:
        around = Span(parts[0].start, parts[1].end)
        return Attribution(
            cue, according, source, around, "according", ACCORDING_TO.base_confidence, parts
        )
    content = _set_off_by_comma(according, source, paragraphs)
    relayed = _relayed(according, content) if content is not None else None
    if relayed is not None:
        return relayed
    if content is None:
        governor = according.head if according.head is not according else None
        if governor is None or governor.i == according.i:
            return None
        content = clause_span(governor, skip=(according,))
    if content is None:
        return None
    return Attribution(cue, according, source, content, "according", ACCORDING_TO.base_confidence)


# A person described before the name is given: `his aunt`, `a spokesman`.
_DESCRIBED = lexicon.PEOPLE | lexicon.KIN


@NAME_AFTER_ACCORDING.applies(off=None)
def _apposed_name(source: Token | None) -> Token | None:
    """`his aunt, Jane Starner,`: the name the article gives the source it described."""
    if source is None or source.lemma_.lower() not in _DESCRIBED:
        return None  # `an FBI summary, Cheryl Mills, ...`: a document has no name
    doc = source.doc
    comma = source.right_edge.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    name = next((e for e in doc.ents if e.start == comma + 1), None)
    if name is None or name.label_ != "PERSON" or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    return name[-1]


@RELAYED_REPORT.applies(off=None)
def _relayed(according: Token, content: Span) -> Attribution | None:
    """`..., the health commission said, according to Reuters`: the commission said it."""
    doc = according.doc
    verb = according.head
    if (
        verb.i >= according.i
        or not content.contains(token_span(verb))
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in lexicon.SPEECH_VERBS
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        subject is None
        or subject.left_edge.i < 1
        or doc[subject.left_edge.i - 1].text != ","
        or subject.right_edge.i + 1 != verb.i  # `, X said, according to Y` and nothing else
        or verb.i + 2 != according.i
    ):
        return None
    first = doc.char_span(content.start, content.end, alignment_mode="expand")
    if first is None:
        return None
    said = trimmed(doc, first.start, subject.left_edge.i - 1)
    if said is None:
        return None
    return Attribution(
        verb_span(verb), verb, subject, said, "ccomp", RELAYED_REPORT.base_confidence
    )


@PER_SOURCE.applies(off=None)
def _per(per: Token, paragraphs: Paragraphs) -> Attribution | None:
    """`Yersinia pestis, per the WHO, is ...`: `per` a named source, set off by commas."""
    doc = per.doc
    source = next((c for c in per.children if c.dep_ == "pobj"), None)
    set_off = per.i == sentence_of(per).start or doc[per.i - 1].text in (",", "--", "—")
    if source is None or not set_off or not _may_be_source(source):
        return None
    cue = char_span(per, per)
    parts = _around(per, source)
    if parts is not None:
        around = Span(parts[0].start, parts[1].end)
        return Attribution(cue, per, source, around, "according", PER_SOURCE.base_confidence, parts)
    content = _set_off_by_comma(per, source, paragraphs)
    if content is None:
        return None
    return Attribution(cue, per, source, content, "according", PER_SOURCE.base_confidence)


def _may_be_source(token: Token) -> bool:
    """A name, a body or a document: `per the WHO`, `per a statement`, not `per year`."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
        or lemma in lexicon.PERSON_ROLES
        or lemma in lexicon.ORGANISATION_NOUNS
        or lemma in lexicon.DOCUMENTS
    )


@PRONOUN_OBJECT.applies(off=False)
def _pronoun_object(dependent: Token, relation: str) -> bool:
    """`explained them to me`, `denied it`: a pronoun for an object states nothing; what it
    stands for was said, if at all, where it was first told."""
    if relation != "dobj" or dependent.lower_ not in lexicon.PERSONAL_PRONOUNS:
        return False
    verb = dependent.head
    # `called him a master`, `accused her of lying`, `urged them to stop`: the rest says it
    return not any(c.i > dependent.i and not _to_whom(c) for c in verb.children)


_NOT_SAID_OF_IT = frozenset({"dative", "punct", "advmod", "advcl", "npadvmod", "cc", "conj"})


def _to_whom(child: Token) -> bool:
    """`to me`, `, adding ...`: nothing said of the object (`for lying`, `as a mistake` and
    `to a debate` are)."""
    if child.dep_ in _NOT_SAID_OF_IT:
        return True
    return (
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(o.dep_ == "pobj" and _person_like(o) for o in child.children)
    )


# What a post can carry that says something: `posted a statement`, `posted a message`.
_POSTED_WORDS = (
    lexicon.SPEECH_NOUNS
    | lexicon.DOCUMENTS
    | lexicon.words(
        "message comment tweet note video photo picture thought thoughts view views opinion remark"
    )
)


@THING_POSTED.applies(off=False)
def _thing_posted(word: Token, dependent: Token, relation: str) -> bool:
    """`he posted materials from the campaign on the wall`: a thing put up, not words."""
    return (
        word.lemma_.lower() == "post"
        and relation == "dobj"
        and dependent.lemma_.lower() not in _POSTED_WORDS
    )


@ASKED_NOT_SAID.applies(off=False)
def _asked_by_nobody(word: Token) -> bool:
    """`Asked about the vote, the senator said ...`: a question put to the subject."""
    return (
        word.lemma_.lower() == "ask"
        and word.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "agent") for c in word.children)
    )


_ANSWERING = lexicon.words("respond reply return")
_ASKED = lexicon.words("request question inquiry query call email e-mail message")
_REQUESTS = lexicon.words("request inquiry query")


@REQUEST_ANSWERED.applies(off=False)
def _request_answered(word: Token, dependent: Token, relation: str) -> bool:
    """`did not respond to a request for comment`, `requests for an interview`: what was
    asked, not what was said."""
    if word.pos_ == "NOUN" and relation == "prep:for":
        return word.lemma_.lower() in _REQUESTS  # `requests for an interview`: not `calls for`
    return (
        relation in ("dobj", "prep:to")
        and word.lemma_.lower() in _ANSWERING
        and dependent.lemma_.lower() in _ASKED
    )


@EVIDENCE_SOURCE.applies(off=False)
def _evidence(source: Token | None) -> bool:
    """`According to evidence presented at trial, Webb grabbed the girl`, `Images of bullet
    casings indicate that ...`: what evidence, data or an image shows is nobody's speech."""
    if source is None:
        return False
    held = [source]
    if source.pos_ == "NOUN" and source.lemma_.lower() not in lexicon.DOCUMENTS:
        held += [  # `Multiple lines of evidence point to ...`: the lines are evidence
            obj  # (not `the Bureau of Labor Statistics`, nor `an analysis of data`)
            for prep in source.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
        ]
    return any(t.lower_ in lexicon.EVIDENCE or t.lemma_.lower() in lexicon.EVIDENCE for t in held)


@NOT_SPEECH.applies(off=False)
def _words_fail(word: Token, source: Token | None) -> bool:
    """`Words cannot describe how much I love ...`: that words fail reports no words."""
    return (
        source is not None
        and source.lemma_.lower() == "word"
        and any(c.dep_ == "neg" for c in word.children)
    )


_NO_SOURCE = frozenset({"nothing", "nobody", "none"})


@NOBODY_SAID.applies(off=False)
def _nobody(source: Token | None) -> bool:
    """`nothing indicated`, `no one will admit`: nobody is the source."""
    if source is None:
        return False
    if source.lower_ in _NO_SOURCE:
        return True
    return source.lower_ == "one" and any(c.lower_ == "no" for c in source.children)


@CORRECTION_NOTICE.applies(off=False)
def _correction(source: Token | None) -> bool:
    """`Correction added Nov. 18, 2019: ...`: the publication mends its text."""
    return source is not None and source.lemma_.lower() in ("correction", "clarification")


@ACCORDING_INSIDE.applies(off=None)
def _around(according: Token, source: Token | None) -> tuple[Span, Span] | None:
    """`One of the officers, according to prison records, had worked ...`: a phrase set in
    its clause by two commas reports the clause on both sides of it."""
    doc = according.doc
    sentence = sentence_of(according)
    if source is None or according.i <= sentence.start or doc[according.i - 1].text != ",":
        return None
    close = source.right_edge.i + 1
    if close >= sentence.end or doc[close].text != ",":
        return None
    before = trimmed(doc, sentence.start, according.i - 1)
    after = trimmed(doc, close + 1, sentence.end - 1)
    if (
        before is None
        or after is None
        or not any(t.is_alpha for t in doc[close + 1 : sentence.end])
    ):
        return None
    return before, after


def _set_off_by_comma(
    according: Token, source: Token | None, paragraphs: Paragraphs
) -> Span | None:
    """`..., according to X.` reports the sentence before the comma; `According to X, ...`
    the sentence after it. Read from the words, since the parse often hangs the phrase
    on the wrong word (or the next paragraph)."""
    doc = according.doc
    sentence = sentence_of(according)
    para = paragraphs.at(according.idx)
    tokens = doc.char_span(para.start, para.end, alignment_mode="expand") if para else None
    if tokens is None:
        return None
    if according.i > 0 and doc[according.i - 1].text in (",", "--", "—"):
        return trimmed(doc, max(sentence.start, tokens.start), according.i - 1)
    if according.i == sentence.start and source is not None:
        after = source.right_edge.i + 1
        while after < sentence.end and doc[after].text != ",":
            after += 1
        return trimmed(doc, after + 1, min(sentence.end, tokens.end) - 1)
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _states(doc: Doc, statement: Span) -> bool:
    """`Possession of methamphetamine, ..., held in jail`: a list after a name (a police
    blotter, a cast list, a shop's price list) states nothing; a statement has a finite
    verb. A headline in title case is taken as written: the tagger misreads its verbs
    (`... ‘Reeks of Fear’`), unless it prices something and has no verb at all."""
    tokens = doc.char_span(statement.start, statement.end, alignment_mode="contract")
    if tokens is None:
        return False
    finite = any(t.tag_ in _FINITE for t in tokens)
    if not finite and any(t.tag_ == "$" for t in tokens):
        return False  # `New Price Drop: AirPods for $139 (Originally $159)`: a listing
    words = [t for t in tokens if t.is_alpha]
    if sum(t.text[0].isupper() for t in words) > 0.6 * len(words):
        return True
    return finite


@TRANSCRIPT_TURN.applies(off=())
def _transcript_turns(doc: Doc, turns: Sequence[Turn]) -> list[Attribution]:
    """`TAPPER: Do you think ...?`: each turn of a transcript, said by the name before it."""
    found = []
    for turn in turns:
        name = doc.char_span(turn.label.start, turn.label.end, alignment_mode="contract")
        colon = doc.char_span(turn.colon, turn.colon + 1, alignment_mode="expand")
        if name is None or colon is None:
            continue
        found.append(_colon_said(colon[0], name.root, turn.said, "transcript", TRANSCRIPT_TURN))
    return found


_BULLETS = frozenset("-–—•*·")


def _dateline(doc: Doc, name: SpacySpan, para: Span) -> bool:
    """`NEW DELHI: ...` opening the story: capitals before a colon, near the top and never
    again (a transcript's `PENCE:` comes back)."""
    text = text_of(doc)
    return (
        name.text.isupper()
        and len(name) > 1
        and para.start < _DATELINE_WITHIN
        and text.count(name.text + ":") == 1
    )


_DATELINE_WITHIN = 600  # characters: the headline, a standfirst and the first paragraph


def _colon_said(colon: Token, source: Token, said: Span, pattern: str, rule: Rule) -> Attribution:
    """`NAME: statement`: the colon is the cue, the name its source."""
    return Attribution(token_span(colon), colon, source, said, pattern, rule.base_confidence)


# Labels before a colon that are no speaker.
_LABELS = lexicon.words("note update correction clarification disclosure editor photo video")


def _titled_elsewhere(text: str, start: int, colon: int) -> bool:
    """Whether the words before the colon and the word after it stand together inside a
    sentence elsewhere (`..., Star Wars Jedi: Fallen Order finds a reason`): then the colon
    is part of a title, not a speaker's."""
    after = text[colon + 1 : colon + 40].split()
    if not after:
        return False
    title = f"{text[start:colon]}: {after[0]}"
    at = text.find(title)
    while at >= 0:
        if at > 0 and at != start and text[at - 1] != "\n":
            return True
        at = text.find(title, at + 1)
    return False


@HEADLINE_COLON.applies(off=())
def _headline_colons(doc: Doc, paragraphs: Paragraphs) -> list[Attribution]:
    """`Pence: Flowers Won't Be at Debate` — a short name, a colon, a statement."""
    found = []
    text = text_of(doc)
    for para in paragraphs:
        colon = text.find(":", para.start, min(para.end, para.start + 40))
        if colon < 0:
            continue
        name = doc.char_span(para.start, colon, alignment_mode="contract")
        if name is None or not 0 < len(name) <= 4:
            continue
        named = name.root.ent_type_ in ("PERSON", "ORG", "NORP") or all(
            t.pos_ == "PROPN" or t.is_punct for t in name
        )
        if not named or name.root.ent_type_ in ("GPE", "LOC", "DATE"):
            continue  # a place or a date names nobody
        if text[para.start] in _BULLETS:
            continue  # "- NASA: The Space Station Is Open ...": a list of links
        if any(t.is_stop for t in name[1:]) and name.root.ent_type_ not in ("PERSON", "ORG"):
            continue  # a title-case headline ("Stealth Over Health: ...") names nobody
        if _dateline(doc, name, para):
            continue  # "NEW DELHI: ...": where the story was filed, not who said it
        if name[0].lower_ == "dear":
            continue  # "DEAR ABBY: My husband ...": a letter greets its reader
        if "affiliate link" in text[para.start : para.end].lower():
            continue  # "FTC: We use income earning auto affiliate links": a disclosure
        if _titled_elsewhere(text, para.start, colon):
            continue  # "Star Wars Jedi: Fallen Order is ...": a title with a colon in it
        if name[-1].lower_ in _LABELS:
            continue  # "Editor's Note: ..." is the paper speaking about itself
        if name.text.count("(") > name.text.count(")"):
            continue  # "Home Depot (ticker: HD)": the colon is inside a bracket
        colon_token = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if colon_token is None:
            continue
        statement = Span(colon + 1, para.end)
        while statement.start < statement.end and text[statement.start].isspace():
            statement = Span(statement.start + 1, statement.end)
        if len(statement) < 10 or not _states(doc, statement):
            continue
        found.append(_colon_said(colon_token[0], name.root, statement, "headline", HEADLINE_COLON))
    return found
