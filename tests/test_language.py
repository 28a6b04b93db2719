"""Articles in other languages than English: named at load time, never extracted."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from quoteapp.ingest.language import other_language

# Real pages of ../shared/pages: an Italian blog post, and a Portuguese interview from
# which the English parser proposed seven quotes, all wrong.
ITALIAN = "b6fb53e9fb043c98eb1e6530a1074c40922e29025f5454809f3938a7c174faa3"
PORTUGUESE = "23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e"


def _bodies(shared_pages: Path) -> dict[str, str]:
    truth = json.loads((shared_pages / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: page.get("articleBody") or "" for key, page in truth.items()}


def test_the_pages_in_other_languages_are_named_and_no_english_one(shared_pages: Path) -> None:
    named = {key: other_language(body) for key, body in _bodies(shared_pages).items()}
    others = {key: language for key, language in named.items() if language}
    assert named[ITALIAN] == "Italian"
    assert sorted(set(others.values())) == [
        "German",
        "Indonesian",
        "Italian",
        "Japanese",
        "Korean",
        "Portuguese",
        "Russian",
    ]
    # 19 of the 181 pages; every English page (news, a results table, a recipe list) is left
    assert len(others) == 19


def test_no_gold_article_and_no_short_text_counts_as_another_language(
    seed_text: str, shared_pages: Path
) -> None:
    gold = shared_pages.parent / "gold" / "web-dev.jsonl"
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines()]
    assert [t[:40] for t in [*texts, seed_text] if other_language(t)] == []
    assert other_language("Il a dit qu'il viendrait demain.") is None  # too short to tell
    assert other_language("") is None


def test_an_article_in_another_language_is_warned_of_and_not_extracted(
    quoteapp, tmp_path: Path, shared_pages: Path, seed_text: str
) -> None:
    page = tmp_path / "portugues.html"
    page.write_bytes(
        gzip.decompress((shared_pages / "html" / f"{PORTUGUESE}.html.gz").read_bytes())
    )
    seed = tmp_path / "seed.txt"
    seed.write_text(seed_text, encoding="utf-8")
    added = quoteapp("add", str(seed), str(page))
    assert added.code == 0, added.stderr
    assert "reads as Portuguese, not English" in added.stderr
    extracted = quoteapp("extract")
    assert extracted.code == 0, extracted.stderr  # not a failure: nothing to look for
    assert "article 2 reads as Portuguese, not English: no quotes looked for" in extracted.stderr
    listed = quoteapp("quotes", "--format", "jsonl")
    by_article = [json.loads(line)["article_id"] for line in listed.stdout.splitlines()]
    assert by_article and set(by_article) == {1}  # the seed's quotes, none from the page
