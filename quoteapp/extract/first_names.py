"""Whether a first name is a man's or a woman's, for pronouns to agree with their person.

The table (`data/first_names.json`) is derived from nomquamgender's name data
(MIT licence; Van Buskirk, Clauset & Larremore, 2023), which pools 36 sources
of names with recorded gender: only names seen at least 100 times in at least
three sources, and given to one gender at least four times in five, are kept.
Everything else (Jordan, Taylor, Kim, Jean) is left unknown. Rebuild with

    python -m quoteapp.extract.first_names PATH/TO/nomquamgender/name_data.json
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "first_names.json"
MIN_COUNT = 100
MIN_SOURCES = 3
MAX_SHARE = 0.2  # at most this share of the other gender
_WORD = re.compile(r"[a-z][a-z'-]+")


@cache
def _table() -> dict[str, str]:
    raw = json.loads(TABLE.read_text(encoding="utf-8"))
    return {name: gender for gender in ("male", "female") for name in raw[gender]}


def gender_of(first_name: str) -> str | None:
    """'male', 'female', or None when the name is not clearly either (or unknown)."""
    return _table().get(first_name.lower().strip(".’'"))


def build(source: Path) -> dict[str, list[str]]:
    """The table from nomquamgender's `name_data.json`: {name: [sources, count, p(female), …]}."""
    data = json.loads(source.read_text(encoding="utf-8"))
    table: dict[str, list[str]] = {"male": [], "female": []}
    for name, (sources, count, female, *_) in sorted(data.items()):
        if not _WORD.fullmatch(name) or count < MIN_COUNT or sources < MIN_SOURCES:
            continue
        if female <= MAX_SHARE:
            table["male"].append(name)
        elif female >= 1 - MAX_SHARE:
            table["female"].append(name)
    return table


if __name__ == "__main__":
    built = build(Path(sys.argv[1]))
    TABLE.write_text(json.dumps(built, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(built['male'])} male and {len(built['female'])} female names -> {TABLE}")
