"""`quoteapp speakers`, `search`, `stats` and `undo`, run as a person runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED

WEB_DEV = SHARED / "gold" / "web-dev.jsonl"


@pytest.fixture
def web_db(quoteapp):
    if not WEB_DEV.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    assert quoteapp("import-gold", str(WEB_DEV)).code == 0
    return quoteapp


def test_speakers_lists_merges_renames_and_undo_puts_it_back(web_db) -> None:
    listed = list(csv.DictReader(io.StringIO(web_db("speakers", "--format", "csv").stdout)))
    assert listed[0]["speaker"] == "Mary Steenburgen" and listed[0]["quotes"] == "23"
    many = web_db("speakers", "--min-quotes", "20", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["speaker"] for line in many] == ["Mary Steenburgen", "Kurt Volker"]

    merged = web_db("speakers", "merge", "Volker", "Mary Steenburgen", "--who", "ana")
    assert merged.code == 0, merged.stderr
    assert "merged Kurt Volker into Mary Steenburgen: 22 quote(s) moved, 45 now" in merged.stdout
    top = json.loads(web_db("speakers", "--format", "jsonl").stdout.splitlines()[0])
    assert (top["speaker"], top["quotes"]) == ("Mary Steenburgen", 45)
    assert "Kurt Volker" in top["aliases"]
    history = web_db("history", "--format", "jsonl").stdout.splitlines()
    assert sum(json.loads(line)["who"] == "ana" for line in history) == 22

    edit = merged.stdout.rsplit("edit ", 1)[1].rstrip(")\n")
    assert web_db("undo", edit).code == 0
    assert web_db("speakers", "--min-quotes", "20").stdout.count("\n") == 3  # header and two

    renamed = web_db("speakers", "rename", "Kurt Volker", "Kurt D. Volker")
    assert renamed.stdout.startswith("renamed Kurt Volker to Kurt D. Volker")
    assert (
        web_db("search", "--speaker", "Kurt Volker", "--format", "jsonl").stdout.count(
            "Kurt D. Volker"
        )
        == 22
    )


def test_search_finds_across_articles_with_filters(web_db) -> None:
    hits = [
        json.loads(line)
        for line in web_db("search", "speaker:volker", "--format", "jsonl").stdout.splitlines()
    ]
    assert len(hits) == 22 and len({h["article_id"] for h in hits}) == 2
    direct = web_db("search", "speaker:volker", "--kind", "direct", "--format", "jsonl")
    assert 0 < len(direct.stdout.splitlines()) < 22
    assert web_db("search", "--status", "rejected", "--format", "jsonl").stdout == ""


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("search", "?!"), "search for words or numbers"),
        (("search", "x", "--added-from", "2026-02-30"), "write it as YYYY-MM-DD"),
        (("search", "x", "--speaker", "Nobody Here"), "no speaker called 'Nobody Here'"),
        (("speakers", "merge", "Volker", "Volker"), "are one speaker"),
        (("speakers", "rename", "Kurt Volker", "Mary Steenburgen"), "merge 'Kurt Volker' into"),
        (("speakers", "rename", "Kurt Volker", " "), "cannot be empty"),
        (("speakers", "kind", "Kurt Volker", "robot"), "'robot' is not one of"),
        (("undo", "99999"), "there is no edit 99999"),
    ],
)
def test_bad_corpus_requests_get_one_line(web_db, args: tuple[str, ...], said: str) -> None:
    result = web_db(*args)
    assert result.code != 0 and said in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_prints_each_table_the_app_charts(web_db) -> None:
    rows = list(csv.DictReader(io.StringIO(web_db("stats", "--format", "csv").stdout)))
    tables = {r["table"] for r in rows}
    assert tables == {
        "quotes per speaker",
        "quotes per article",
        "quotes by kind",
        "quotes by status",
        "reviewed over time",
        "speakers by kind",
    }
    kinds = {r["label"]: int(r["count"]) for r in rows if r["table"] == "quotes by kind"}
    assert sum(kinds.values()) == 472


def test_a_closed_pipe_ends_quietly(web_db, db_path) -> None:
    reader = subprocess.Popen(
        # more than a pipe holds (64 KiB), so the writer is still writing when head leaves
        f"{sys.executable} -m quoteapp --db {db_path} search --format jsonl --limit 9999"
        " | head -c 10",
        shell=True,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = reader.communicate(timeout=60)
    assert out == b'{"quote_id' and err == b""


def test_without_db_the_cli_uses_the_database_the_app_last_opened(tmp_path) -> None:
    """The app records the database it opens; `quoteapp` then lists that one, and says so
    on a terminal, so the two never show different databases by default."""
    import os
    import pty

    from quoteapp.ingest import article_from_text
    from quoteapp.store import Store

    reviewed = tmp_path / "reviewed.db"
    with Store(reviewed) as store:
        store.add_article(article_from_text("Officials said the bridge would open.", "b.txt"))
    state = tmp_path / "state" / "quoteapp"
    state.mkdir(parents=True)
    (state / "last-database").write_text(f"{reviewed}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QUOTEAPP_DB"}
    env |= {"XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    command = [sys.executable, "-m", "quoteapp", "articles", "--format", "csv"]
    listed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert listed.returncode == 0 and "b.txt" in listed.stdout
    assert listed.stderr == ""  # not a terminal: nothing extra for a script to read

    main, terminal = pty.openpty()
    shown = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    said = os.read(main, 4096).decode()
    os.close(main)
    assert shown.returncode == 0
    assert f"database {reviewed} (the one the app last used)" in said
