"""A quote's audit trail in words: "accepted", "speaker: Adam Neumann → Marcelo Claure",
"moved the span", with who and when, instead of the raw stored values."""

from __future__ import annotations

from quoteapp.model import Correction

_STATUS = {"accepted": "accepted it", "rejected": "rejected it", "pending": "reopened it"}


def described(correction: Correction) -> str:
    """One line of history: when, who, what."""
    when = correction.at[:16].replace("T", " ")
    undo = " (undo)" if correction.reverts else ""
    return f"{when} · {correction.who} · {what_changed(correction)}{undo}"


def what_changed(correction: Correction) -> str:
    field, old, new = correction.field, correction.old_value, correction.new_value
    if field == "created":
        imported = isinstance(new, dict) and new.get("imported")
        return "imported it from gold" if imported else "added this quote"
    if field == "status":
        return _STATUS.get(str(new), f"status {new}")
    if field == "deleted":
        return "deleted it" if new else "restored it"
    if field == "speaker":
        return f"speaker: {old or 'nobody'} → {new or 'nobody'}"
    if field == "kind":
        return f"kind: {old} → {new}"
    if field == "parts":
        return "moved the span"
    if field in ("cue", "mention"):
        name = "cue" if field == "cue" else "speaker mention"
        if old is None:
            return f"set the {name}"
        return f"removed the {name}" if new is None else f"moved the {name}"
    return f"{field}: {old} → {new}"
