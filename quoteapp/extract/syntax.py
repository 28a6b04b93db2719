"""Small readings of spaCy's parse: subjects, noun phrases, clause spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract.lexicon import NAMING_VERBS, SPEECH_PARTICLES
from quoteapp.extract.lexicon import SPEECH_VERBS as SPEECH_LEMMAS
from quoteapp.extract.rules.contents import (
    ACTIVE_AFTER_PASSIVE,
    ADDER_IS_SAYER,
    APPOSITION_SUBJECT,
    BODY_PART_OWNER,
    CLOSING_BRACKET,
    CLOSING_MARK,
    NAME_BEFORE_ING,
    NAME_BEFORE_SUBJECTLESS_CUE,
    PASSIVE_BORROWED,
    QUICK_TO_SAY,
    TRAILING_ASIDE,
)
from quoteapp.extract.text import words_of
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Children that belong to a speaker's name or description, not to what follows it.
NAME_PARTS = (
    "compound",
    "flat",
    "det",
    "amod",
    "poss",
    "nmod",
    "nummod",
    "case",
    "punct",
    "quantmod",
)
_EDGE_PUNCT = set(",;:—–-()[]")


def char_span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last.text))


def token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text))


def doer_of(verb: Token) -> Token | None:
    """Who did what the verb says: its subject, but a passive verb without a subject of its
    own only by its agent (`and is called the "Master Builder Series"` borrows the set,
    which called nothing)."""
    if PASSIVE_BORROWED.on and _borrowed_passive(verb):
        return agent_of(verb)
    return subject_of(verb)


# How the parse hangs a participle after a noun: `sets called ...`, `came in called ...`.
_PARTICIPLE_RELATIONS = ("acl", "advcl", "pcomp")


def _borrowed_passive(verb: Token) -> bool:
    """A passive verb with no subject of its own, a naming participle after a noun (`sets
    called the "Master Builder Series"`) included; `was quoted as saying` spoke."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ in _PARTICIPLE_RELATIONS
        and verb.tag_ in ("VBN", "VBD")  # the tagger may call the participle a past tense
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.lemma_.lower() in NAMING_VERBS
    )
    return (
        passive
        and verb.lemma_.lower() != "quote"
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The verb's subject, or for 'adding', 'saying', conjoined verbs, its governor's."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        subject = min(subjects, key=lambda c: abs(c.i - verb.i))  # "(MEE) — Putin said"
        return _person_in_apposition(subject) or _owner(subject) or subject
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        NAME_BEFORE_ING.on
        and verb.tag_ == "VBG"
        and before is not None
        and before.pos_ == "PROPN"
        and before.ent_type_ not in ("DATE", "TIME")
        and verb.lemma_.lower() in SPEECH_LEMMAS
    ):
        return before  # `footage of Hillary Clinton asking, "..."`: the name before is the asker
    agent = agent_of(verb)
    if agent is not None:
        return agent
    if ADDER_IS_SAYER.on and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # "The leader said Russia would work ..., adding ...": the adder is the sayer.
        for ancestor in verb.ancestors:
            if ancestor.lemma_.lower() in SPEECH_LEMMAS and ancestor.pos_ == "VERB":
                said = [c for c in ancestor.children if c.dep_ in SUBJECTS]
                if said:
                    return min(said, key=lambda c: abs(c.i - ancestor.i))
    if depth < 3 and _active_after_passive(verb):
        # `said the deaths were caused by gunshots and called on ...`: the sayer called
        return subject_of(verb.head.head, depth + 1)
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.head is not verb.head:
        return subject_of(verb.head.head, depth + 1)  # "they ended by announcing that ..."
    if (
        depth < 3
        and verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl", "pcomp")
        and verb.head is not verb
    ):
        return subject_of(verb.head, depth + 1)
    if depth < 3 and QUICK_TO_SAY.on and verb.dep_ == "acomp" and verb.head is not verb:
        return subject_of(verb.head, depth + 1)  # `are quick to point out that ...`
    return _name_set_off_before(verb)


def _name_set_off_before(verb: Token) -> Token | None:
    """`..., Jay DiPietro, the club's president, suggested that ...` parsed with the name
    hung on what comes before it: the name whose phrase ends at the comma before the cue."""
    doc = verb.doc
    if (
        not NAME_BEFORE_SUBJECTLESS_CUE.on
        or verb.dep_ != "ROOT"
        or verb.lemma_.lower() not in SPEECH_LEMMAS
        or verb.i < 3
        or doc[verb.i - 1].text != ","
    ):
        return None
    token = doc[verb.i - 2]
    while token.ent_type_ != "PERSON":  # `the club's president` climbs to its name
        head = token.head
        if head is token or head.i >= verb.i or head.right_edge.i not in (verb.i - 2, verb.i - 1):
            return None
        token = head
    return None if token.dep_ in ("pobj", "dobj") else token  # `a letter to Kevin McAleenan`


def _active_after_passive(verb: Token) -> bool:
    """A verb joined to a passive inside what was said: the passive's subject
    (`the deaths were caused`) did nothing, so the one who said it does the saying too."""
    head = verb.head
    return (
        ACTIVE_AFTER_PASSIVE.on
        and verb.dep_ == "conj"
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SPEECH_LEMMAS
    )


