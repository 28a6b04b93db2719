"""`quoteapp batch extract`: partitions of articles extracted on a Dask cluster.

The driver plans the partitions, writes the run's manifest, and hands each
unfinished partition to the cluster as one task with a deterministic key; workers
write their own Parquet files. The scheduler reruns the task of a worker that died,
and a run started again skips what is done, so every article comes out exactly once.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quoteapp.batch.inputs import Partition, fingerprint, plan
from quoteapp.batch.partition import done_marker, run_partition
from quoteapp.errors import QuoteappError

MANIFEST = "run.json"
# A worker gets its next partition only when it is free (with a spare one queued, the
# last partitions waited behind a busy worker while the other stood idle), and workers
# do not sample their own stacks every 10 ms: a partition is one long call, profiled
# for nothing.
CLUSTER_SETTINGS = {
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.worker.profile.enabled": False,
}
log = logging.getLogger(__name__)


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


def prepare(inputs: list[Path], out: Path, size: int, pipeline: str) -> tuple[list[Partition], str]:
    """Plan the partitions and write (or check) the manifest of the run in `out`."""
    from quoteapp.extract import rules_version

    if size < 1:
        raise BatchError("--partition-size must be at least 1")
    partitions = plan(inputs, size)
    if not partitions:
        raise BatchError("the inputs hold no records: give JSONL, Parquet, WARC files or folders")
    manifest: dict[str, Any] = {
        "inputs": [str(p) for p in inputs],
        "partition_size": size,
        "partitions": len(partitions),
        "fingerprint": fingerprint(partitions),
        "pipeline": pipeline,
        "rules_version": rules_version(),
    }
    path = out / MANIFEST
    compared = dict(manifest)
    if path.exists():
        earlier = json.loads(path.read_text(encoding="utf-8"))
        if {k: earlier.get(k) for k in compared} != compared:
            raise BatchError(
                f"{out} holds a run over other inputs or settings: give another --output folder"
            )
        manifest["started_at"] = earlier.get("started_at", "")
    else:
        from quoteapp.ingest.article import now

        manifest["started_at"] = now()
        out.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return partitions, manifest["started_at"]


def _remove_half_written(out: Path, todo: list[Partition]) -> None:
    """A killed run leaves the temporary files it was writing: those of the partitions
    about to be run again are removed, so only finished files stay in the folder."""
    for partition in todo:
        for folder in ("articles", "quotes", "done"):
            for stale in (out / folder).glob(f".{partition.name}.*.tmp"):
                stale.unlink(missing_ok=True)


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

    partitions, started_at = prepare(inputs, out, size, pipeline)
    todo = [p for p in partitions if not done_marker(out, p).exists()]
    _remove_half_written(out, todo)
    summary = Summary(partitions=len(partitions), skipped=len(partitions) - len(todo))
    started = time.perf_counter()
    cluster = None
    if scheduler is None:
        import dask

        with dask.config.set(CLUSTER_SETTINGS):
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
                    started_at,
                    key=f"quoteapp-{p.name}-{out.resolve()}",
                    retries=2,
                    priority=p.weight,  # the longest first, so none is left to run alone
                )
                for p in todo
            ]
            for future in as_completed(futures):
                result = future.result()
                summary.articles += result["articles"]
                summary.quotes += result["quotes"]
                summary.failures.extend(result["failures"])
                for failure in result["failures"]:
                    log.warning("batch: %s failed: %s", failure["id"], failure["reason"])
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
