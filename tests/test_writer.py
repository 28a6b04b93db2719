"""The writer's I (issue 12): a page's byline is read, stored and exported, and the first
person outside quotation marks is the writer, by the byline's name when it gives one."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from quoteapp.export import quote_records, write_csv
from quoteapp.extract.writer import writer_name
from quoteapp.ingest import read_file
from quoteapp.store import Store
from quoteapp.workflow import add_sources, extract_articles

GIFT_GUIDE = "cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0"  # 9to5mac, Zac Hall

# Real sentences of a first-person column (polnear-train, Breitbart), with no byline.
COLUMN = (
    "Wendy Long was one member of that group of four or five people.\n\n"
    "So that, I said, is why I went overboard in trying to help Wendy. I also wanted to "
    "address the judge’s apparent concern that I was not contrite over my misdeeds. “I am "
    "not shy,” I said. “I have not been reluctant to express my views in public.”\n"
)


def _page(shared_pages: Path, page_id: str, folder: Path) -> Path:
    path = folder / f"{page_id}.html"
    path.write_bytes(gzip.decompress((shared_pages / "html" / f"{page_id}.html.gz").read_bytes()))
    return path


def test_a_pages_byline_is_read_and_kept_in_the_database(
    shared_pages: Path, store: Store, tmp_path: Path
) -> None:
    path = _page(shared_pages, GIFT_GUIDE, tmp_path)
    assert read_file(path).byline == "Zac Hall"
    report = add_sources(store, [str(path)])
    stored = report.added[0]
    assert stored.id is not None and store.article(stored.id).byline == "Zac Hall"
    assert store.articles()[0].byline == "Zac Hall"  # the article list's tooltip shows it


def test_the_first_person_of_a_page_is_its_writer_by_name(
    shared_pages: Path, store: Store, tmp_path: Path
) -> None:
    add_sources(store, [str(_page(shared_pages, GIFT_GUIDE, tmp_path))])
    extract_articles(store, store.articles_to_extract())
    article = store.articles()[0]
    quotes = store.quotes(article.id)
    text = store.article(article.id).text
    mine = [q for q in quotes if q.mention is not None and q.mention.of(text) == "I"]
    assert mine, "the gift guide's writer says things in the first person"
    assert {q.speaker for q in mine} == {"Zac Hall"}
    assert all(q.evidence == "I → Zac Hall, the writer in the byline" for q in mine)
    # before, the writer's I went to whatever the model called a person last
    assert not {q.speaker for q in quotes} & {"Samsung 4K Smart LED TV", "3 Mouse", "MacBook Pro"}
    out = tmp_path / "quotes.csv"
    write_csv(out, quote_records(store))
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["byline"] for r in rows} == {"Zac Hall"}


def test_without_a_byline_the_writer_stays_unnamed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "column.txt"
    path.write_text(COLUMN, encoding="utf-8")
    add_sources(store, [str(path)])
    extract_articles(store, store.articles_to_extract())
    article = store.articles()[0]
    quotes = store.quotes(article.id)
    text = store.article(article.id).text
    said = {q.text(text): q.speaker for q in quotes}
    assert said["So that … is why I went overboard in trying to help Wendy"] == "the writer"
    assert "Wendy Long" not in said.values()


def test_a_byline_names_a_writer_only_when_it_names_a_person() -> None:
    # bylines as real pages' metadata gives them (../shared/pages)
    assert writer_name("Tom Krisher; Ap Auto Writer") == "Tom Krisher"
    assert writer_name("Condé Nast; Molly Wood") == "Molly Wood"
    assert writer_name("Sarah E Needleman") == "Sarah E Needleman"
    for nobody in (
        "Admin",
        "Reuters",
        "News Nation Bureau",
        "The Russian; Syrian defense ministries",
    ):
        assert writer_name(nobody) is None
    assert writer_name(None) is None
