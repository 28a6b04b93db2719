"""Where what was said ends: the learned run-on to the sentence's end, on real sentences."""

from __future__ import annotations

import pytest

from quoteapp.extract import extract_quotes
from quoteapp.extract.marks import quoted_spans
from quoteapp.extract.rules import disabled
from quoteapp.extract.runs_on import run_ons
from quoteapp.extract.span_index import areas

RUN_ON = "what was said runs on to the sentence's end"


def _run_ons(nlp, text: str) -> list[str]:
    doc = nlp(text)
    with disabled(RUN_ON):
        quotes = extract_quotes(doc)
    quoted_areas = areas(q.outer for q in quoted_spans(text))
    return [r.extended.of(text) for r in run_ons(doc, quotes, quoted_areas)]


def test_a_clause_the_parse_cut_short_runs_on_to_its_sentence_end(nlp) -> None:
    # web-dev (wd25): the parse ends the clause at "and"; the gold quote runs to the end
    text = (
        "A spokesperson who did not wish to be named because of agency policy said in a "
        "statement emailed to NBC News that the agency never has administered vaccines and "
        "people aren't usually held in custody very long."
    )
    cut = [q.text(text) for q in extract_quotes(nlp(text)) if str(q.kind) == "indirect"]
    assert cut == [
        "the agency never has administered vaccines and people aren't usually held in "
        "custody very long"
    ]
    with disabled(RUN_ON):
        short = [q.text(text) for q in extract_quotes(nlp(text))]
    assert short == ["the agency never has administered vaccines and people"]


@pytest.mark.parametrize(
    "text",
    [
        # web-dev (wd11): who said it is not what was said
        "Those include 1,000 maintenance workers who have been informed that their employment "
        "will be terminated on Dec. 9, according to a group of employees.",
        # the seed: an aside the content rules cut stays cut
        "(MEE) — Russian President Vladimir Putin said on Thursday that the de facto "
        "conditions needed to end Syria’s civil had been achieved, after meeting with Turkish "
        "President Recep Tayyip Erdogan.",
        # when it was said is not what was said
        "Massachusetts Sen. Elizabeth Warren accused Wells Fargo CEO John Stumpf of gutless "
        "leadership during the hearing.",
    ],
)
def test_what_was_said_never_runs_on_across_a_line_an_attribution_or_an_aside(
    nlp, text: str
) -> None:
    assert _run_ons(nlp, text) == []


def test_a_headline_without_a_full_stop_runs_on_to_its_line_end_and_no_further(nlp) -> None:
    """The seed's headline has no full stop; its sentence ends at the paragraph break."""
    text = (
        "Putin Says Conditions Needed to End War in Syria Have Been Reached\n\n"
        "Putin and Erdogan agree to push for de-escalation zones in Syria, particularly in "
        "IS-held Idlib province."
    )
    assert _run_ons(nlp, text) == ["Conditions Needed to End War in Syria Have Been Reached"]
