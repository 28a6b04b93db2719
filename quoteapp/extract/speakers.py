"""Resolve a speaker mention to a canonical name: coreference, lightly.

People are chained by surname ("Recep Tayyip Erdogan", "Erdogan"); each
chain collects descriptors from titles, appositives and possessive roles
("Russian President", "Putin's spokesman", "a Turkey expert"), so that
"the Russian leader" or "the spokesman" can find their person. Pronouns go to
the most recent compatible person, preferring those who were subjects.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.first_names import gender_of
from quoteapp.extract.rules.speakers import (
    AGE_DESCRIBED,
    CONJOINED_NAMES,
    DESCRIBED,
    FIRST_NAME_GENDER,
    FIRST_NAME_PERSON,
    GENDERED_DESCRIPTION,
    LABEL_NAME,
    MISREAD_PERSON,
    NAME_IN_APPOSITION,
    NAME_LABELS,
    NAME_SPLIT_AT_SPACE,
    NO_DESCRIPTION,
    ONE_WORD_NAMES,
    ORGANISATION_DESCRIBED,
    OTHER_FIRST_NAME,
    PRONOUN_ANTECEDENT,
    PRONOUN_GENDER,
    QUALIFIED_SOURCE,
    QUANTITY,
    RECENT_ORGANISATION,
    RELATIVE_PRONOUN,
    ROLE_HOLDER,
    STATEMENT_ISSUER,
    SURNAME_AS_SUBJECT,
    SURNAME_BEFORE_NAME,
    SURNAME_LIKE_PRONOUN,
    SURNAME_STRING,
    TALKED_ABOUT,
    TITLE_GENDER,
    UNNAMED_ANTECEDENT,
    UNNAMED_SOURCE,
    WRITER,
)
from quoteapp.extract.span_index import SpanIndex
from quoteapp.extract.syntax import noun_phrase, subject_of
from quoteapp.extract.text import sentence_of, text_of
from quoteapp.extract.transcripts import ANSWER, QUESTION
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_POSSESSIVE = ("’s", "'s", "’", "'")
_LEADING_VERBS = frozenset({"said", "says", "added", "wrote", "told", "asked", "according"})


@dataclass
class Person:
    name: str
    surname: str
    kind: str
    descriptors: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)  # token indexes of mention heads
    gender: str | None = None
    subject_mentions: list[int] = field(default_factory=list)

    named_at: int = -1  # token where the canonical (longest) name is written
    no_one: bool = False  # a one-word name that is no one's antecedent (see _one_word)
    age: int | None = None  # as the article gives it: `Maria Costa, 64,`

    def aliases(self) -> set[str]:
        return {self.surname} if self.surname != self.name else set()


class Reached(StrEnum):
    """How a quote's speaker was reached from its mention: the evidence a reviewer checks."""

    NAMED = "named"  # the mention is the name
    SURNAME = "surname"  # a later surname of a person named in full earlier
    PRONOUN = "pronoun"
    RELATIVE = "relative"  # which, who: the noun they modify
    DESCRIPTION = "description"  # the Russian leader, the spokesman
    AS_WRITTEN = "as written"  # an unnamed source or a description kept as it stands
    UNRESOLVED = "unresolved"  # a pronoun with nobody to stand for


@dataclass(frozen=True)
class Resolution:
    name: str | None
    aliases: tuple[str, ...]
    how: Reached
    named_at: int | None = None  # token where the person was named, when reached from afar


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def clean_name(words: list[str]) -> list[str]:
    """A name without titles and possessive ending; a bare description keeps its words."""
    words = _unglued(words)
    original = [w for w in words if w.lower() not in ("the", "a", "an")]
    while words and words[0].lower() in _LEADING_VERBS:  # "Said Ellis:" read as one name
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in _LEADING_VERBS:  # headline "Obama Says"
        words = words[:-1]
    titled = list(words)
    while words and words[0].lower().rstrip(".") + "." in lexicon.TITLES | {"the."}:
        words = words[1:]
    while words and words[0].lower() in lexicon.TITLES:
        words = words[1:]
    if len(words) == 1 and len(titled) > 1 and titled[-2].lower() in lexicon.ROYAL_TITLES:
        words = titled[-2:]  # `Prince Andrew`, `Pope Francis`: the title is half the name
    while len(words) > 1 and not any(c.isalnum() for c in words[-1]):
        words = words[:-1]  # "Ava DuVernay’s ‘13th’": the entity ends at the opening mark
    if words:
        for suffix in _POSSESSIVE:
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
                words[-1] = words[-1][: -len(suffix)]
                break
    cleaned = [w for w in words if w not in _POSSESSIVE]
    while cleaned and not any(c.isalnum() for c in cleaned[0]):
        cleaned = cleaned[1:]  # "― Jacklyn Ashley": a dash is no part of a name
    return _from_first_name(cleaned) or original


_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def _surname_of(words: list[str]) -> str:
    """The last word of a name that is not a suffix: `Joseph R. Biden Jr.` is a Biden."""
    if not MISREAD_PERSON.on:
        return words[-1]
    return next((w for w in reversed(words) if w.lower() not in _SUFFIXES), words[-1])


def _unglued(words: list[str]) -> list[str]:
    """`Kristi NoemKristi Lynn NoemSouth Dakota governor`: a page's hover card glued to the
    name; the name ends where a word runs into the next, or at a comma (`Mayer, Disney's`)."""
    for n, word in enumerate(words):
        if NAME_LABELS.on and word.endswith(","):
            return [*words[:n], word[:-1]] if len(word) > 1 else words[:n]
        pieces = _GLUED.split(word) if NAME_LABELS.on else [word]
        # only a piece that repeats an earlier word of the name (not DuVernay, PolitiFact)
        if len(pieces) > 1 and pieces[1] in words[:n]:
            return [*words[:n], pieces[0]]
    return words


def _from_first_name(words: list[str]) -> list[str]:
    """`Tigers LB Sam Okafor`, `South Dakota Gov. Kristi Noem`: a job label or place before a
    first name is no part of the name."""
    if not NAME_LABELS.on or len(words) < 3 or any(w[:1].islower() for w in words):
        return words  # `New York Times and the Gannett newspaper chain` is no one's name
    for n, word in enumerate(words[1:-1], start=1):
        if len(words) - n > 3:
            continue  # a first name is followed by a surname or two, not more
        label = words[n - 1]
        is_label = (
            (label.isupper() and len(label) > 1)
            or label.endswith(".")
            or (label.lower() in lexicon.PERSON_ROLES | lexicon.TITLES)
        )
        if is_label and gender_of(word) is not None and word.istitle():
            return words[n:]
    return words


