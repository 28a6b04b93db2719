"""Measure the HTML reader on the 181 marked news pages in ../shared/pages.

    python -m benchmarks.html_reader [--variants]

Prints word-shingle precision, recall and F1 (trafilatura 2.0 defaults score
0.958 F1 on these pages). `--variants` also tries other trafilatura options,
which is how the reader's options were chosen.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from benchmarks.shingles import page_counts, score
from quoteapp.errors import QuoteappError
from quoteapp.ingest import html as reader

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "pages"

VARIANTS = {
    "trafilatura defaults": {"include_comments": False},
    "favor_recall": {**reader.TRAFILATURA_OPTIONS, "favor_precision": False, "favor_recall": True},
    "balanced": {**reader.TRAFILATURA_OPTIONS, "favor_precision": False},
    "no tables": {**reader.TRAFILATURA_OPTIONS, "include_tables": False},
    "deduplicate": {**reader.TRAFILATURA_OPTIONS, "deduplicate": True},
}


def load_pages(folder: Path = PAGES) -> list[tuple[str, bytes, str]]:
    """(id, html, marked article text) for every page."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, html, item["articleBody"]))
    return pages


def measure(pages: list[tuple[str, bytes, str]]) -> dict[str, float]:
    counts = []
    for page_id, html, truth in pages:
        try:
            text = reader.html_to_text(html, page_id).text
        except QuoteappError:
            text = ""
        counts.append(page_counts(truth, text))
    return score(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", action="store_true", help="also try other options")
    args = parser.parse_args()
    if not PAGES.exists():
        sys.exit(f"no pages at {PAGES}: this benchmark needs ../shared/pages")
    pages = load_pages()
    rows = {"quoteapp reader": measure(pages)}
    if args.variants:
        chosen = dict(reader.TRAFILATURA_OPTIONS)
        for name, options in VARIANTS.items():
            reader.TRAFILATURA_OPTIONS.clear()
            reader.TRAFILATURA_OPTIONS.update(options)
            rows[name] = measure(pages)
        reader.TRAFILATURA_OPTIONS.clear()
        reader.TRAFILATURA_OPTIONS.update(chosen)
    print(f"HTML reader on {len(pages)} pages (word-shingle scores)")
    print(f"{'reader':<24} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, row in rows.items():
        print(f"{name:<24} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f}")


if __name__ == "__main__":
    main()
