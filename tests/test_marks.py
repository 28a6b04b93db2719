"""Quotation marks: a golden table of (text, the quoted stretches found)."""

from __future__ import annotations

import pytest

from quoteapp.extract.marks import quoted_spans

CASES = [
    ("curly", "“We agreed,” Erdogan said.", ["We agreed,"]),
    ("straight", 'He said "yes" to the deal.', ["yes"]),
    (
        "archive apostrophes",
        "''This isn't tax reform,'' said Senator Wyden.",
        ["This isn't tax reform,"],
    ),
    ("backticks", "``It is done,'' he said.", ["It is done,"]),
    ("guillemets", "« Non », a dit le ministre.", [" Non "]),
    ("low-9", "„Ja“, sagte er.", ["Ja"]),
    (
        "single quotes",
        "the headline ‘Loaded with contradictions’ ran",
        ["Loaded with contradictions"],
    ),
    ("apostrophes are not quotes", "Putin‘s aide met O'Brien in the '90s for rock 'n' roll.", []),
    ("plural possessive", "the Kurds’ “national striving” matters", ["national striving"]),
    (
        "nested",
        "“He told me ‘never again’ twice,” she said.",
        ["He told me ‘never again’ twice,", "never again"],
    ),
    ("split around cue", "“A deal,” he said, “is close.”", ["A deal,", "is close."]),
    ("one stray mark stays local", "He said ” oddly.\n\n“Fine,” she said.", ["Fine,"]),
    ("unclosed mark is dropped", "A “strange mark here.\n\nFine, “she” said.", ["she"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quoted_stretches(name: str, text: str, expected: list[str]) -> None:
    assert [q.inner.of(text) for q in quoted_spans(text)] == expected


def test_quote_left_open_at_paragraph_end_runs_on_when_the_next_reopens() -> None:
    text = "“The first paragraph of the statement.\n\n“And the second,” she said."
    found = quoted_spans(text)
    assert [(q.inner.of(text), q.close is None) for q in found] == [
        ("The first paragraph of the statement.", True),
        ("And the second,", False),
    ]
