"""Features of a candidate attribution: a cue word, one of its dependents, their relation.

Shared by training (`training.py`) and extraction (`classifier.py`), so both
see exactly the same description of a candidate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract.syntax import subject_of
from quoteapp.extract.text import sentence_of

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Token

CUE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})
_OPENERS = frozenset({"that", "whether", "if", "to", "how", "what", "why"})
# `nsubjpass`: what a passive verb says of its subject (`is supported by fewer papers`).
RELATIONS = frozenset(
    {"ccomp", "xcomp", "dobj", "oprd", "advcl", "attr", "acomp", "dative", "nsubjpass"}
)


def candidates(token: Token) -> list[tuple[Token, str]]:
    """The dependents a word could introduce content by, with their relation names."""
    if token.pos_ not in CUE_POS or not token.is_alpha:
        return []  # a dash or a colon is a cue only by the explicit rules
    found: list[tuple[Token, str]] = []
    for child in token.children:
        if child.dep_ == "prep":
            found.extend(
                (obj, f"prep:{child.lower_}")
                for obj in child.children
                if obj.dep_ in ("pobj", "pcomp")
            )
        elif child.dep_ in RELATIONS:
            found.append((child, child.dep_))
            if child.dep_ == "dobj":  # `express reservations about entrusting ...`
                found.extend(
                    (obj, f"dprep:{prep.lower_}")
                    for prep in child.children
                    if prep.dep_ == "prep"
                    for obj in prep.children
                    if obj.dep_ in ("pobj", "pcomp")
                )
    return found


def _source_kind(source: Token | None) -> str:
    if source is None:
        return "none"
    if source.ent_type_:
        return source.ent_type_
    if source.pos_ == "PRON":
        return f"PRON:{source.lower_}"
    return source.pos_


def features(cue: Token, dependent: Token, relation: str) -> tuple[list[str], np.ndarray | None]:
    """A candidate's sparse features and its dense vector, the cue's source found once."""
    source = subject_of(cue)
    return _sparse(cue, dependent, relation, source), _dense(cue, dependent, source)


def _sparse(cue: Token, dependent: Token, relation: str, source: Token | None) -> list[str]:
    lemma = cue.lemma_.lower()
    doc = cue.doc
    kind = _source_kind(source)
    first = dependent.left_edge
    length = dependent.right_edge.i - dependent.left_edge.i + 1
    before = doc[cue.i - 1].lower_ if cue.i > 0 else "<s>"
    after = doc[cue.i + 1].lower_ if cue.i + 1 < len(doc) else "</s>"
    return [
        "bias",
        f"l={lemma}",
        f"r={relation}",
        f"lr={lemma}|{relation}",
        f"pos={cue.pos_}",
        f"tag={cue.tag_}",
        f"dep={cue.dep_}",
        f"dpos={dependent.pos_}",
        f"dtag={dependent.tag_}",
        f"src={kind}",
        f"srcr={kind}|{relation}",
        f"srcl={kind}|{lemma}",
        f"first={first.lower_ if first.lower_ in _OPENERS else first.pos_}",
        f"len={min(length // 4, 8)}",
        f"neg={any(c.dep_ == 'neg' for c in cue.children)}",
        f"before={before}",
        f"after={after}",
        f"lafter={lemma}|{after}",
        f"dent={dependent.ent_type_ or '-'}",
        *_context_features(cue, dependent, relation, lemma, kind, source),
    ]


# Relations whose dependent is a thing talked about, so its own word matters ("the issue").
_NOMINAL = frozenset({"dobj", "oprd", "attr", "acomp"})
_MARKS = frozenset({'"', "“", "”", "''", "``"})


_MARK_COUNTS = "quoteapp.marks before"


def _marks_before(doc: Doc) -> list[int]:
    """How many quotation-mark tokens come before each token: counted once per document,
    not once per candidate over its whole sentence."""
    counted = doc.user_data.get(_MARK_COUNTS)
    if counted is None:
        counted = [0]
        for token in doc:
            counted.append(counted[-1] + (token.text in _MARKS))
        doc.user_data[_MARK_COUNTS] = counted
    return counted


def _context_features(
    cue: Token, dependent: Token, relation: str, lemma: str, kind: str, source: Token | None
) -> list[str]:
    """Where the candidate stands: what the cue hangs from, what the content is about,
    whether the words are someone's quoted speech, and how the sentence ends."""
    nominal = relation in _NOMINAL or relation.startswith("prep:")
    sentence = sentence_of(cue)
    last = sentence[-1].text
    counted = _marks_before(cue.doc)
    marks = counted[cue.i] - counted[sentence.start]
    side = "none" if source is None else "before" if source.i < cue.i else "after"
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in dependent.children)
    return [
        f"dl={dependent.lemma_.lower()}|{relation}" if nominal else f"dl=-|{relation}",
        f"ldp={lemma}|{relation}|{dependent.pos_}",
        f"ldep={lemma}|{cue.dep_}",
        f"hl={cue.head.lemma_.lower()}|{cue.dep_}",
        f"inq={marks % 2 == 1}",
        f"end={last if last in '.?!:' else 'other'}",
        f"lsrc={lemma}|{relation}|{kind}",
        f"dfirst={lemma}|{dependent.left_edge.lower_}",
        f"side={side}",
        f"dsubj={has_subject}|{relation}",
        f"tense={cue.tag_}|{relation}",
    ]


def _dense(cue: Token, dependent: Token, source: Token | None) -> np.ndarray | None:
    """The pipeline's contextual vectors of the cue word, the content's head and the
    source: they generalise to words training never saw."""
    import numpy as np

    tensor = cue.doc.tensor
    if tensor is None or not tensor.size:
        return None
    held = tensor[source.i] if source is not None else np.zeros(tensor.shape[1], tensor.dtype)
    return np.concatenate([tensor[cue.i], tensor[dependent.i], held])
