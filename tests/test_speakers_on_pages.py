"""Speakers on real web pages (../shared/pages) that no gold file holds: names the small
model mistakes for people or merges are kept apart."""

from __future__ import annotations

import json
from pathlib import Path

from quoteapp.extract import extract_quotes


def _page_text(shared_pages: Path, url_part: str) -> str:
    truth = json.loads((shared_pages / "ground-truth.json").read_text(encoding="utf-8"))
    (text,) = [v["articleBody"] for v in truth.values() if url_part in v["url"]]
    return text


def _speakers(nlp, text: str) -> dict[str, str | None]:
    return {q.text(text): q.speaker for q in extract_quotes(nlp(text))}


def test_a_spacecraft_the_model_calls_a_person_is_no_ones_he(nlp, shared_pages: Path) -> None:
    # The Space Review: `the Gateway` is a lunar station, the `he` is Tom Young
    said = _speakers(nlp, _page_text(shared_pages, "thespacereview.com/article/3834"))
    quote = "I do not really see a required role for the Gateway in the lunar program,"
    assert said[quote] == "Tom Young"
    assert "Gateway" not in said.values()


def test_a_news_outlet_is_not_another_outlet_of_the_same_last_word(nlp, shared_pages: Path) -> None:
    # Fox News reports what E! News reported: `Fox` is a first name, yet no person
    text = _page_text(shared_pages, "scooter-braun-frustrated-big-machine")
    said = _speakers(nlp, text)
    reported = next(q for q in said if q.startswith("Scooter Braun is allegedly unhappy"))
    assert said[reported] == "E! News"
