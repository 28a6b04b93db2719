"""Second thoughts on a source the parse found inside quotation marks.

A speaker is hardly ever inside quotation marks: when the parse makes a word
of a quotation (`"...: We will achieve justice," Tulsa police Chief Chuck
Jordan said`) or of a quoted title (`said on "Fox and Friends"`) the subject
of the cue, the name written beside the cue is the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract import lexicon
from quoteapp.extract.rules.contents import (
    DOCUMENT_AUTHOR,
    NAME_AFTER_CUE,
    NAME_BEFORE_CUE,
    PARTICIPLE_OUTSIDE,
    SOMEONE_AFTER_CUE,
    SOURCE_OUTSIDE_QUOTES,
    SURNAME_AT_CUE,
)
from quoteapp.extract.syntax import is_verb
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quoteapp.extract.span_index import SpanIndex

_WINDOW = 12
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE"})


def source_outside_quotes(
    cue: Token | None, source: Token | None, quoted: SpanIndex[Span], follows: bool = False
) -> Token | None:
    """The source, or a name beside the cue when the parse put the source in quotes.

    A cue that `follows` its quotation and has no subject in the parse at all
    (`"...," said Robin Maynard, half joking`) takes the name beside it too.
    """
    if cue is not None and source is None:
        if follows and NAME_AFTER_CUE.on:
            return _name_after(cue, quoted) or _someone_after(cue) or _name_before(cue, quoted)
        if NAME_BEFORE_CUE.on and is_verb(cue) and cue.lemma_.lower() in lexicon.SPEECH_VERBS:
            return _name_before(cue, quoted)  # `Trump, in Kentucky, said ...` misparsed
        if NAME_BEFORE_CUE.on and is_verb(cue) and _naming(cue):
            found = _name_before(cue, quoted)  # `Early described it as "news to me"`
            if found is not None and (
                found.ent_type_ in ("PERSON", "ORG") or _surname_at_cue(found)
            ):
                return found  # a person or a body, not `regarding Muslims, ... calls people`
    if not SOURCE_OUTSIDE_QUOTES.on:
        return source
    if source is None or cue is None or not _inside(source, quoted):
        return source
    if _inside(cue, quoted):
        return source  # a transcript's `"WALLACE: ...`: label and cue are quoted together
    return _name_before(cue, quoted) or _name_after(cue, quoted) or _governing_subject(cue, quoted)


@PARTICIPLE_OUTSIDE.applies(off=None)
def _governing_subject(cue: Token, quoted: SpanIndex[Span]) -> Token | None:
    """`Clinton seemed ready to riff on it, telling the crowd, "Some people get ..."`: the
    parse hung the participle from the quotation's own verb; the sayer is the subject of
    the first clause outside the quotation that it hangs from."""
    if cue.tag_ != "VBG":
        return None
    for ancestor in cue.ancestors:
        if _inside(ancestor, quoted):
            continue
        subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = next((c for c in subjects if not _inside(c, quoted)), None)
        return subject if subject is not None and subject.i < cue.i else None
    return None


def _naming(cue: Token) -> bool:
    """A verb of calling something a name (not `called for a boycott`)."""
    if cue.lemma_.lower() not in lexicon.NAMING_VERBS:
        return False
    doc = cue.doc
    after = doc[cue.i + 1].lower_ if cue.i + 1 < len(doc) else ""
    return (
        after not in ("for", "on", "upon", "off")  # `called for a boycott`, `called on him`
        and cue.dep_ != "acl"  # `the records describing payments`
        and not any(c.dep_ == "auxpass" for c in cue.children)  # `he was described as`
        and not any(c.lower_.endswith(("self", "selves")) for c in cue.children)
    )  # `voters who described themselves as`


def _inside(token: Token, quoted: SpanIndex[Span]) -> bool:
    return quoted.covers(token.idx)


def _stops(token: Token, quoted: SpanIndex[Span]) -> bool:
    return _inside(token, quoted) or token.text in '.!?;"“”' or "\n" in token.text


def _could_name(token: Token) -> bool:
    return (token.pos_ == "PROPN" and token.ent_type_ not in _NOT_NAMES) or (
        token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "we", "i")
    )


def _name_from(tokens: list[Token]) -> Token | None:
    """The subject of a word among `tokens` (`Sanders said, going on to say`), else the
    head of the first name: the last word of its run of proper nouns."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i in inside:
            return token
    for n, token in enumerate(tokens):
        if not _could_name(token):
            continue
        head = token
        for following in tokens[n + 1 :]:
            if following.pos_ != "PROPN" or following.ent_type_ in _NOT_NAMES:
                break
            head = following
        return head
    return None


