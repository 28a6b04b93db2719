"""The seed article: every quote found, each with its canonical speaker, no page furniture."""

from __future__ import annotations

import pytest

from quoteapp.extract import extract_quotes

EXPECTED = [
    ("direct", "The Kurdish referendum has no legitimacy", "Recep Tayyip Erdogan"),
    ("direct", "No one has the right to throw our region in the fire", "Recep Tayyip Erdogan"),
    ("direct", "Russia and Turkey are cooperating very tightly", "Dmitry Peskov"),
    (
        "direct",
        "Relations between Turkey and Russia may appear to be friendly",
        "Pavel Baev and Kemal Kirisci",
    ),
    ("direct", "They are trying to utilise the issue of the S-400", "Timur Akhmetov"),
    (
        "indirect",
        "deliveries of the S-400s could probably begin only after 2020-21",
        "Timur Akhmetov",
    ),
    (
        "indirect",
        "the de facto conditions needed to end Syria’s civil had been achieved",
        "Vladimir Putin",
    ),
    ("partial", "“pursue more intensely”", "Recep Tayyip Erdogan"),
    ("partial", "“deepen coordination”", "Vladimir Putin"),
    ("partial", "“necessary conditions”", "Vladimir Putin"),
    ("partial", "“national striving”", "foreign ministry"),
]


@pytest.fixture(scope="module")
def seed_quotes(nlp, seed_text):
    return [(str(q.kind), q.text(seed_text), q.speaker, q) for q in extract_quotes(nlp(seed_text))]


@pytest.mark.parametrize(("kind", "words", "speaker"), EXPECTED)
def test_seed_quote_found_with_its_speaker(
    seed_quotes, kind: str, words: str, speaker: str
) -> None:
    matches = [(k, s) for k, text, s, _ in seed_quotes if words in text]
    assert matches == [(kind, speaker)]


def test_nothing_from_the_page_furniture(seed_quotes, seed_text: str) -> None:
    furniture = seed_text.index("By MEE and agencies")
    assert all(q.content.end <= furniture for *_, q in seed_quotes)


def test_no_scare_quotes_or_unnamed_sources(seed_quotes) -> None:
    texts = [text for _, text, _, _ in seed_quotes]
    assert not any("de-escalation zones" in text for text in texts)  # a scare quote
    assert not any("relationship falls well short" in text for text in texts)  # "analysts say"


@pytest.mark.parametrize(
    ("words", "evidence"),
    [
        ("“deepen coordination”", "The Russian leader → Vladimir Putin, named in paragraph 3"),
        ("No one has the right", "Erdogan → Recep Tayyip Erdogan, named in paragraph 3"),
        ("Russia and Turkey are cooperating very tightly", "named here"),
        ("“national striving”", "which → foreign ministry"),
    ],
)
def test_each_speaker_says_how_it_was_reached(seed_quotes, words: str, evidence: str) -> None:
    assert [q.evidence for _, text, _, q in seed_quotes if words in text] == [evidence]