def agent_of(verb: Token) -> Token | None:
    """`was endorsed by dozens of papers`: who did what a passive verb says."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _closes_bracket(doc: Doc, start: int, end: int) -> bool:
    """`statements (54%)`: a closing bracket that an opening one in the span needs."""
    if not CLOSING_BRACKET.on or doc[end].text != ")":
        return False
    words = [t.text for t in doc[start:end]]
    return words.count("(") > words.count(")")


_BODY_PARTS = frozenset({"eye", "face", "hand", "voice", "lip", "mouth", "heart", "smile"})


def _owner(subject: Token) -> Token | None:
    """`her eyes aglow with fervor, telling me ...`: whose eyes they are."""
    if not BODY_PART_OWNER.on or subject.lemma_.lower() not in _BODY_PARTS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _person_in_apposition(subject: Token) -> Token | None:
    """`With 50 days until the election, Minyon Moore, ..., called`: the parse made
    'election' the subject and the person its apposition."""
    if not APPOSITION_SUBJECT.on or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return None
    return next(
        (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
    )


def noun_phrase(head: Token, conjuncts: bool = True) -> Span:
    """The name or description a head token stands in: left modifiers and conjoined names."""
    tokens = [head]
    stack = [head]
    joined = ("conj", "cc", "flat", "compound") if conjuncts else ("flat", "compound")
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.i < token.i and child.dep_ in NAME_PARTS and child.pos_ != "VERB":
                tokens.extend(child.subtree)
            elif child.i > token.i and child.dep_ in joined:
                tokens.append(child)
                stack.append(child)
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "case")):
        tokens.pop()
    return char_span(tokens[0], tokens[-1])


MAX_CLAUSE_TOKENS = 400  # longer than any sentence in the gold files; a run-on list is cut


def clause_span(
    head: Token, skip: tuple[Token, ...] = (), start_at: Token | None = None
) -> Span | None:
    """What a clause says: its subtree without a leading 'that' and edge punctuation.

    Tokens in `skip` subtrees (an 'according to' phrase, a nested cue) are cut off
    where they stand at either edge.
    """
    doc: Doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i
    if start_at is not None:
        start = min(start, start_at.i)
    # a run-on text can make one clause of everything after it: what is said is bounded
    end = min(end, start + MAX_CLAUSE_TOKENS - 1)

    def skipped(token: Token) -> bool:  # asked at the edges only, never for every token
        return any(s == token or s.is_ancestor(token) for s in skip)

    changed = True
    while changed and start <= end:
        changed = False
        first, last = doc[start], doc[end]
        if (
            skipped(first)
            or first.text in _EDGE_PUNCT
            or (first.dep_ == "mark" and first.lower_ in ("that",))
            or first.is_space
        ):
            start += 1
            changed = True
        elif (
            skipped(last) or last.text in _EDGE_PUNCT or last.text in ".!?" or last.is_space
        ) and not _closes_bracket(doc, start, end):
            end -= 1
            changed = True
    if start > end:
        return None
    end = _without_trailing_aside(doc, start, end)
    end = with_closing_mark(doc, start, end)
    return char_span(doc[start], doc[end])


_CLOSING = {"“": "”", "‘": "’", "``": "''", '"': '"', "''": "''"}


def _left_open(tokens: list[str]) -> str | None:
    """The quotation mark a run of tokens leaves open, if any."""
    for opening, closing in _CLOSING.items():
        if opening == closing:
            if tokens.count(opening) % 2:
                return opening
            continue
        marks = [t for t in tokens if t in (opening, closing)]
        if marks and marks[-1] == opening:
            return opening
    return None


def with_closing_mark(doc: Doc, start: int, end: int) -> int:
    """`of "fanatic recklessness."`: a clause ending inside quotation marks takes the closing
    mark the parse hung elsewhere, so the quotation stays whole."""
    if not CLOSING_MARK.on:
        return end
    opening = _left_open(words_of(doc)[start : end + 1])
    if opening is None:
        return end
    closing = _CLOSING[opening]
    for i in range(end + 1, min(end + 4, len(doc))):
        if doc[i].text == closing:
            return i
        if not doc[i].is_punct:
            break
    return end


_WH_WORDS = frozenset({"who", "which", "where", "whose", "whom", "when"})
_ASIDE_BREAKS = frozenset({",", "--", "—", "–"})


def is_aside(token: Token) -> bool:
    """`, where 18 votes are at stake`, `, according to X`, `, after meeting X`, `, using ...`:
    told by the writer."""
    first = token.left_edge
    if token.dep_ == "relcl":
        return first.lower_ in _WH_WORDS
    if token.dep_ == "prep":
        return token.lower_ in ("according", "after", "before")
    if token.dep_ in ("advcl", "acl"):
        return token.tag_ in ("VBG", "VBN") and (first is token or first.pos_ == "ADV")
    return False


def _without_trailing_aside(doc: Doc, start: int, end: int) -> int:
    """The last token of a clause once an aside after a comma at its end is cut off."""
    if not TRAILING_ASIDE.on:
        return end
    words = words_of(doc)
    for i in range(start + 3, end + 1):
        if words[i - 1] not in _ASIDE_BREAKS:
            continue
        heads = [t for t in doc[i : end + 1] if t.head.i < i or t.head.i > end]
        if len(heads) != 1 or heads[0].right_edge.i < end or not is_aside(heads[0]):
            continue
        last = i - 2
        while last > start and (doc[last].is_space or doc[last].text in _EDGE_PUNCT):
            last -= 1
        return last
    return end


def speech_particle(verb: Token) -> Token | None:
    """The particle a verb says with (`shot back`, `chimed in`), which the parse may read as
    an adverb; None for a verb that says nothing with it."""
    particles = SPEECH_PARTICLES.get(verb.lemma_.lower(), frozenset())
    return next(
        (c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in particles),
        None,
    )


def verb_span(verb: Token) -> Span:
    """A verb with its particles (`points out`, `shot back`): the cue as a reader sees it."""
    said_with = speech_particle(verb)
    parts = [verb, *(c for c in verb.children if c.dep_ == "prt" or c == said_with)]
    return char_span(min(parts, key=lambda t: t.i), max(parts, key=lambda t: t.i))


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