def _name_before(cue: Token, quoted: SpanIndex[Span]) -> Token | None:
    window: list[Token] = []
    for i in range(cue.i - 1, max(-1, cue.i - 1 - _WINDOW), -1):
        token = cue.doc[i]
        if _stops(token, quoted):
            break
        window.insert(0, token)
    # `Early says`, `Early still says`: the word before the cue and its adverbs
    nearest = [t for t in window if not (t.dep_ == "advmod" and t.is_lower)]
    if nearest and _surname_at_cue(nearest[-1]) and nearest[-1].i >= cue.i - 3:
        return nearest[-1]
    return _name_from(window)


@SURNAME_AT_CUE.applies(off=False)
def _surname_at_cue(token: Token) -> bool:
    """`(... have been announced), Early says there is ...`: a capitalised word right before
    a cue the parse left without a subject is a surname the model took for a common word,
    not the subject of another verb further back; a stop word (a headline's `Just Said`)
    is not."""
    return _capitalised_word(token) and token.pos_ != "PROPN" and not token.is_stop


def _name_after(cue: Token, quoted: SpanIndex[Span]) -> Token | None:
    """`..., said Mr. Smith`: only right after the cue."""
    window = []
    for token in cue.doc[cue.i + 1 : cue.i + 4]:
        if _stops(token, quoted) or token.is_punct:
            break
        window.append(token)
    found = _name_from(window)
    if found is None and window and NAME_AFTER_CUE.on and _capitalised_word(window[0]):
        return window[0]  # `says Early.`: a surname the model took for a common word
    return found


@SOMEONE_AFTER_CUE.applies(off=None)
def _someone_after(cue: Token) -> Token | None:
    """`"...," added a South Carolina Democrat`, `"...?" asked the boy, who ...`: the parse
    made the speaker the cue's object, or the subject of a clause after it. An addressee
    (`told a reporter`) is not the speaker unless the cue stands right after the quotation,
    where only the speaker can follow it."""
    doc = cue.doc
    right_after = cue.i > 0 and doc[cue.i - 1].is_quote
    if cue.lemma_.lower() in lexicon.ADDRESSEE_VERBS and not right_after:
        return None
    if cue.i + 1 >= len(doc):
        return None
    article = doc[cue.i + 1]
    noun = article.head
    if article.dep_ != "det" or noun.i <= cue.i or noun.i > cue.i + 5:
        return None
    if article.lower_ in lexicon.INDEFINITE and noun.head.i == cue.i:
        lemma = noun.lemma_.lower()
        if noun.pos_ == "PROPN" or lemma in lexicon.UNNAMED_PEOPLE or lemma in lexicon.PERSON_ROLES:
            return noun
    if (
        article.lower_ == "the"
        and right_after
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.lemma_.lower() in lexicon.PEOPLE
    ):
        return noun  # `"...," said the woman`: only right after the quotation
    return None


def _capitalised_word(token: Token) -> bool:
    return (
        token.is_alpha
        and token.text.istitle()
        and not token.is_sent_start
        and token.ent_type_ not in _NOT_NAMES
        and token.lower_ not in ("the", "a", "an", "in", "on", "at", "of", "to")
    )


def author_of(source: Token) -> Token:
    """`said a report from Kotak Institutional Equities`, `the letter signed by seven
    physicians`: a document speaks for whoever wrote it, when the sentence names them."""
    if not DOCUMENT_AUTHOR.on or source.lemma_.lower() not in lexicon.DOCUMENTS:
        return source
    return written_by(source) or source


def written_by(document: Token) -> Token | None:
    """Who the sentence says wrote a document: `from X`, `by X`, or through a participle,
    `signed by X`, `issued by X`."""
    participles = [c for c in document.children if c.dep_ == "acl"]
    preps = [
        p
        for p in (*document.children, *(c for a in participles for c in a.children))
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in ("from", "by"))
    ]
    return next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)
