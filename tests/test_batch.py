"""Batch extraction on a real Dask LocalCluster (issue 16): every input kind, bad records
counted, the same quotes as `quoteapp extract`, resuming, a killed worker, review slices
and statistics over the Parquet output."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import ROOT, SHARED
from local_web import ARTICLE

from quoteapp.batch import extract
from quoteapp.batch.review import import_slice
from quoteapp.batch.stats import quote_counts
from quoteapp.extract import extract_quotes
from quoteapp.ingest import article_from_text
from quoteapp.model import Status
from quoteapp.nlp import DEFAULT_PIPELINE
from quoteapp.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, each loading the pipeline once for all the tests here."""
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as running:
        yield running


def _dev(n: int) -> list[dict]:
    with (SHARED / "gold" / "polnear-dev.jsonl").open(encoding="utf-8") as handle:
        return [
            {
                "id": f"dev-{i}",
                "text": json.loads(line)["text"],
                "url": f"https://news{i % 3}.example/{i}",
            }
            for i, line in zip(range(n), handle, strict=False)
        ]


def _jsonl(path: Path, records: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def _warc(path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, (content_type, body) in enumerate(
            [
                ("text/html; charset=utf-8", ARTICLE),
                ("text/html", b"<html><body></body></html>"),
                ("image/png", b"\x89PNG"),
            ]
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://www.wire.example/story-{n}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(record)
    return path


def _articles(out: Path) -> list[dict]:
    return pq.read_table(out / "articles").to_pylist()


def _quotes(out: Path) -> list[dict]:
    return pq.read_table(out / "quotes").to_pylist()


def test_every_input_kind_is_read_and_bad_records_are_counted(cluster, tmp_path: Path) -> None:
    records = _dev(3)
    inputs = [
        _jsonl(tmp_path / "plain.jsonl", records[:2], ("{not json", json.dumps({"id": "no-text"}))),
        _jsonl(tmp_path / "packed.jsonl.gz", records[2:]),
        tmp_path / "table.parquet",
        _warc(tmp_path / "crawl.warc.gz"),
        ROOT / "seeds",
    ]
    import pyarrow as pa

    pq.write_table(
        pa.Table.from_pylist([{"id": "pq-1", "text": records[0]["text"] + " More."}]), inputs[2]
    )
    out = tmp_path / "out"
    summary = extract(inputs, out, DEFAULT_PIPELINE, size=2, scheduler=cluster.scheduler_address)
    ids = Counter(a["article_id"] for a in _articles(out))
    assert set(ids) >= {"dev-0", "dev-1", "dev-2", "pq-1", "000_e67d1b9d590ba574.txt"}
    assert all(count == 1 for count in ids.values())
    warc = [a for a in _articles(out) if a["url"] and "wire.example" in a["url"]]
    assert [a["title"] for a in warc] == ["Peskov speaks"] and warc[0]["outlet"] == "wire.example"
    assert warc[0]["byline"] == "Ayla Jean Yackley"  # the page's author, without its "By"
    reasons = sorted(f["reason"] for f in summary.failures)
    assert "no 'text'" in reasons and "not a JSON object" in reasons
    assert any("has no article text" in r for r in reasons)  # the empty page in the crawl
    assert len(reasons) == 3  # the image in the crawl is no page, so no failure
    assert summary.articles == len(ids) and summary.quotes == len(_quotes(out)) > 0


def test_batch_quotes_equal_what_quoteapp_extract_stores(
    cluster, tmp_path: Path, nlp, seed_text: str
) -> None:
    out = tmp_path / "out"
    extract(
        [_jsonl(tmp_path / "seed.jsonl", [{"id": "seed", "text": seed_text}])],
        out,
        DEFAULT_PIPELINE,
        scheduler=cluster.scheduler_address,
    )
    with Store(tmp_path / "q.db") as store:
        article, _ = store.add_article(article_from_text(seed_text, "seed"))
        run = store.start_run(DEFAULT_PIPELINE, "v", "r")
        store.save_extraction(article.id, run, extract_quotes(nlp(article.text)))
        stored = [
            (
                json.dumps([[p.start, p.end] for p in q.parts]),
                str(q.kind),
                q.speaker,
                q.cue.start if q.cue else None,
                q.mention.start if q.mention else None,
            )
            for q in store.quotes(article.id)
        ]
    batch = [
        (q["parts"], q["kind"], q["speaker"], q["cue_start"], q["mention_start"])
        for q in sorted(_quotes(out), key=lambda q: (q["start"], q["end"]))
    ]
    assert batch == stored and len(batch) >= 11  # the seed gold has 11


def test_an_article_in_another_language_is_named_and_not_extracted(
    cluster, tmp_path: Path, seed_text: str
) -> None:
    truth = json.loads((SHARED / "pages" / "ground-truth.json").read_text(encoding="utf-8"))
    # a real Portuguese interview from which the English parser made seven wrong quotes
    page = truth["23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e"]
    out = tmp_path / "out"
    records = [{"id": "seed", "text": seed_text}, {"id": "pt", "text": page["articleBody"]}]
    extract(
        [_jsonl(tmp_path / "mixed.jsonl", records)],
        out,
        DEFAULT_PIPELINE,
        scheduler=cluster.scheduler_address,
    )
    languages = {a["article_id"]: (a["language"], a["quotes"]) for a in _articles(out)}
    assert languages["pt"] == ("Portuguese", 0)
    assert languages["seed"][0] is None and languages["seed"][1] >= 11
    assert {q["article_id"] for q in _quotes(out)} == {"seed"}


def test_a_run_started_again_skips_finished_partitions_and_matches(cluster, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "dev.jsonl", _dev(6))
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    address = cluster.scheduler_address
    extract([source], whole, DEFAULT_PIPELINE, size=2, scheduler=address)
    extract([source], resumed, DEFAULT_PIPELINE, size=2, scheduler=address)
    for folder in ("done", "articles", "quotes"):  # as if killed before partition 1 ended
        for path in (resumed / folder).glob("part-000001.*"):
            path.unlink()
    again = extract([source], resumed, DEFAULT_PIPELINE, size=2, scheduler=address)
    assert (again.partitions, again.skipped, again.articles) == (3, 2, 2)

    def rows(table: list[dict], key: str) -> list[dict]:  # but when each run began
        return sorted(({**r, "added_at": None} for r in table), key=lambda r: r[key])

    assert rows(_articles(resumed), "article_id") == rows(_articles(whole), "article_id")
    assert rows(_quotes(resumed), "quote_id") == rows(_quotes(whole), "quote_id")


def test_a_folder_of_another_run_is_refused(cluster, tmp_path: Path) -> None:
    from quoteapp.batch import BatchError

    out = tmp_path / "out"
    extract(
        [_jsonl(tmp_path / "a.jsonl", _dev(1))],
        out,
        DEFAULT_PIPELINE,
        scheduler=cluster.scheduler_address,
    )
    with pytest.raises(BatchError, match="holds a run over other inputs"):
        extract(
            [_jsonl(tmp_path / "b.jsonl", _dev(2))],
            out,
            DEFAULT_PIPELINE,
            scheduler=cluster.scheduler_address,
        )


def test_a_killed_worker_loses_no_article_and_doubles_none(tmp_path: Path) -> None:
    """Two worker processes of their own; one is killed with SIGKILL once work is flowing."""
    from dask.distributed import Client, LocalCluster

    source = _jsonl(tmp_path / "dev.jsonl", _dev(24))
    out = tmp_path / "out"
    killed = []
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as own:
        with Client(own) as client:
            pids = list(client.run(os.getpid).values())

        def kill_once(result: dict) -> None:
            if not killed:
                victim = next(p for p in pids if p != result["worker_pid"])
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        summary = extract(
            [source],
            out,
            DEFAULT_PIPELINE,
            size=2,
            scheduler=own.scheduler_address,
            on_partition=kill_once,
        )
    assert killed
    ids = Counter(a["article_id"] for a in _articles(out))
    assert ids == Counter({f"dev-{i}": 1 for i in range(24)})
    assert summary.articles + summary.skipped * 0 == 24 and not summary.failures


def test_a_killed_run_started_again_completes_without_redoing(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "dev.jsonl", _dev(16))
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "quoteapp",
        "batch",
        "extract",
        str(source),
        "-o",
        str(out),
        "--partition-size",
        "2",
        "--workers",
        "2",
    ]
    first = subprocess.Popen(
        command,
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while len(list((out / "done").glob("*.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    finished_before = {p.name for p in (out / "done").glob("*.json")}
    assert 2 <= len(finished_before) < 8
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "articles").glob("*.parquet")}
    second = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert f"{len(finished_before)} of 8 partitions were done already" in second.stdout
    for name in finished_before:  # not redone
        parquet = name.replace(".json", ".parquet")
        assert (out / "articles" / parquet).stat().st_mtime_ns == stamps[parquet]
    ids = Counter(a["article_id"] for a in _articles(out))
    assert ids == Counter({f"dev-{i}": 1 for i in range(16)})
    assert not list(out.rglob("*.tmp"))  # no half-written file was left in place


def test_a_review_slice_adds_each_article_once_and_keeps_reviews(cluster, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract(
        [_jsonl(tmp_path / "dev.jsonl", _dev(6))],
        out,
        DEFAULT_PIPELINE,
        size=3,
        scheduler=cluster.scheduler_address,
    )
    with Store(tmp_path / "review.db") as store:
        first = import_slice(out, store, sample=4, seed=7)
        assert (first.articles, first.already_there) == (4, 0)
        quote = store.quotes()[0]
        store.edit_quote(quote.id, status="rejected", who="ana")
        again = import_slice(out, store)
        assert (again.articles, again.already_there) == (2, 4)
        assert again.kept >= 1 and store.quote(quote.id).status is Status.REJECTED
        assert len(store.articles()) == 6
        speaker = next(q.speaker for q in store.quotes() if q.speaker)
    with Store(tmp_path / "speaker.db") as store:
        only = import_slice(out, store, speakers=(speaker,))
        assert only.articles >= 1
        assert all(any(q.speaker == speaker for q in store.quotes(a.id)) for a in store.articles())
    with Store(tmp_path / "outlet.db") as store:
        outlet = import_slice(out, store, where=("outlet=news1.example",))
        assert outlet.articles == 2


def test_stats_count_what_the_parquet_files_hold(cluster, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract(
        [_jsonl(tmp_path / "dev.jsonl", _dev(6))],
        out,
        DEFAULT_PIPELINE,
        size=3,
        scheduler=cluster.scheduler_address,
    )
    rows = _quotes(out)
    for by in ("speaker", "outlet", "kind"):
        expected = Counter(r[by] if r[by] is not None else "(none)" for r in rows)
        counted = {c[by]: c["quotes"] for c in quote_counts(out, by)}
        assert counted == dict(expected)
