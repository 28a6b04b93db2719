"""Features of a candidate attribution: a cue word, one of its dependents, their relation.

Shared by training (`training.py`) and extraction (`classifier.py`), so both
see exactly the same description of a candidate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteapp.extract.syntax import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

CUE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})
_OPENERS = frozenset({"that", "whether", "if", "to", "how", "what", "why"})
RELATIONS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "advcl", "attr", "acomp", "dative"})


def candidates(token: Token) -> list[tuple[Token, str]]:
    """The dependents a word could introduce content by, with their relation names."""
    if token.pos_ not in CUE_POS or not token.is_alpha:
        return []  # a dash or a colon is a cue only by the explicit rules
    found = []
    for child in token.children:
        if child.dep_ == "prep":
            found.extend(
                (obj, f"prep:{child.lower_}")
                for obj in child.children
                if obj.dep_ in ("pobj", "pcomp")
            )
        elif child.dep_ in RELATIONS:
            found.append((child, child.dep_))
    return found


def _source_kind(source: Token | None) -> str:
    if source is None:
        return "none"
    if source.ent_type_:
        return source.ent_type_
    if source.pos_ == "PRON":
        return f"PRON:{source.lower_}"
    return source.pos_


def sparse_features(cue: Token, dependent: Token, relation: str) -> list[str]:
    lemma = cue.lemma_.lower()
    doc = cue.doc
    source = subject_of(cue)
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
    ]


def dense_features(cue: Token) -> object:
    """The pipeline's contextual vector of the cue word (generalises to unseen words)."""
    return cue.doc.tensor[cue.i] if cue.doc.tensor is not None and cue.doc.tensor.size else None
