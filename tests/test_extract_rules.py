"""Extraction rules: every example in the registry, and every rule needed by its examples.

Run on the real pipeline. An example states each quote's kind, words, speaker,
cue and mention as written; the ablation test switches one rule off at a time
and requires at least one of that rule's own examples to come out otherwise.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from quoteapp.extract import RULES_VERSION, extract_quotes, rules_version
from quoteapp.extract.rules import REGISTRY, Example, Expect, Rule, disabled, registry_digest

EXAMPLES = [(rule, example) for rule in REGISTRY for example in rule.examples]


CALIBRATION = "a confidence that ranks"


def _found(nlp, text: str, calibrated: bool = False) -> list[Expect]:
    """The quotes as an example states them; confidences are the rules' own unless the
    calibration is what is tested (it maps them all, so it is switched off elsewhere)."""
    if not calibrated:
        with disabled(CALIBRATION):
            return _found(nlp, text, calibrated=True)
    return [
        Expect(
            str(q.kind),
            " … ".join(p.of(text) for p in q.parts),
            q.speaker,
            q.cue.of(text) if q.cue else None,
            q.mention.of(text) if q.mention else None,
            q.confidence,
        )
        for q in extract_quotes(nlp(text))
    ]


def _right(nlp, example: Example, calibrated: bool = False) -> bool:
    found = _found(nlp, example.text, calibrated)
    return len(found) == len(example.quotes) and all(
        e.matches(f) for e, f in zip(example.quotes, found, strict=True)
    )


@pytest.mark.parametrize(
    ("rule", "example"),
    EXAMPLES,
    ids=[f"{rule.name}: {example.text[:40]}" for rule, example in EXAMPLES],
)
def test_example(nlp, rule: Rule, example: Example) -> None:
    found = _found(nlp, example.text, calibrated=rule.name == CALIBRATION)
    expected = example.quotes
    if len(found) == len(expected):  # show the difference field by field
        found = [
            f if e.confidence is not None else dataclasses.replace(f, confidence=None)
            for e, f in zip(expected, found, strict=True)
        ]
    assert found == list(expected)


@pytest.mark.parametrize("rule", REGISTRY, ids=[rule.name for rule in REGISTRY])
def test_switching_the_rule_off_breaks_one_of_its_examples(nlp, rule: Rule) -> None:
    assert rule.examples, f"{rule.name!r} has no examples"
    calibrated = rule.name == CALIBRATION
    with disabled(rule.name):
        broken = [e for e in rule.examples if not _right(nlp, e, calibrated)]
    assert broken, f"{rule.name!r} can be switched off with all its examples still right"


def test_the_registry_reads_in_the_order_extraction_runs() -> None:
    stages = [rule.stage for rule in REGISTRY]
    order = list(dict.fromkeys(stages))
    assert stages == sorted(stages, key=order.index)
    assert [str(s) for s in order] == [
        "quotation marks",
        "attributions",
        "where a reported content ends",
        "who the source is",
        "quotations attached to attributions",
        "reported speech",
        "speakers by name",
    ]


def test_every_rule_a_stage_declares_is_in_the_registry() -> None:
    # a rule left out of its stage's RULES is never tested, documented or counted
    from quoteapp.extract.rules import attributions, contents, marks, quotations, speakers, speech

    for stage in (marks, attributions, contents, quotations, speech, speakers):
        declared = {v.name for v in vars(stage).values() if isinstance(v, Rule)}
        assert declared == {rule.name for rule in stage.RULES}, stage.__name__


def test_every_example_sentence_is_declared_once() -> None:
    texts = [example.text for _, example in EXAMPLES]
    assert len(texts) == len(set(texts))


def test_rules_version_is_computed_from_the_registry() -> None:
    assert re.fullmatch(r"[0-9a-f]{12}", RULES_VERSION)
    assert rules_version() == RULES_VERSION
    changed = dataclasses.replace(REGISTRY[0], summary=REGISTRY[0].summary + " ")
    assert registry_digest((changed, *REGISTRY[1:])) != registry_digest()


def test_a_rule_unknown_to_the_registry_cannot_be_switched_off() -> None:
    with pytest.raises(KeyError, match="no such rule"), disabled("no such rule at all"):
        pass


def test_every_quote_has_a_cue_or_an_inherited_speaker_and_a_confidence(nlp, seed_text) -> None:
    for quote in extract_quotes(nlp(seed_text)):
        assert 0.0 < quote.confidence <= 1.0
        assert quote.cue is not None or quote.speaker is not None


def test_the_rules_document_is_the_registry() -> None:
    from pathlib import Path

    from quoteapp.extract.rules.__main__ import markdown

    document = Path(__file__).resolve().parent.parent / "docs" / "RULES.md"
    assert document.read_text(encoding="utf-8") == markdown(), (
        "docs/RULES.md is stale: python -m quoteapp.extract.rules > docs/RULES.md"
    )
