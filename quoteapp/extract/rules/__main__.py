"""`python -m quoteapp.extract.rules`: the registry as Markdown (docs/RULES.md is this)."""

from __future__ import annotations

from quoteapp.extract.rules import REGISTRY


def markdown() -> str:
    """Every rule in the order extraction runs, with its numbers and one example each."""
    lines = [
        "# Extraction rules",
        "",
        "Generated from the rule registry (`quoteapp/extract/rules/`) by",
        "`python -m quoteapp.extract.rules > docs/RULES.md`; a test keeps it in step.",
        "Each rule's examples are tests, and switching any rule off fails one of its own.",
    ]
    stage = None
    for n, rule in enumerate(REGISTRY, 1):
        if rule.stage != stage:
            stage = rule.stage
            lines += ["", f"## {str(stage).capitalize()}", ""]
        numbers = []
        if rule.confidence is not None:
            numbers.append(f"confidence {rule.confidence:g}")
        numbers += [f"{name} {value:g}" for name, value in rule.constants.items()]
        extra = f" ({'; '.join(numbers)})" if numbers else ""
        lines.append(f"{n}. **{rule.name}**{extra}: {rule.summary}")
        example = rule.examples[0] if rule.examples else None
        if example is not None:
            shown = example.text.replace("\n", " ¶ ")
            if len(shown) > 160:
                shown = shown[:157] + "…"
            lines.append(f"   Example: {shown}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