class SpeakerIndex:
    """The people and organisations of one document, for resolving mentions."""

    def __init__(
        self, doc: Doc, quoted: SpanIndex[Span] | None = None, labels: Sequence[Span] = ()
    ) -> None:
        self.doc = doc
        # People named inside quotation marks are talked about, not talking: no antecedents.
        self._quoted = quoted if quoted is not None else SpanIndex()
        self.people: list[Person] = []
        self._by_token: dict[int, Person] = {}
        self._noun_places: dict[str, list[int]] | None = None
        self._by_surname: dict[str, list[Person]] = {}  # in the order they were named
        for ent in _names(doc):
            self._add(ent)
        self._join_named_later()
        self._labels: dict[int, Person] = {}
        self._label_spans: dict[int, Span] = {}
        self._turns: dict[int, int] = {}  # paragraph start: its label's head token
        self._interview: dict[int, str] = {}  # label head: Q or A
        self._spellings: dict[str, str] | None = None  # lower case: first other spelling
        self._interviewee: Resolution | None = None
        for label in labels:
            self._add_label(label)
        if SURNAME_STRING.on:
            self._add_surnames()
        # settled once, now that every mention is known: not for each pronoun again
        elsewhere = {e.text for e in doc.ents if e.label_ not in ("PERSON", "DATE", "TIME")}
        for person in self.people:
            person.no_one = _one_word(person, doc, elsewhere, self._in_quotes)
        self._genders_from_pronouns()

    def _add(self, ent: SpacySpan) -> None:
        words = clean_name(ent.text.split())
        if not words:
            return
        name = " ".join(words)
        surname = _surname_of(words)
        person = self._misread_person(words)
        if person is None:
            person = Person(name, surname, ent.label_, named_at=ent.root.i)
            self.people.append(person)
            self._by_surname.setdefault(surname, []).append(person)
        elif len(words) > len(person.name.split()) and ent.label_ == "PERSON":
            person.name = name
            person.named_at = ent.root.i
        person.mentions.append(ent.root.i)
        if person.age is None and ent.label_ == "PERSON":
            person.age = _stated_age(ent)
        if _in_focus(ent.root):
            person.subject_mentions.append(ent.root.i)
        person.descriptors |= _descriptors(ent)
        for token in ent:
            self._by_token[token.i] = person
        title = ent[0].nbor(-1).lower_ if ent.start > 0 and TITLE_GENDER.on else ""
        if title in ("mr.", "mr"):
            person.gender = "male"
        elif title in ("mrs.", "ms.", "mrs", "ms"):
            person.gender = "female"
        elif person.gender is None and person.kind == "PERSON" and FIRST_NAME_GENDER.on:
            person.gender = gender_of(words[0]) if len(words) > 1 else None
        if person.gender is None and TITLE_GENDER.on:
            # `Assemblywoman Kim Myers`; after the first name (`Trump spokesman Hope Hicks`)
            titles = {title, ent[0].lower_}
            if titles & lexicon.MALE_PEOPLE:
                person.gender = "male"
            elif titles & lexicon.FEMALE_PEOPLE:
                person.gender = "female"

    @PRONOUN_GENDER.applies()
    def _genders_from_pronouns(self) -> None:
        """`the novelist Jo Walton explained ... “...,” she said`: a first name that tells no
        gender learns it from the he or she that speaks for the person, read in text order,
        so that a later `he` is not hers."""
        if all(p.gender is not None for p in self.people if p.kind == "PERSON"):
            return
        for token in self.doc:
            if (
                token.dep_ == "nsubj"
                and token.lower_ in ("he", "she")
                and token.head.lemma_.lower() in lexicon.SPEECH_VERBS
                and not self._in_quotes(token.i)
            ):
                person = self._antecedent(token)
                # a full name: a one-word `Twitter` or `Glasgow` the model calls a person
                # must not become someone's he
                if person is not None and person.gender is None and " " in person.name:
                    person.gender = _gender_of(token)

    @LABEL_NAME.applies()
    def _add_label(self, label: Span) -> None:
        """A transcript's `FALLIN:` is the Mary Fallin the article names, and `TAPPER:` the
        `JAKE TAPPER:` before it; a name in capitals is spelled as the text spells it."""
        tokens = self.doc.char_span(label.start, label.end, alignment_mode="contract")
        if tokens is None:
            return
        text = text_of(self.doc)
        self._turns[_paragraph_start(text, label.start)] = tokens.root.i
        self._label_spans.update((token.i, label) for token in tokens)
        if label.of(text) in (QUESTION, ANSWER):
            self._interview[tokens.root.i] = label.of(text)
            return
        words = [self._spelled(word) for word in label.of(text).split()]
        surname = words[-1]
        same = [
            p
            for p in self._by_surname.get(surname, [])
            if p.kind == "PERSON" and (len(words) == 1 or not _other_first(words, p))
        ]
        person = _fullest_first(same)[0] if same else None
        if person is None:
            person = Person(" ".join(words), surname, "PERSON", named_at=tokens.root.i)
            self.people.append(person)
            self._by_surname.setdefault(surname, []).append(person)
        person.mentions = sorted({*person.mentions, tokens.root.i})
        for token in tokens:
            self._labels[token.i] = person

    def _spelled(self, word: str) -> str:
        """A word printed in capitals (`MCCAIN`) as the text spells it elsewhere (`McCain`),
        else capitalised; the text's spellings are read once, however many labels ask."""
        if not word.isupper():
            return word
        if self._spellings is None:
            self._spellings = {}
            for found in _WORD.finditer(text_of(self.doc)):
                written = found.group()
                if not written.isupper():
                    self._spellings.setdefault(written.lower(), written)
        return self._spellings.get(word.lower(), word.capitalize())

    def label_at(self, token: Token) -> Span | None:
        """The whole transcript label a token is part of (`JAKE TAPPER`), if any."""
        return self._label_spans.get(token.i)

    @SURNAME_BEFORE_NAME.applies()
    def _join_named_later(self) -> None:
        """`"...," Clarke said` paragraphs before `NASA's Steve Clarke`: a bare surname no one
        bore before is the person named in full later by it."""
        for person in list(self.people):
            if " " in person.name or not self._may_be_person(person):
                continue
            fuller = [
                p
                for p in self._by_surname.get(person.name, [])
                if p is not person and p.kind == "PERSON" and " " in p.name
            ]
            if not fuller or not self._named_in_full_later(person.name, fuller[0]):
                continue
            later = fuller[0]
            later.mentions = sorted(later.mentions + person.mentions)
            later.subject_mentions = sorted(later.subject_mentions + person.subject_mentions)
            later.descriptors |= person.descriptors
            for i, who in self._by_token.items():
                if who is person:
                    self._by_token[i] = later
            self.people.remove(person)
            self._by_surname[person.name].remove(person)

    def _may_be_person(self, person: Person) -> bool:
        """A person, or a one-word `organisation` that speaks (the model's `Clarke said`, a
        headline's `Sanders says`)."""
        if person.kind == "PERSON":
            return True
        return person.kind == "ORG" and any(
            self.doc[i].dep_ == "nsubj" and self.doc[i].head.lemma_.lower() in lexicon.SPEECH_VERBS
            for i in person.mentions
        )

    @SURNAME_BEFORE_NAME.applies(off=[])
    def _named_later(
        self, token: Token, bearers: list[tuple[int, Person]]
    ) -> list[tuple[int, Person]]:
        """A headline's `Sanders says ...` before `Bernie Sanders prevailed`: a surname
        before anyone bore it is the one person the article later names by it."""
        people = {id(p) for _, p in bearers}
        if len(people) != 1:
            return []
        return bearers if self._named_in_full_later(token.text, bearers[0][1]) else []

    def _named_in_full_later(self, surname: str, person: Person) -> bool:
        """Whether a surname written before `person`'s full name is theirs: the full name is
        a name (not `Trump - 60 percent`, a table row), and the surname was written at most
        twice before it (`Bloomberg estimates ... Bloomberg says`: the company)."""
        if not all(w[:1].isupper() for w in person.name.split()):
            return False
        return sum(t.text == surname for t in self.doc[: person.named_at]) <= 2

    def _add_surnames(self) -> None:
        """`says Early`: a person's surname where the small model saw no name is still them."""
        surnames: dict[str, list[tuple[int, Person]]] = {}
        for person in self.people:
            if person.kind == "PERSON" and len(person.name.split()) > 1:
                first = min(person.mentions)
                surnames.setdefault(person.surname, []).append((first, person))
        for token in self.doc:
            if token.i in self._by_token or token.text not in surnames:
                continue
            if token.pos_ not in ("PROPN", "NOUN", "ADJ", "ADV") or (
                token.is_sent_start
                and token.pos_ != "PROPN"
                and not (SURNAME_AS_SUBJECT.on and token.dep_ in ("nsubj", "nsubjpass"))
            ):
                continue  # `Early on, ...` opens a sentence as a word, not a name
            known = [(first, p) for first, p in surnames[token.text] if first < token.i]
            if not known:
                known = self._named_later(token, surnames[token.text])
            if not known:
                continue
            person = min(known, key=lambda k: k[0])[1]
            person.mentions.append(token.i)
            if _in_focus(token):
                person.subject_mentions.append(token.i)
            self._by_token[token.i] = person

    @MISREAD_PERSON.applies(off=None)
    def _misread_person(self, words: list[str]) -> Person | None:
        """A later 'Erdogan' or 'Vladimir Putin' is the person of that surname, whatever the
        model took the name for: a bare surname is whoever bore it first, a name of two words
        the last person it fits, a longer one the shorter name it fills out."""
        same = [p for p in self._by_surname.get(_surname_of(words), []) if p.kind == "PERSON"]
        if len(words) > 2:  # `Loretta E. Lynch` after a headline's `Loretta Lynch`
            return next((p for p in same if _fuller(words, p)), None)
        # `Heidi Cruz` does not take over a `Cruz` who is Ted
        ordered = _fullest_first(same) if len(words) == 1 else list(reversed(same))
        return next((p for p in ordered if not _other_first(words, p)), None)

    def resolve(self, head: Token, said: Sequence[Span] = ()) -> Resolution:
        """The canonical name for a mention head, the other names it goes by, and how the
        name was reached."""
        if head.i in self._interview:
            return self._interviewed(head)
        labelled = self._labels.get(head.i)
        if labelled is not None:
            written = self._label_spans[head.i].of(text_of(self.doc))
            if head.i == labelled.named_at or written == labelled.name:
                return Resolution(labelled.name, tuple(sorted(labelled.aliases())), Reached.NAMED)
            aliases = tuple(sorted(labelled.aliases() | {written}))
            return Resolution(labelled.name, aliases, Reached.SURNAME, labelled.named_at)
        how = None
        if (
            RELATIVE_PRONOUN.on
            and head.lower_ in lexicon.RELATIVE_PRONOUNS
            and head.head.dep_ in ("relcl", "acl")
        ):
            head, how = head.head.head, Reached.RELATIVE
        if QUANTITY.on and head.lemma_.lower() in lexicon.QUANTITIES:
            # `dozens of papers`, `a number of tax experts`: the papers and the experts
            head = next(
                (
                    o
                    for c in head.children
                    if c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj"
                ),
                head,
            )
        named = _named_in_apposition(head)
        if named is not None and not self._in_quotes(named.i):  # not a title in quotes
            found = self._resolve_one(named)
            written = noun_phrase(head, conjuncts=False).of(text_of(self.doc))
            aliases = tuple(sorted({*found.aliases, " ".join(clean_name(written.split()))}))
            return replace(found, aliases=aliases)
        conjuncts = [c for c in head.conjuncts if c.i > head.i]
        if CONJOINED_NAMES.on and conjuncts and head.pos_ == "PROPN":
            # `chairman, CEO and president Craig Menear`: titles joined to one name
            joined = [
                t
                for t in (head, *conjuncts)
                if t.lower_ not in lexicon.TITLES or t.ent_type_ == "PERSON"  # Larry King
            ]
            if len(joined) == 1:
                return self._resolve_one(joined[0])
            names = [self._resolve_one(t).name or t.text for t in joined or (head,)]
            return Resolution(" and ".join(names), (), Reached.NAMED)
        found = self._resolve_one(head, said)
        return replace(found, how=how) if how is not None and found.name else found

    def _resolve_one(self, head: Token, said: Sequence[Span] = ()) -> Resolution:
        phrase = noun_phrase(head, conjuncts=False).of(text_of(self.doc))
        written = " ".join(clean_name(phrase.split()))
        person = self._by_token.get(head.i)
        if person is not None:
            aliases = tuple(sorted(person.aliases() | ({written} - {person.name})))
            full = written == person.name or head.i == person.named_at
            how = Reached.NAMED if full else Reached.SURNAME
            return Resolution(person.name, aliases, how, None if full else person.named_at)
        lower = head.lower_
        if lower in lexicon.PERSONAL_PRONOUNS and head.text != "US":  # not `The US`
            first = self._first_person(head)
            if first is not None:
                return first
            person = self._antecedent(head, self._talked_about(said))
            unnamed = self._unnamed_antecedent(head, person)
            if unnamed is not None:
                return Resolution(unnamed, (head.text,), Reached.PRONOUN)
            if person is None:
                return Resolution(None, (), Reached.UNRESOLVED)
            return Resolution(person.name, (head.text,), Reached.PRONOUN, person.named_at)
        if head.pos_ == "PROPN":
            for person in _fullest_first(self.people):
                if person.kind != "PERSON" and written not in person.name:
                    continue  # `E! News` is not `Fox News`, though both end in `News`
                if head.text == person.surname or head.text in person.name.split():
                    return Resolution(person.name, (written,), Reached.SURNAME, person.named_at)
            return Resolution(written or head.text, (), Reached.NAMED)
        issuer = self._issuer(head)
        if issuer is not None:
            return replace(issuer, aliases=(written,), how=Reached.DESCRIPTION)
        aged = self._of_age(head)
        if aged is not None:
            return Resolution(aged.name, (written,), Reached.DESCRIPTION, aged.named_at)
        unnamed = self._unnamed_source(head)
        if unnamed is not None:
            return Resolution(unnamed, (), Reached.AS_WRITTEN)
        person = self._described(head) or self._role_holder(head) or self._organisation_named(head)
        if person is not None:
            return Resolution(person.name, (written,), Reached.DESCRIPTION, person.named_at)
        if NO_DESCRIPTION.on and head.tag_ in _NO_DESCRIPTION and len(written.split()) <= 1:
            return Resolution(None, (), Reached.UNRESOLVED)  # `Those ...`, a headline's `Who`
        return Resolution(_qualified(head, written) or None, (), Reached.AS_WRITTEN)

    @WRITER.applies(off=None)
    def _first_person(self, pronoun: Token) -> Resolution | None:
        """`“I am not shy,” I said` in a column: outside quotation marks the first person is
        the writer; in a transcript's turn or an interview's answer, it is whoever's turn it
        is; after another speaker's label (`Jane Roe, The Daily Courier:`) it is left to
        the antecedent."""
        if (
            pronoun.lower_ not in _FIRST_PERSON
            or pronoun.text == "US"
            or self._in_quotes(pronoun.i)
        ):
            return None
        text = text_of(self.doc)
        start = _paragraph_start(text, pronoun.idx)
        turn = self._turns.get(start)
        if turn is not None:
            speaker = self.resolve(self.doc[turn])
            return replace(speaker, aliases=(pronoun.text,), how=Reached.PRONOUN)
        opening = text[start : start + 40]
        first_word = re.split(r"\W", opening, maxsplit=1)[0].lower()
        # `We've said this before, many times: ...` is the writer's sentence, no label
        labelled = _SPEAKER_LABEL.match(opening) and first_word not in _FIRST_PERSON
        if labelled or opening[:1] in _OPENING_MARKS:
            return None  # a label the transcript rule did not take, or a quotation run on
        return Resolution(THE_WRITER, (pronoun.text,), Reached.PRONOUN)

    def _interviewed(self, label: Token) -> Resolution:
        """An interview's `Q:` is the interviewer, and its `A:` the person its introduction
        names most often (`Vice President Joe Biden`), else the interviewee."""
        if self._interview[label.i] == QUESTION:
            return Resolution("the interviewer", (label.text,), Reached.AS_WRITTEN)
        if self._interviewee is None:  # the same for every answer: found once
            self._interviewee = self._introduced()
        return replace(self._interviewee, aliases=(label.text,))

    def _introduced(self) -> Resolution:
        """The person an interview's introduction names most often."""
        first = min(self._interview)
        named = [
            (sum(i < first for i in p.mentions), -p.named_at, p)
            for p in self.people
            if p.kind == "PERSON" and p.named_at < first
        ]
        if not named:
            return Resolution("the interviewee", (), Reached.AS_WRITTEN)
        person = max(named, key=lambda n: n[:2])[2]
        return Resolution(person.name, (), Reached.DESCRIPTION, person.named_at)

    @STATEMENT_ISSUER.applies(off=None)
    def _issuer(self, head: Token) -> Resolution | None:
        """`the US military said in a statement ... "...," the statement said`: the words
        of `the statement` are those of whoever last issued one."""
        lemma = head.lemma_.lower()
        if lemma not in _ISSUED or head.tag_ != "NN" or not _definite(head):
            return None
        window = max(0, head.i - int(STATEMENT_ISSUER.constant("window")))
        same = self._nouns_by_lemma().get(lemma, [])
        earlier = [
            i
            for i in same[bisect_left(same, window) : bisect_left(same, head.i)]
            if self.doc[i].tag_ == "NN" and not self._in_quotes(i)
        ]  # not `her tumblr statements` inside the statement quoted
        for i in reversed(earlier):
            issuer = _issuer_of(self.doc[i])
            if issuer is not None:
                found = self._resolve_one(issuer)
                return found if found.name and found.how is not Reached.UNRESOLVED else None
            if not _definite(self.doc[i]):
                return None  # the last statement's issuer unknown: not an older one's
        return None  # `the statement` again and again: the one it names back to

    @UNNAMED_SOURCE.applies(off=None)
    def _unnamed_source(self, head: Token) -> str | None:
        """`A senior aide to the governor, who asked not to be named`, `a spokeswoman for
        Neumann`, and later `the aide`: a source the article does not name stays unnamed,
        its description as written, and is never someone named nearby."""
        if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS"):
            return None
        if _indefinite(head) or _speaks_for(head):
            return _qualified(head, _described_as(head))
        window = head.i - int(UNNAMED_SOURCE.constant("window"))
        same = self._nouns_by_lemma().get(head.lemma_, [])
        for i in reversed(same[bisect_left(same, max(0, window)) : bisect_left(same, head.i)]):
            if _indefinite(self.doc[i]):
                return _described_as(self.doc[i])
        return None

    def _nouns_by_lemma(self) -> dict[str, list[int]]:
        """Where each noun stands, by lemma, found once: a later `the aide` looks for `an
        aide` among these instead of reading every word before it."""
        if self._noun_places is None:
            self._noun_places = {}
            for token in self.doc:
                if token.pos_ == "NOUN":
                    self._noun_places.setdefault(token.lemma_, []).append(token.i)
        return self._noun_places

    @ROLE_HOLDER.applies(off=None)
    def _role_holder(self, head: Token) -> Person | None:
        """`the former secretary of state`: news refers back to the person in focus."""
        if head.lemma_.lower() not in lexicon.PERSON_ROLES or head.tag_ in ("NNS", "NNPS"):
            return None
        if _relative_of_someone(head):
            return None  # `the victim's mother` is not the person in focus
        window = head.i - int(ROLE_HOLDER.constant("window"))
        recent = [
            (max(i for i in p.subject_mentions if window <= i < head.i), p)
            for p in self.people
            if p.kind == "PERSON"
            and _may_be(p, head)
            and any(window <= i < head.i for i in p.subject_mentions)
        ]
        return max(recent, key=lambda r: r[0])[1] if recent else None

    @AGE_DESCRIBED.applies(off=None)
    def _of_age(self, head: Token) -> Person | None:
        """`The 56-year-old said`: the person the article gave that age (`Maria Costa, 64,`),
        else the one a he or she would stand for, if their age is not known to differ."""
        age = _age_of(head)
        if age is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None  # `a 21-year-old` is someone unnamed
        aged = [
            (max(i for i in p.mentions if i < head.i), p)
            for p in self.people
            if p.kind == "PERSON" and p.age == age and any(i < head.i for i in p.mentions)
        ]
        if aged:
            return max(aged, key=lambda a: a[0])[1]
        window = max(0, head.i - int(AGE_DESCRIBED.constant("window")))
        # a person the article names as one (a first name, Mr. or Ms.), not `Manchester United`
        return self._most_salient(
            head, None, window, lambda p: p.age is None and p.gender is not None
        )

    @ORGANISATION_DESCRIBED.applies(off=None)
    def _organisation_named(self, head: Token) -> Person | None:
        """`CBP announced ... the agency said`: the organisation named last before a bare
        `the agency`, one whose name holds the word first (`the Commission on Presidential
        Debates`), then one that was a subject."""
        if (
            head.lemma_.lower() not in lexicon.ORGANISATION_NOUNS
            or head.tag_ in ("NNS", "NNPS")
            or [c.lower_ for c in head.children if c.i < head.i] != ["the"]
        ):
            return None  # `a group`, `the foreign ministry`, `Facebook's company`: not it
        window = head.i - int(ORGANISATION_DESCRIBED.constant("window"))
        best: tuple[int, int, Person] | None = None
        for person in self.people:
            if person.kind != "ORG":
                continue
            earlier = [i for i in person.mentions if window <= i < head.i]
            if not earlier:
                continue
            named_so = head.lemma_.lower() in person.name.lower().split()  # `the commission`
            subject = any(i in person.subject_mentions for i in earlier)
            candidate = (2 * named_so + subject, max(earlier), person)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best[2] if best else None

    @PRONOUN_ANTECEDENT.applies(off=None)
    def _antecedent(
        self, pronoun: Token, talked_about: frozenset[str] = frozenset()
    ) -> Person | None:
        """The most recent person before the pronoun, a recent subject first, and not one
        the quote itself names (`talked_about`)."""
        gender = _gender_of(pronoun)
        if gender is None and pronoun.lower_ not in ("i", "me", "my"):
            return self._recent_organisation(pronoun)
        window = pronoun.i - int(PRONOUN_ANTECEDENT.constant("window"))

        def fits(person: Person) -> bool:
            return person.name not in talked_about

        return self._most_salient(pronoun, gender, window, fits) or (
            self._most_salient(pronoun, gender, 0, fits)
            if gender and FIRST_NAME_GENDER.on
            else None
        )

    @TALKED_ABOUT.applies(off=frozenset())
    def _talked_about(self, said: Sequence[Span]) -> frozenset[str]:
        """`“It could have been easy for Mary Steenburgen to ...,” she said`: whoever the
        words name is talked about, not talking, so is no one's he or she for them."""
        if not said:
            return frozenset()  # a report: its paraphrase may name its own speaker
        found = set()
        for person in self.people:
            for i in person.mentions:
                offset = self.doc[i].idx
                if any(part.start <= offset < part.end for part in said):
                    found.add(person.name)
                    break
        return frozenset(found)

    @UNNAMED_ANTECEDENT.applies(off=None)
    def _unnamed_antecedent(self, pronoun: Token, person: Person | None) -> str | None:
        """`WIRED spoke to one mother ... she said`: a he or she whose latest candidate is
        someone introduced without a name stands for that description, not for `person`.

        Read left to right as the pronoun's search does (a subject counts for more), and a
        he or she on the way keeps whoever was in focus before it."""
        gender = _gender_of(pronoun)
        if gender is None:
            return None
        same, other = (
            (lexicon.MALE, lexicon.FEMALE_PEOPLE)
            if gender == "male"
            else (lexicon.FEMALE, lexicon.MALE_PEOPLE)
        )
        window = max(0, pronoun.i - int(PRONOUN_ANTECEDENT.constant("window")))
        bonus = int(PRONOUN_ANTECEDENT.constant("subject bonus"))
        named = set(person.mentions) if person is not None else set()
        sentence = sentence_of(pronoun).start
        score, focus = -1, None
        for token in self.doc[window : pronoun.i]:
            if self._in_quotes(token.i):
                continue
            subject = _in_focus(token) or (_is_subject(token) and token.i >= sentence)
            here = token.i + (bonus if subject else 0)
            if here <= score:
                continue
            if token.i in named:
                score, focus = here, None
            elif token.lower_ in same and subject:
                score = here  # the same person again
            elif (
                token.tag_ == "NN"
                and token.lemma_.lower() not in other
                and token.i not in self._by_token
                and _a_person(token)
                and _named_in_apposition(token) is None
            ):
                score, focus = here, token
        return None if focus is None else _qualified(focus, _described_as(focus))

    def _most_salient(
        self,
        pronoun: Token,
        gender: str | None,
        window: int,
        fits: Callable[[Person], bool] = lambda p: True,
    ) -> Person | None:
        """The person mentioned last before the pronoun (from token `window` on), a recent
        subject first, whose gender does not rule them out."""
        bonus = int(PRONOUN_ANTECEDENT.constant("subject bonus"))
        best: tuple[int, Person] | None = None
        for person in self.people:
            if person.kind != "PERSON" or (gender and person.gender and person.gender != gender):
                continue
            if not fits(person):
                continue
            if gender and ONE_WORD_NAMES.on and person.no_one:
                continue
            earlier = [
                i for i in person.mentions if window <= i < pronoun.i and not self._in_quotes(i)
            ]
            subjects = [
                i
                for i in earlier
                if i in person.subject_mentions
                or (
                    _is_subject(self.doc[i])
                    and sentence_of(self.doc[i]).start == sentence_of(pronoun).start
                )
            ]
            if not earlier:
                continue
            score = max(earlier) + (bonus if subjects and max(subjects) == max(earlier) else 0)
            if best is None or score > best[0]:
                best = (score, person)
        return best[1] if best else None

    def _in_quotes(self, i: int) -> bool:
        offset = self.doc[i].idx
        return self._quoted.covers(offset)

    @RECENT_ORGANISATION.applies(off=None)
    def _recent_organisation(self, pronoun: Token) -> Person | None:
        earlier = [
            (max(i for i in p.mentions if i < pronoun.i), p)
            for p in self.people
            if p.kind == "ORG" and any(i < pronoun.i for i in p.mentions)
        ]
        window = RECENT_ORGANISATION.constant("window")
        earlier = [(i, p) for i, p in earlier if pronoun.i - i < window]
        return max(earlier, key=lambda e: e[0])[1] if earlier else None

    @DESCRIBED.applies(off=None)
    def _described(self, head: Token) -> Person | None:
        """A person named earlier whose titles or roles match a description; `defense
        attorneys` are several people, never the one attorney general named before."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        if head.lemma_.lower() not in lexicon.PERSON_ROLES:
            return None  # `the city's police` is a body, not its commissioner
        words = {t.lower_ for t in head.subtree if t.i <= head.i} | {head.lemma_.lower()}
        wanted = lexicon.ROLE_SYNONYMS.get(head.lemma_.lower(), {head.lemma_.lower()})
        best: tuple[int, int, Person] | None = None
        for person in self.people:
            if person.kind != "PERSON" or not (person.descriptors & wanted):
                continue
            if not _may_be(person, head):
                continue
            earlier = [i for i in person.mentions if i < head.i]
            if not earlier:
                continue
            score = len(person.descriptors & words) + len(person.descriptors & wanted)
            candidate = (score, max(earlier), person)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best[2] if best else None


def _noun_gender(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in lexicon.MALE_PEOPLE:
        return "male"
    return "female" if lemma in lexicon.FEMALE_PEOPLE else None


def _may_be(person: Person, noun: Token) -> bool:
    """`the victim's mother` is no Michael: a description that says man or woman never
    stands for a person known to be the other."""
    if not GENDERED_DESCRIPTION.on:
        return True
    gender = _noun_gender(noun)
    return gender is None or person.gender in (None, gender)


def _relative_of_someone(noun: Token) -> bool:
    """`Ford's father`, `his wife`: a relative of someone, not the one in focus."""
    return (
        GENDERED_DESCRIPTION.on
        and noun.lemma_.lower() in lexicon.KIN
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` begins: a turn's label is keyed by it."""
    return text.rfind("\n", 0, offset) + 1


