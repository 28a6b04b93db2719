"""Learn the cue table from gold attributions: how often a word heads a cue, by relation.

For every gold quote the cue's head token and the content's root are found
in spaCy's parse, and the relation between them recorded (`ccomp`, `dobj`,
`xcomp`, `prep:about`, `governor` for `according to`). Dividing by how often
that word has such a dependent anywhere in the corpus gives the precision of
"this word with this dependent is an attribution". `make train` writes the
table to `quoteapp/extract/data/cues.json`.

    python -m quoteapp.extract.training GOLD.jsonl -o quoteapp/extract/data/cues.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from quoteapp.evaluate.gold import GoldArticle, read_gold
from quoteapp.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CUE_TABLE = Path(__file__).parent / "data" / "cues.json"
MIN_SEEN = 3


def relations(token: Token) -> list[tuple[Token, str]]:
    """The dependents a word could introduce content by, with their relation names."""
    found = []
    for child in token.children:
        if child.dep_ == "prep":
            found.extend(
                (obj, f"prep:{child.lower_}")
                for obj in child.children
                if obj.dep_ in ("pobj", "pcomp")
            )
        elif child.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "advcl", "attr", "acomp", "dative"):
            found.append((child, child.dep_))
    if token.head is not token:
        found.append((token.head, "governor"))
    return found


def cue_key(token: Token) -> str:
    return token.lemma_.lower()


def _tokens_in(doc: Doc, span: Span) -> list[Token]:
    chars = doc.char_span(span.start, span.end, alignment_mode="contract")
    return list(chars) if chars is not None else []


def _root(tokens: list[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head is t]
    if not roots:
        return None
    return min(roots, key=lambda t: (t.is_punct, t.i))


def _cue_head(tokens: list[Token]) -> Token | None:
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    if verbs:
        return verbs[-1] if len(verbs) > 1 and verbs[0].lemma_ in ("have", "be") else verbs[0]
    return _root(tokens)


def count(articles: list[GoldArticle], docs: list[Doc]) -> tuple[Counter[str], Counter[str]]:
    """(positives, occurrences) by `lemma|relation`."""
    positives: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for article, doc in zip(articles, docs, strict=True):
        for token in doc:
            for _, relation in relations(token):
                seen[f"{cue_key(token)}|{relation}"] += 1
        for quote in article.quotes:
            if quote.cue is None:
                continue
            cue = _cue_head(_tokens_in(doc, quote.cue))
            content = _root([t for p in quote.parts for t in _tokens_in(doc, p)])
            if cue is None or content is None:
                continue
            for dependent, relation in relations(cue):
                if dependent.i == content.i or (relation == "governor" and content.i == cue.head.i):
                    positives[f"{cue_key(cue)}|{relation}"] += 1
                    break
    return positives, seen


def table(positives: Counter[str], seen: Counter[str]) -> dict[str, list[float]]:
    """`lemma|relation` -> [precision, times seen], for pairs seen often enough."""
    return {
        key: [round(positives[key] / seen[key], 3), seen[key]]
        for key in sorted(positives)
        if seen[key] >= MIN_SEEN and positives[key] >= 2
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Learn the cue table from a gold file.")
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=CUE_TABLE)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    from quoteapp.nlp import load_pipeline

    articles = read_gold(args.gold)
    nlp = load_pipeline()
    docs = list(nlp.pipe((a.text for a in articles), n_process=args.processes, batch_size=16))
    positives, seen = count(articles, docs)
    learned = table(positives, seen)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(learned, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(learned)} cue relations from {len(articles)} articles -> {args.output}")


if __name__ == "__main__":
    main()
