"""Exports written to real files and read back; gold round trips; bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from quoteapp.errors import GoldFormatError
from quoteapp.evaluate import read_gold, score
from quoteapp.export import (
    COLUMNS,
    ExportError,
    Selection,
    database_predictions,
    export_gold,
    import_gold,
    quote_records,
    write_csv,
    write_jsonl,
    write_xlsx,
)
from quoteapp.extract import extract_quotes
from quoteapp.ingest import article_from_text
from quoteapp.model import Kind, Span
from quoteapp.store import Store


@pytest.fixture
def reviewed(store: Store, nlp, seed_text: str) -> Store:
    """The seed, extracted and reviewed: all accepted but one rejected, one added by hand."""
    article, _ = store.add_article(article_from_text(seed_text, "seed.txt"))
    run = store.start_run("test", "test", "test")
    store.save_extraction(article.id, run, extract_quotes(nlp(seed_text)))
    quotes = store.quotes(article.id)
    for quote in quotes[:-1]:
        store.edit_quote(quote.id, status="accepted", who="ana")
    store.edit_quote(quotes[-1].id, status="rejected", who="ana")
    store.edit_quote(quotes[0].id, speaker="Владимир Путин", who="ana")
    start = seed_text.index("Yet analysts say")
    store.add_quote(article.id, [Span(start, start + 16)], Kind.INDIRECT, "Analysts", who="ana")
    return store


def test_csv_opens_with_curly_quotes_and_every_column(reviewed: Store, tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    write_csv(path, quote_records(reviewed))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with this mark
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == len(reviewed.quotes())
    assert any("“pursue more intensely”" in r["quote"] for r in rows)
    assert any(r["speaker"] == "Владимир Путин" for r in rows)
    peskov = next(r for r in rows if r["speaker"] == "Dmitry Peskov")
    assert peskov["cue"] == "said" and "Putin’s spokesman Dmitry Peskov said" in peskov["sentence"]
    assert peskov["changed_by"] == "ana" and peskov["status"] == "accepted"


def test_xlsx_has_header_pane_filter_and_three_sheets(reviewed: Store, tmp_path: Path) -> None:
    path = tmp_path / "quotes.xlsx"
    records = quote_records(reviewed, Selection(status="accepted"))
    write_xlsx(path, records, reviewed.speaker_list(), reviewed.articles())
    book = load_workbook(path)
    assert book.sheetnames == ["Quotes", "Speakers", "Articles"]
    sheet = book["Quotes"]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:U{len(records) + 1}"  # 21 columns
    assert sheet.column_dimensions["G"].width > sheet.column_dimensions["A"].width
    quotes = [row[6] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any("“deepen coordination”" in q for q in quotes)
    sheet = book["Speakers"]
    assert [c.value for c in sheet[1]] == ["speaker", "kind", "aliases", "quotes", "note"]
    speakers = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert speakers["Владимир Путин"][3] == 1 and speakers["Recep Tayyip Erdogan"][3] >= 3
    assert speakers["Recep Tayyip Erdogan"][1] == "person"
    assert "Erdogan" in speakers["Recep Tayyip Erdogan"][2]
    assert book["Articles"]["B2"].value.startswith("Putin Says Conditions")


def test_jsonl_round_trips_every_field(reviewed: Store, tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    records = quote_records(reviewed, Selection(kinds=("direct",)))
    write_jsonl(path, records)
    back = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert back == records and all(r["kind"] == "direct" for r in back)
    text = reviewed.article(back[0]["article_id"]).text
    assert all(text[r["start"] : r["end"]].startswith(r["quote"].split(" … ")[0]) for r in back)


def test_gold_export_scores_the_database_one_and_leaves_rejected_out(
    reviewed: Store, tmp_path: Path
) -> None:
    path = tmp_path / "gold.jsonl"
    assert export_gold(reviewed, path) == 1
    (article,) = read_gold(path)
    rejected = [q for q in reviewed.quotes() if q.status == "rejected"]
    assert len(article.quotes) == len(reviewed.quotes()) - len(rejected)
    assert not any(q.parts == rejected[0].parts for q in article.quotes)
    results = score([article], database_predictions(reviewed, {article.id: article.text}))
    for group in ("quoted", "indirect"):
        scores = results[group].scores()
        assert (scores["f1"], scores["exact_f1"], scores["end_to_end_f1"]) == (1.0, 1.0, 1.0)


def test_import_gold_then_export_gives_the_same_quotes(reviewed: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    export_gold(reviewed, first)
    with Store(tmp_path / "other.db") as other:
        assert import_gold(other, first) == (1, len(read_gold(first)[0].quotes))
        assert import_gold(other, first) == (0, 0)  # the same file twice adds nothing
        second = tmp_path / "second.jsonl"
        export_gold(other, second)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_polnear_gold_imports_as_reviewed(store: Store, tmp_path: Path) -> None:
    polnear = (
        Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "polnear-dev.jsonl"
    )
    if not polnear.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    sample = tmp_path / "three.jsonl"
    sample.write_text(
        "".join(polnear.read_text(encoding="utf-8").splitlines(True)[:3]), encoding="utf-8"
    )
    articles, quotes = import_gold(store, sample)
    assert (articles, quotes) == (3, sum(len(a.quotes) for a in read_gold(sample)))
    assert all(s.reviewed == s.quotes for s in store.articles())


def test_unwritable_path_is_a_clear_error(reviewed: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_csv(tmp_path / "no-such-folder" / "out.csv", quote_records(reviewed))


def test_gold_with_offsets_outside_its_text_names_the_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "tiny", "quotes": [{"content": [0, 50], "kind": "direct"}]})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFormatError, match="line 1"):
        import_gold(store, path)
    assert store.articles() == []


def test_cli_export_formats_and_bad_input(quoteapp, tmp_path: Path, db_path: Path) -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_e67d1b9d590ba574.txt"
    assert quoteapp("add", str(seed)).code == 0 and quoteapp("extract").code == 0
    for fmt in ("csv", "xlsx", "jsonl"):
        out = tmp_path / f"out.{fmt}"
        result = quoteapp("export", "--format", fmt, "-o", str(out))
        assert result.code == 0 and out.stat().st_size > 0, result.stderr
    nothing_reviewed = quoteapp("export", "--format", "gold", "-o", str(tmp_path / "g.jsonl"))
    assert nothing_reviewed.stdout.startswith("wrote 0 reviewed article(s)")
    unknown = quoteapp("export", "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert unknown.code == 2 and "'pdf' is not one of" in unknown.stderr
    unwritable = quoteapp("export", "--format", "csv", "-o", str(tmp_path / "missing" / "x.csv"))
    assert unwritable.code == 1 and "cannot write" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr
    not_jsonl = tmp_path / "gold.jsonl"
    not_jsonl.write_text("id,text\n1,hello\n")
    bad = quoteapp("import-gold", str(not_jsonl))
    assert bad.code == 1 and "line 1: not JSON" in bad.stderr


def test_history_lists_and_exports_the_audit_trail(quoteapp, tmp_path: Path, db_path: Path) -> None:
    with Store(db_path) as store:
        article, _ = store.add_article(article_from_text("“Fine,” she said."))
        quote = store.add_quote(article.id, [Span(1, 5)], Kind.DIRECT, "Ana", who="ana")
        edit = store.edit_quote(quote.id, speaker="Ana Lopez", who="ben")
        store.revert_edit(edit, who="ben")
    shown = quoteapp("history", "--quote", str(quote.id))
    assert shown.code == 0 and "Ana Lopez" in shown.stdout and "ben" in shown.stdout
    out = tmp_path / "history.csv"
    assert quoteapp("history", "--format", "csv", "-o", str(out)).code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["field"] for r in rows] == ["created", "speaker", "speaker"]
    assert rows[2]["reverts"] == rows[1]["edit"]  # the undo names the edit it reverts


@pytest.fixture
def hostile(store: Store) -> Store:
    """An article and quotes crafted to run as spreadsheet formulas, with a control
    character that XLSX cannot hold."""
    text = "=cmd|' /C calc'!A0 is what he wrote.\n\nAnd @SUM(A1) too."
    article = article_from_text(text, "crafted.txt")
    article = type(article)(**{**vars(article), "title": '=HYPERLINK("http://attacker.example")'})
    stored, _ = store.add_article(article)
    store.add_quote(stored.id, [Span(0, 18)], Kind.DIRECT, "+Mallory", who="ana")
    start = text.index("@SUM")
    store.add_quote(stored.id, [Span(start, len(text) - 1)], Kind.DIRECT, "-Eve\x07", who="ana")
    return store


def test_csv_cells_never_start_a_formula(hostile: Store, tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    write_csv(path, quote_records(hostile))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [value for row in rows for value in row.values() if value]
    assert not [c for c in cells if c[0] in "=+-@\t\r"]
    assert {r["quote"] for r in rows} == {"'=cmd|' /C calc'!A0", "'@SUM(A1) too"}
    assert {r["speaker"] for r in rows} == {"'+Mallory", "'-Eve"}  # the bell is dropped
    assert rows[0]["article_title"] == '\'=HYPERLINK("http://attacker.example")'


def test_xlsx_stores_formula_like_text_as_text(hostile: Store, tmp_path: Path) -> None:
    path = tmp_path / "quotes.xlsx"
    write_xlsx(path, quote_records(hostile), hostile.speaker_list(), hostile.articles())
    book = load_workbook(path)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value]
    assert not [c for c in cells if c.data_type == "f"]
    sheet = book["Quotes"]
    header = [c.value for c in sheet[1]]
    column = {
        name: [row[header.index(name)].value for row in sheet.iter_rows(min_row=2)]
        for name in ("quote", "speaker")
    }
    assert set(column["quote"]) == {"=cmd|' /C calc'!A0", "@SUM(A1) too"}
    assert set(column["speaker"]) == {"+Mallory", "-Eve"}  # the bell XLSX cannot hold is dropped
    titles = [row[1].value for row in book["Articles"].iter_rows(min_row=2)]
    assert titles == ['=HYPERLINK("http://attacker.example")']