def _age_of(head: Token) -> int | None:
    """The age a description gives: `the 56-year-old`, `the 43-year-old former congressman`."""
    olds = [head] if head.lower_ == "old" else [c for c in head.children if c.lower_ == "old"]
    for old in olds:
        for year in old.children:
            if year.lemma_.lower() == "year":
                for number in year.children:
                    if number.dep_ == "nummod" and number.text.isdigit():
                        return int(number.text)
    return None


def _stated_age(ent: SpacySpan) -> int | None:
    """The age given with a name: `Maria Costa, 64,`, `64-year-old Maria Costa`, `Dean
    Johnson, a 55-year-old salesman`."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    if (
        len(after) >= 2
        and after[0].text == ","
        and after[1].text.isdigit()
        and 0 < int(after[1].text) < 120
        and (len(after) == 2 or after[2].text in (",", ".", ")", ";"))
    ):
        return int(after[1].text)
    described = [ent.root, *(c for c in ent.root.children if c.dep_ == "appos")]
    return next((age for age in map(_age_of, described) if age is not None), None)


_FOR_WHOM = frozenset({"for", "to"})
# a determiner or wh-word standing alone describes no one: `Those who ...`, `Who`, `That`
_NO_DESCRIPTION = frozenset({"DT", "WDT", "WP", "WP$", "PDT"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
THE_WRITER = "the writer"  # the speaker of a narrating I, until a byline names them
# `A:`, `Q.`, `CLINTON:`, `Jane Roe, The Daily Courier:` leading a paragraph
_SPEAKER_LABEL = re.compile(r"[A-Z][\w.’' -]{0,30}?(?:,[^:\n]{0,40})?:\s")
_OPENING_MARKS = frozenset("\"“‘'«`")


# What a source issues that later speaks for it: `the statement said`.
_ISSUED = lexicon.words("statement release letter email e-mail memo tweet post")
_ISSUING = lexicon.words("issue release send post publish put write tweet share")


def _definite(noun: Token) -> bool:
    """`the statement`, not `a statement` or `the company's statement`."""
    before = [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("det", "poss")]
    return before == ["the"]


def _issuer_of(document: Token) -> Token | None:
    """Who issued a document: `X said in a statement`, `X issued a statement`, `its
    statement`, `a statement from X`; None where the sentence does not say."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ in ("in", "via", "through"):
        verb = verb.head
        if verb.dep_ == "dobj":  # `denied the allegations in a statement`
            verb = verb.head
    elif not (document.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(verb)
    if subject is None or not _may_issue(subject):
        return None
    return subject


def _may_issue(source: Token) -> bool:
    """A name, a pronoun or a noun: not the particle of a misread `flat-out`."""
    return source.pos_ in ("PROPN", "PRON", "NOUN") and source.lower_ not in _PARTICLES


_PARTICLES = lexicon.words("out up off down in on over back")


def _indefinite(noun: Token) -> bool:
    """`a senior aide`, `another official`, and `one legal expert` (`one` is a number to
    the parse, not a determiner)."""
    return any(
        (c.dep_ == "det" and c.lower_ in lexicon.INDEFINITE)
        or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in noun.children
    )


_ANTECEDENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _a_person(noun: Token) -> bool:
    """`one mother`, `a woman in the crowd`, `a senior aide`: someone introduced without a
    name, as a participant (not `worked as an adviser`, not `Trump, a billionaire`)."""
    lemma = noun.lemma_.lower()
    if not (_someone(noun) or lemma in lexicon.MALE_PEOPLE or lemma in lexicon.FEMALE_PEOPLE):
        return False
    if noun.dep_ not in _ANTECEDENT_ROLES or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
        return False
    return _indefinite(noun)


def _speaks_for(noun: Token) -> bool:
    """`a spokeswoman for Neumann`, `an aide to the governor`: someone speaking for another."""
    return noun.lemma_.lower() in lexicon.PERSON_ROLES and any(
        c.dep_ == "prep" and c.lower_ in _FOR_WHOM and c.i == noun.i + 1 for c in noun.children
    )


def _qualified(head: Token, written: str) -> str:
    """`multiple people familiar with the matter`, `officials briefed on the talks`: what
    qualifies an unnamed source is part of its description, as written."""
    if not QUALIFIED_SOURCE.on or not written.endswith(head.text):
        return written  # empty, or already holding what follows its noun (`aide to X`)
    if head.pos_ != "NOUN" or not _someone(head):
        return written
    qualifier = next(
        (
            c
            for c in head.children
            if c.i > head.i
            and (
                (c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children))
                or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
                or (c.dep_ == "prep" and c.lower_ == "with" and _of_knowledge(c))
            )
        ),
        None,
    )
    if qualifier is None:
        return written
    last = qualifier.right_edge
    stop = next((t.i for t in head.doc[head.i + 1 : last.i + 1] if t.is_punct), last.i + 1)
    return " ".join([written, *(t.text for t in head.doc[head.i + 1 : stop])])


