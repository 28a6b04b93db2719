"""Print scores as a table, and the errors behind them for `-v`."""

from __future__ import annotations

from typing import TextIO

from quoteapp.evaluate.gold import GoldArticle
from quoteapp.evaluate.metric import GroupCounts, Unit

SCORE_COLUMNS = (
    "gold",
    "pred",
    "P",
    "R",
    "F1",
    "exact F1",
    "speaker",
    "e2e F1",
    "name",
    "name e2e",
    "conf AUC",
    "conf ECE",
)
HEADER = ("system", "group", *SCORE_COLUMNS)


def scores_json(results: dict[str, dict[str, GroupCounts]]) -> dict[str, object]:
    return {
        system: {group: counts.scores() for group, counts in groups.items()}
        for system, groups in results.items()
    }


def score_cells(counts: GroupCounts) -> tuple[str, ...]:
    """The figures of SCORE_COLUMNS, as shown: three decimals, '-' where there is none."""
    s = counts.scores()
    names = (
        "precision",
        "recall",
        "f1",
        "exact_f1",
        "speaker_accuracy",
        "end_to_end_f1",
        "name_accuracy",
        "name_end_to_end_f1",
        "confidence_auc",
        "confidence_ece",
    )
    figures = [s[name] for name in names]
    return (
        str(s["gold"]),
        str(s["predicted"]),
        *("-" if f is None else f"{f:.3f}" for f in figures),
    )


def write_table(results: dict[str, dict[str, GroupCounts]], out: TextIO) -> None:
    rows: list[tuple[str, ...]] = [HEADER]
    for system, groups in results.items():
        for group, counts in groups.items():
            rows.append((system, group, *score_cells(counts)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    for row in rows:
        out.write(
            "  ".join(
                c.rjust(w) if i > 1 else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
            + "\n"
        )
    for system, groups in results.items():
        recall = {k: v for c in groups.values() for k, v in c.scores()["recall_by_kind"].items()}
        listed = ", ".join(f"{kind} {value:.3f}" for kind, value in recall.items())
        out.write(f"recall by gold kind ({system}): {listed}\n")


def write_errors(
    articles: list[GoldArticle], groups: dict[str, GroupCounts], out: TextIO, limit: int = 0
) -> None:
    texts = {a.id: a.text for a in articles}

    def show(article_id: str, unit: Unit) -> str:
        text = " ".join(unit.span.of(texts[article_id]).split())
        return text if len(text) <= 160 else text[:157] + "..."

    for group, counts in groups.items():
        sections = (
            ("missed", [(a, u.quote.kind, u) for a, u in counts.misses]),
            ("false", [(a, u.quote.kind, u) for a, u in counts.false]),
        )
        for title, items in sections:
            out.write(f"\n## {group}: {title} ({len(items)})\n")
            for article_id, kind, unit in items[: limit or None]:
                speaker = unit.quote.speaker or "-"
                out.write(f"[{article_id}] {kind} <{speaker}> {show(article_id, unit)}\n")
        out.write(f"\n## {group}: wrong speaker ({len(counts.wrong_speakers)})\n")
        for article_id, pair in counts.wrong_speakers[: limit or None]:
            text = texts[article_id]
            gold_mention = pair.gold.quote.speaker_span
            said = pair.predicted.quote.speaker_span
            out.write(
                f"[{article_id}] gold <{pair.gold.quote.speaker}"
                f"{' @ ' + gold_mention.of(text) if gold_mention else ''}> predicted "
                f"<{pair.predicted.quote.speaker}{' @ ' + said.of(text) if said else ''}> "
                f"{show(article_id, pair.gold)}\n"
            )
