"""Batch extraction speed: Dask workers against each other and against `quoteapp extract`.

    python -m benchmarks.batch_speed [--articles N] [--soak N]

polnear-train as JSONL on a LocalCluster with 2 workers against 1 (aim: 1.85 times as
fast), and batch with 2 workers against `quoteapp extract --processes 2` on the same
texts (aim: at most 10 % slower), in this process, one after the other; the peak
memory of each worker; the words per second per core, and Parquet bytes per article,
for the README's plan. With --soak N the polnear-train texts are repeated under new ids
up to N articles and one worker is killed part-way: articles/s, failures and an
exactly-once check.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


def texts(limit: int | None) -> list[dict]:
    with (GOLD / "polnear-train.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [{"id": str(r["id"]), "text": r["text"]} for r in rows[:limit]]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def batch(source: Path, out: Path, workers: int, kill_after: int | None = None) -> tuple:
    import dask
    from dask.distributed import Client, LocalCluster

    from quoteapp.batch import extract
    from quoteapp.batch.run import CLUSTER_SETTINGS
    from quoteapp.nlp import DEFAULT_PIPELINE

    with (
        dask.config.set(CLUSTER_SETTINGS),
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
    ):
        with Client(cluster) as client:
            client.run(_load)  # the pipeline loads before the clock starts, as in a long run
            pids = list(client.run(os.getpid).values())
        done, killed = [], []

        def on_partition(result: dict) -> None:
            done.append(result)
            if kill_after is not None and len(done) == kill_after and not killed:
                victim = next(p for p in pids if p != result["worker_pid"])
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        started = time.perf_counter()
        summary = extract(
            [source],
            out,
            DEFAULT_PIPELINE,
            size=10,
            scheduler=cluster.scheduler_address,
            on_partition=on_partition,
        )
        seconds = time.perf_counter() - started
        with Client(cluster) as client:
            peaks = client.run(_peak_memory)
    return seconds, summary, peaks, killed


def _load() -> None:
    from quoteapp.batch.partition import pipeline
    from quoteapp.nlp import DEFAULT_PIPELINE

    pipeline(DEFAULT_PIPELINE)


def _peak_memory() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def processes_two(records: list[dict], folder: Path) -> float:
    """`quoteapp extract --processes 2` on the same texts, timed without the adding."""
    db = folder / "extract.db"
    env = {**os.environ, "QUOTEAPP_DB": str(db)}
    source = folder / "texts"
    source.mkdir()
    for r in records:
        (source / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "quoteapp", "add", str(source)],
        env=env,
        check=True,
        capture_output=True,
    )
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "quoteapp", "extract", "--processes", "2"],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="first N of polnear-train")
    parser.add_argument("--soak", type=int, default=0, help="articles for the soak run")
    args = parser.parse_args()
    records = texts(args.articles)
    words = sum(len(r["text"].split()) for r in records)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = write_jsonl(folder / "train.jsonl", records)
        one, summary, _, _ = batch(source, folder / "one", 1)
        two, _, peaks, _ = batch(source, folder / "two", 2)
        extract_two = processes_two(records, folder)
        size = sum(p.stat().st_size for p in (folder / "two").rglob("*.parquet"))
        print(f"{len(records)} articles, {words} words, {summary.quotes} quotes")
        print(f"1 worker {one:.1f} s, 2 workers {two:.1f} s: {one / two:.2f}x (aim >= 1.85)")
        print(
            f"quoteapp extract --processes 2: {extract_two:.1f} s; batch with 2 workers is "
            f"{(two / extract_two - 1) * 100:+.1f} % (aim <= +10 %)"
        )
        print(f"words per second per core (1 worker): {words / one:.0f}")
        print(
            f"peak memory per worker: {', '.join(f'{v / 2**20:.0f} MiB' for v in peaks.values())}"
        )
        print(
            f"Parquet: {size / len(records) / 1024:.1f} KiB per article "
            f"({size / len(records) * 1e6 / 2**30:.1f} GiB per million)"
        )
        if args.soak:
            repeated = [
                {"id": f"{r['id']}-{n}", "text": r["text"]}
                for n in range(-(-args.soak // len(records)))
                for r in records
            ][: args.soak]
            soak_source = write_jsonl(folder / "soak.jsonl", repeated)
            seconds, soak, _, killed = batch(soak_source, folder / "soak", 2, kill_after=10)
            import pyarrow.parquet as pq

            ids = Counter(
                pq.read_table(folder / "soak" / "articles", columns=["article_id"])
                .column(0)
                .to_pylist()
            )
            once = len(ids) == len(repeated) and set(ids.values()) == {1}
            print(
                f"soak: {len(repeated)} articles in {seconds:.0f} s "
                f"({len(repeated) / seconds:.1f} articles/s), worker killed: {bool(killed)}, "
                f"failures: {len(soak.failures)}, every article exactly once: {once}"
            )


if __name__ == "__main__":
    main()