_SOMEONE = lexicon.words("person people source insider individual employee worker member")


def _someone(noun: Token) -> bool:
    """A noun that stands for people: `people`, `officials`, `a person`, not `games`."""
    lemma = noun.lemma_.lower()
    return (
        lemma in _SOMEONE or lemma in lexicon.PERSON_ROLES or noun.lower_ in lexicon.GENERIC_SOURCES
    )


def _of_knowledge(preposition: Token) -> bool:
    return any(o.lemma_.lower() in ("knowledge", "access") for o in preposition.children)


def _named_in_apposition(head: Token) -> Token | None:
    """`The group, WeWorkers Coalition, formed ...`: a description named beside it speaks
    by that name (or by one the parse hung on its relative clause)."""
    if not NAME_IN_APPOSITION.on or head.pos_ != "NOUN":
        return None
    beside = next(
        (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i),
        None,
    )
    return beside or _named_after_relative(head)


def _named_after_relative(head: Token) -> Token | None:
    """`The group that owns the catalogue, Harbor Music, says`: the parse hangs the name on
    the relative clause's last noun, but set off between commas just before the verb, it
    names the subject."""
    verb = head.head
    relative = next((c for c in head.children if c.dep_ == "relcl"), None)
    if relative is None or head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i:
        return None
    doc = head.doc
    name = doc[verb.i - 2] if verb.i >= 2 else None
    if (
        name is None
        or doc[verb.i - 1].text != ","
        or name.dep_ != "appos"
        or name.pos_ != "PROPN"
        or not relative.left_edge.i <= name.i <= relative.right_edge.i
    ):
        return None
    return name


