"""What a rule declaration is: a name, a stage, its constants and its examples."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# Names of rules switched off for an ablation; empty in normal use.
_OFF: set[str] = set()


@contextmanager
def switched_off(names: Iterable[str]) -> Iterator[None]:
    added = set(names) - _OFF
    _OFF.update(added)
    try:
        yield
    finally:
        _OFF.difference_update(added)


class Stage(StrEnum):
    """The passes of extraction, in the order they run."""

    MARKS = "quotation marks"
    ATTRIBUTIONS = "attributions"
    CONTENTS = "where a reported content ends"
    SOURCES = "who the source is"
    QUOTATIONS = "quotations attached to attributions"
    SPEECH = "reported speech"
    SPEAKERS = "speakers by name"


@dataclass(frozen=True)
class Expect:
    """One quote an example must produce: its kind, words, speaker, cue and mention as
    written (a split quote's parts joined with " … "; None where there is none), and its
    confidence where that is what the rule decides."""

    kind: str
    content: str
    speaker: str | None
    cue: str | None
    mention: str | None
    confidence: float | None = None

    def matches(self, found: Expect) -> bool:
        """Whether `found` is this quote (its confidence counts only if one is expected)."""
        if self.confidence is None:
            found = replace(found, confidence=None)
        return found == self


@dataclass(frozen=True)
class Example:
    """A real sentence and every quote extraction must find in it, in text order."""

    text: str
    quotes: tuple[Expect, ...] = ()


@dataclass(frozen=True, eq=False)
class Rule:
    """One decision of extraction, with the numbers it uses and the sentences it is for."""

    name: str
    stage: Stage
    summary: str
    examples: tuple[Example, ...] = ()
    # what the rule's quotes start with as their confidence, before the rest of the pipeline
    confidence: float | None = None
    constants: Mapping[str, float] = field(default_factory=dict)

    @property
    def on(self) -> bool:
        """False only while an ablation switches the rule off."""
        return self.name not in _OFF

    @property
    def base_confidence(self) -> float:
        """The confidence this rule's quotes start with; only a rule that finds quotes has one."""
        if self.confidence is None:
            raise ValueError(f"rule {self.name!r} states no confidence")
        return self.confidence

    def constant(self, name: str) -> float:
        return self.constants[name]

    def applies(self, off: Any = None) -> Callable[[F], F]:
        """Mark a function as this rule's implementation; switched off, it returns `off`."""

        def wrap(function: F) -> F:
            @functools.wraps(function)
            def rule(*args: Any, **kwargs: Any) -> Any:
                if self.name in _OFF:
                    return off
                return function(*args, **kwargs)

            rule.rule = self  # type: ignore[attr-defined]
            return rule  # type: ignore[return-value]

        return wrap

    def declaration(self) -> dict[str, object]:
        """Everything declared about the rule, as plain data (for the rules' digest)."""
        return {
            "name": self.name,
            "stage": str(self.stage),
            "summary": self.summary,
            "confidence": self.confidence,
            "constants": dict(self.constants),
            "examples": [
                [
                    e.text,
                    [
                        [q.kind, q.content, q.speaker, q.cue, q.mention, q.confidence]
                        for q in e.quotes
                    ],
                ]
                for e in self.examples
            ],
        }


def quote(
    kind: str,
    content: str,
    speaker: str | None,
    cue: str | None,
    mention: str | None = None,
    confidence: float | None = None,
) -> Expect:
    """Shorthand for the examples' tables."""
    return Expect(kind, content, speaker, cue, mention, confidence)
