"""HTML pages: the article's text and title, without the page furniture."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks.shingles import page_counts, score
from quoteapp.ingest import read_file
from quoteapp.ingest.html import html_to_text

PARAGRAPHS = [
    "Russian President Vladimir Putin said on Thursday that the conditions needed to end "
    "the war in Syria had been reached, after meeting Turkish President Recep Tayyip Erdogan.",
    "“The Kurdish referendum has no legitimacy in terms of the Iraqi constitution and "
    "international laws,” Erdogan said in his comments at the presidential palace.",
    "“Russia and Turkey are cooperating very tightly,” Putin’s spokesman Dmitry Peskov said "
    "ahead of the one-day working visit by Putin to Ankara, the Kremlin’s first in a year.",
    "Analysts say the relationship between the two countries falls well short of a sincere "
    "strategic alliance, and that many contradictions remain between Moscow and Ankara.",
]

PAGE = f"""<!DOCTYPE html>
<html><head><title>Putin and Erdogan meet in Ankara | World News Daily</title>
<meta property="og:title" content="Putin and Erdogan meet in Ankara">
<script>var tracker = "SCRIPT-TEXT-SHOULD-GO";</script>
<style>.ad {{ color: red }}</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World NAVIGATION-LINK</a></li></ul></nav>
<div class="ad-banner">ADVERTISEMENT Buy our product now</div>
<article>
<h1>Putin and Erdogan meet in Ankara</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<div class="share-buttons"><a href="#">Share on SOCIALNETWORK</a></div>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>COMMENT-TEXT this is a reader comment that should not appear.</p></div>
</section>
<footer>Copyright FOOTER-TEXT 2017 World News Daily. All rights reserved.</footer>
</body></html>"""


def test_html_file_gives_main_text_without_furniture(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_file(path)
    assert article.title == "Putin and Erdogan meet in Ankara"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "\n\n".join(PARAGRAPHS) in article.text  # paragraph breaks kept
    for furniture in (
        "SCRIPT-TEXT",
        "NAVIGATION",
        "ADVERTISEMENT",
        "SOCIALNETWORK",
        "COMMENT-TEXT",
        "FOOTER-TEXT",
    ):
        assert furniture not in article.text


SAMPLE_PAGES = 16


def test_real_news_pages_read_close_to_what_a_person_marked(shared_pages: Path) -> None:
    truth = json.loads((shared_pages / "ground-truth.json").read_text(encoding="utf-8"))
    sample = sorted(truth)[::11][:SAMPLE_PAGES]
    counts = []
    for page_id in sample:
        html = gzip.decompress((shared_pages / "html" / f"{page_id}.html.gz").read_bytes())
        text = html_to_text(html, page_id).text
        counts.append(page_counts(truth[page_id]["articleBody"], text))
    assert score(counts)["f1"] > 0.9


def test_curly_quotes_on_real_pages_survive(shared_pages: Path) -> None:
    truth = json.loads((shared_pages / "ground-truth.json").read_text(encoding="utf-8"))
    with_quotes = [k for k in sorted(truth) if "“" in truth[k]["articleBody"]][:5]
    assert with_quotes
    for page_id in with_quotes:
        html = gzip.decompress((shared_pages / "html" / f"{page_id}.html.gz").read_bytes())
        text = html_to_text(html, page_id).text
        assert "“" in text and "”" in text