def _described_as(noun: Token) -> str:
    """The description as written, without its article: `senior aide to the governor`."""
    first = min([noun, *(c.left_edge for c in noun.children if c.i < noun.i)], key=lambda t: t.i)
    last = noun
    for child in noun.children:
        if child.dep_ == "prep" and child.i == noun.i + 1 and child.lower_ in _FOR_WHOM | {"of"}:
            last = child.right_edge
    stop = next((t.i for t in noun.doc[noun.i : last.i + 1] if t.is_punct), last.i + 1)
    words = [t.text for t in noun.doc[first.i : stop]]
    while words and words[0].lower() in lexicon.INDEFINITE | {"the"}:
        words = words[1:]
    return " ".join(words)


def _one_word(
    person: Person, doc: Doc, elsewhere: set[str], in_quotes: Callable[[int], bool]
) -> bool:
    """Named by one word only, with nothing to say it is a man or a woman, and never the
    one who speaks: the small model's 'Glasgow', 'Ubisoft', 'Statista' taken for people
    (but not 'Obama said')."""
    if person.gender is not None or len(person.name.split()) != 1:
        return False
    if any(
        doc[i].dep_ == "nsubj" and doc[i].head.lemma_.lower() in lexicon.SPEECH_VERBS
        for i in person.mentions
    ):
        return False  # `Trump said`: whoever speaks is someone
    if person.name in elsewhere:
        return True  # the model itself calls it an organisation or a place elsewhere
    if any(_the_thing(doc[i]) for i in person.mentions):
        return True  # `the Gateway`: a thing, not someone
    if any(
        doc[i].dep_ == "pobj" and doc[i].head.lower_ in ("in", "at", "near", "across")
        for i in person.mentions
    ):
        return True  # `was shot in Glasgow`: somewhere, not someone
    if 2 * sum(in_quotes(i) for i in person.mentions) >= len(person.mentions):
        return True  # `a song like “Glasgow,”`: a title
    return not any(_is_subject(doc[i]) for i in person.mentions)


def _the_thing(token: Token) -> bool:
    """`the Gateway`: a name with `the` before it and nothing after it in its phrase is a
    thing; not `the Obama administration` (a modifier) or `the Clintons` (a family)."""
    return (
        token.i > 0
        and token.doc[token.i - 1].lower_ == "the"
        and token.tag_ == "NNP"
        and token.dep_ not in ("compound", "poss", "amod", "nmod")
    )


@OTHER_FIRST_NAME.applies(off=False)
def _other_first(words: list[str], person: Person) -> bool:
    """`Bill Clinton` is not `Hillary Clinton`: both give a first name, and not the same."""
    known = [w.lower().rstrip(".") for w in person.name.split()]
    if len(words) != 2 or len(known) < 2:
        return False
    first = words[0].lower().rstrip(".")
    if len(first) == 1 or len(known[0]) == 1:  # `J. Smith` may be `John Smith`
        return first[0] != known[0][0]
    return first not in known  # `Hawk Sawyer` is `Kathleen Hawk Sawyer`


def _fullest_first(people: list[Person]) -> list[Person]:
    """Who a bare surname may be, in the order to try them: people named in full before
    those only ever named by one word, each in the order they were introduced."""
    return sorted(people, key=lambda p: len(p.name.split()) < 2)


@OTHER_FIRST_NAME.applies(off=False)
def _fuller(words: list[str], person: Person) -> bool:
    """`Loretta E. Lynch` is the `Loretta Lynch` named before (same first name and
    surname, more words), and `Recep Tayyip Erdogan` the headline's `Erdogan`."""
    known = person.name.split()
    return len(known) == 1 or (len(known) == 2 and known[0].lower() == words[0].lower())


