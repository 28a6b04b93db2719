"""`quoteapp batch extract`: partitions of articles extracted on a Dask cluster.

The driver plans the partitions, writes the run's manifest, and hands each
unfinished partition to the cluster as one task with a deterministic key; workers
write their own Parquet files. The scheduler reruns the task of a worker that died,
and a run started again skips what is done, so every article comes out exactly once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quoteapp.batch.inputs import Partition, fingerprint, plan
from quoteapp.batch.partition import done_marker, run_partition
from quoteapp.errors import QuoteappError

MANIFEST = "run.json"


class BatchError(QuoteappError):
    """A batch run that cannot start or go on as asked."""


@dataclass
class Summary:
    partitions: int = 0
    skipped: int = 0  # finished by an earlier run
    articles: int = 0
    quotes: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    dashboard: str | None = None

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def prepare(inputs: list[Path], out: Path, size: int, pipeline: str) -> list[Partition]:
    """Plan the partitions and write (or check) the manifest of the run in `out`."""
    from quoteapp.extract import rules_version

    if size < 1:
        raise BatchError("--partition-size must be at least 1")
    partitions = plan(inputs, size)
    if not partitions:
        raise BatchError("the inputs hold no records: give JSONL, Parquet, WARC files or folders")
    manifest = {
        "inputs": [str(p) for p in inputs],
        "partition_size": size,
        "partitions": len(partitions),
        "fingerprint": fingerprint(partitions),
        "pipeline": pipeline,
        "rules_version": rules_version(),
    }
    path = out / MANIFEST
    if path.exists():
        earlier = json.loads(path.read_text(encoding="utf-8"))
        if {k: earlier.get(k) for k in manifest} != manifest:
            raise BatchError(
                f"{out} holds a run over other inputs or settings: give another --output folder"
            )
    else:
        out.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return partitions


def extract(
    inputs: list[Path],
    out: Path,
    pipeline: str,
    size: int = 200,
    scheduler: str | None = None,
    workers: int = 2,
    on_partition: Callable[[dict[str, Any]], None] | None = None,
    on_start: Callable[[int, str | None], None] | None = None,
) -> Summary:
    """Run (or resume) a batch extraction; return its summary."""
    from dask.distributed import Client, LocalCluster, as_completed

    from quoteapp.extract import rules_version

    partitions = prepare(inputs, out, size, pipeline)
    todo = [p for p in partitions if not done_marker(out, p).exists()]
    summary = Summary(partitions=len(partitions), skipped=len(partitions) - len(todo))
    started = time.perf_counter()
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            summary.dashboard = client.dashboard_link
            if on_start is not None:
                on_start(len(todo), summary.dashboard)
            version = rules_version()
            futures = [
                client.submit(
                    run_partition,
                    p.as_dict(),
                    str(out.resolve()),
                    pipeline,
                    version,
                    key=f"quoteapp-{p.name}-{out.resolve()}",
                    retries=2,
                )
                for p in todo
            ]
            for future in as_completed(futures):
                result = future.result()
                summary.articles += result["articles"]
                summary.quotes += result["quotes"]
                summary.failures.extend(result["failures"])
                if on_partition is not None:
                    on_partition(result)
    except OSError as error:
        raise BatchError(
            f"could not reach the Dask scheduler ({error}): check --scheduler"
        ) from None
    finally:
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary
