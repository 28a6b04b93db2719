"""The rule registry: every extraction rule, declared once, in the order extraction runs.

Each stage module here declares the rules its namesake in `quoteapp/extract/`
implements: a name, a one-line account of what the rule decides and why, the
thresholds and confidence values it uses, and real sentences with the quotes
it must produce. Reading `REGISTRY` from top to bottom is reading how
extraction works; the tests run every example, and switch each rule off in
turn to check that its own examples need it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager

from quoteapp.extract.rules import attributions, contents, marks, quotations, speakers, speech
from quoteapp.extract.rules.declare import Example, Expect, Rule, Stage, switched_off

__all__ = [
    "REGISTRY",
    "Example",
    "Expect",
    "Rule",
    "Stage",
    "by_name",
    "disabled",
    "registry_digest",
]

REGISTRY: tuple[Rule, ...] = (
    marks.RULES
    + attributions.RULES
    + contents.RULES
    + quotations.RULES
    + speech.RULES
    + speakers.RULES
)

_BY_NAME = {rule.name: rule for rule in REGISTRY}
if len(_BY_NAME) != len(REGISTRY):
    raise RuntimeError("two extraction rules share a name")


def by_name(name: str) -> Rule:
    """The rule called `name`; a KeyError names a rule nobody declared."""
    return _BY_NAME[name]


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Run extraction with the named rules switched off: the ablation tests' lever."""
    unknown = [n for n in names if n not in _BY_NAME]
    if unknown:
        raise KeyError(f"no such rule: {', '.join(unknown)}")
    with switched_off(names):
        yield


def registry_digest(rules: tuple[Rule, ...] = REGISTRY) -> str:
    """A stable digest of every rule's declaration (not its code): part of RULES_VERSION."""
    declared = [rule.declaration() for rule in rules]
    blob = json.dumps(declared, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