def _gender_of(pronoun: Token) -> str | None:
    if pronoun.lower_ in lexicon.MALE:
        return "male"
    return "female" if pronoun.lower_ in lexicon.FEMALE else None


def _is_subject(head: Token) -> bool:
    """A subject, or a name set beside one (`The club's chairman, Tomas Berg, called`)."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")


def _in_focus(head: Token) -> bool:
    """The subject of a sentence's main verb or of a verb of saying (or a name beside it):
    whom a 'he' in a later sentence most likely means, unlike `the night Epstein died`
    (in the pronoun's own sentence every subject counts)."""
    if not _is_subject(head):
        return False
    verb = head.head.head if head.dep_ == "appos" else head.head
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in lexicon.SPEECH_VERBS


def _names(doc: Doc) -> list[SpacySpan]:
    """PERSON and ORG entities, rejoining a name split at a non-breaking space."""
    from spacy.tokens import Span as SpacySpan

    found: list[SpacySpan] = []
    alone = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    for ent in doc.ents:
        if FIRST_NAME_PERSON.on and _place_named_as_person(ent, alone):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")  # `Kate York ... York`
        elif ent.label_ not in ("PERSON", "ORG"):
            continue
        previous = found[-1] if found else None
        between = doc[previous.end : ent.start] if previous is not None else None
        if (
            NAME_SPLIT_AT_SPACE.on
            and previous is not None
            and previous.label_ == ent.label_
            and between is not None
            and len(between) <= 1
            and all(t.is_space for t in between)
        ):
            found[-1] = doc[previous.start : ent.end]
            found[-1].label_ = ent.label_
            continue
        if SURNAME_LIKE_PRONOUN.on and ent.label_ == "PERSON":
            ent = _with_surname_like_pronoun(ent)
        found.append(ent)
    return _with_first_names(doc, found) if FIRST_NAME_PERSON.on else found


def _with_surname_like_pronoun(ent: SpacySpan) -> SpacySpan:
    """`He Jianxiong`: the surname He, tagged a proper noun, left out of the name."""
    if ent.start == 0:
        return ent
    before = ent.doc[ent.start - 1]
    if (
        before.text != "He"
        or before.pos_ != "PROPN"
        or before.head.i not in range(ent.start, ent.end)
    ):
        return ent
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(ent.doc, before.i, ent.end, label=ent.label_)


def _place_named_as_person(ent: SpacySpan, alone: set[str]) -> bool:
    """`co-writers Caitlyn Smith and Kate York ... York said`: a first name and a surname
    the model read as a place are a person when the surname alone is one later."""
    return (
        ent.label_ in ("GPE", "LOC")
        and len(ent) == 2
        and ent[1].text in alone
        and _first_and_last(ent[0], ent[1])
    )


def _with_first_names(doc: Doc, found: list[SpacySpan]) -> list[SpacySpan]:
    """`Montell Figgins` read as an organisation, `Eswar Prasad` read as nothing: two
    capitalised proper nouns led by a first name clearly given to one gender are a person."""
    from spacy.tokens import Span as SpacySpan

    taken = {t.i for ent in doc.ents for t in ent if ent.label_ != "ORG"}
    relabelled = []
    for ent in found:
        if ent.label_ == "ORG" and len(ent) == 2 and _first_and_last(ent[0], ent[1]):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
        relabelled.append(ent)
    inside = {t.i for ent in relabelled for t in ent} | taken
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.i in inside or following.i in inside:
            continue
        if not (_first_and_last(token, following) or _speaking_name(token, following)):
            continue
        if token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "PROPN":
            continue  # a longer name the model did not see: leave it
        relabelled.append(SpacySpan(doc, token.i, token.i + 2, label="PERSON"))
        inside |= {token.i, following.i}
    return sorted(relabelled, key=lambda e: e.start)


def _speaking_name(first: Token, last: Token) -> bool:
    """`Eswar Prasad, a trade professor at Cornell, said`: two capitalised proper nouns the
    model named nothing, as the subject of a verb of saying."""
    return (
        first.pos_ == "PROPN"
        and last.pos_ == "PROPN"
        and first.text.istitle()
        and last.text.istitle()
        and first.is_alpha
        and last.is_alpha
        and not first.ent_type_
        and not last.ent_type_
        and last.dep_ == "nsubj"
        and last.head.lemma_.lower() in lexicon.SPEECH_VERBS
    )


def _first_and_last(first: Token, last: Token) -> bool:
    return (
        first.pos_ == "PROPN"
        and last.pos_ == "PROPN"
        and first.text.istitle()
        and last.text[:1].isupper()
        and last.text.isalpha()
        and gender_of(first.text) is not None
        and last.lower_ not in lexicon.ORGANISATION_NAME_ENDS  # `Fox News` is no person
    )


def _descriptors(ent: SpacySpan) -> set[str]:
    """Role words around a name: 'Russian President X', 'X, a Turkey expert', 'Putin's aide X'."""
    root = ent.root
    found: set[str] = set()
    doc = ent.doc
    for token in doc[max(0, ent.start - 4) : ent.start]:
        attached = token.head.i in range(ent.start, ent.end) or token.head.head.i in range(
            ent.start, ent.end
        )
        if attached and token.pos_ in ("NOUN", "ADJ", "PROPN") and token.ent_type_ != "PERSON":
            found.add(token.lower_)
            found.add(token.lemma_.lower())
    for child in root.children:
        if child.dep_ == "appos":
            found.add(child.lemma_.lower())
            found |= {t.lower_ for t in child.children if t.dep_ in ("compound", "amod")}
    if root.dep_ == "appos":
        found.add(root.head.lemma_.lower())
    return found
