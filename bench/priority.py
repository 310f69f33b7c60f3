"""Priority benchmark: twenty free users' jobs wait, one worker runs them, paying users' jobs arrive.

    python bench/priority.py [--free 20] [--paid 5] [--doc us_passport]

A real redis-server (tests/redis_server.py) and one real `idphoto worker` process (the CPU engine,
one thread per model session) take jobs from the priority streams, exactly as in production;
the client is the bot's own `EngineJobs`. `--free` preview renders of real sample selfies (the
free users) are queued at once; as soon as the worker has started the first of them, `--paid`
final renders of paid orders are queued one after another (the next when the last one's files
are back), so every paid job meets a free backlog and a running job.

A job's wait = the moment the worker read its stream entry (seen in XPENDING, polled every 5 ms)
minus the entry's id time (when it was queued; both from this host's clock through Redis).
"Started ahead" counts the jobs the worker began between a paid job's queueing and its start:
0 means the paid job waited only for the job already running.

Printed: paid and free waits (p50 / p95 / max), their ratio (free p50 / paid p50), the jobs
started ahead of each paid one, and what the first paid job would have waited in one
first-come queue (the sum of the free jobs' run times ahead of it), all from this one run.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)  # bench/engine.py must not shadow the engine package
from bench.selfies import MODELS, SAMPLES, SELFIES  # noqa: E402  (after the path fix)

PAID_DOCS = ["us_passport", "uk_passport_online", "de_passport", "fr_id_card", "in_citizenship_oci_online"]
POLL_S = 0.005


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


class Starts:
    """When the worker read each stream entry (first seen pending), per stream."""

    def __init__(self, redis: object, streams: dict[str, str], group: str) -> None:
        self.redis = redis
        self.streams = streams  # stream → label
        self.group = group
        self.seen: dict[str, tuple[str, float]] = {}  # entry id → (label, time.time() first seen)
        self.order: list[str] = []

    async def watch(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            for stream, label in self.streams.items():
                entries = await self.redis.xpending_range(stream, self.group, min="-", max="+", count=10)  # type: ignore[attr-defined]
                for entry in entries:
                    entry_id = entry["message_id"].decode()
                    if entry_id not in self.seen:
                        self.seen[entry_id] = (label, time.time())
                        self.order.append(entry_id)
            await asyncio.sleep(POLL_S)

    def wait_s(self, entry_id: str) -> float:
        return self.seen[entry_id][1] - int(entry_id.split("-")[0]) / 1000


async def run(args: argparse.Namespace) -> None:
    from redis.asyncio import Redis

    from bot.config import RuntimeSettings
    from bot.jobs.client import EngineJobs
    from bot.jobs.priority import Priority, stream_names
    from bot.jobs.protocol import RenderRequest
    from bot.photos import PhotoStore
    from tests.redis_server import RedisServer
    from tests.worker_process import WorkerProcess, wait_until_ready, worker_env

    folder = Path(tempfile.mkdtemp(prefix="bench-priority-"))
    server = RedisServer(folder / "redis").start()
    settings = RuntimeSettings(
        redis_url=server.url, redis_prefix="bench", data_dir=folder / "data", result_ttl_s=3600
    )
    photos = PhotoStore(settings.data_dir, settings.retention)
    worker = WorkerProcess(worker_env(settings, MODELS), folder)
    redis = Redis.from_url(server.url)
    streams = {name: p.label for p, name in stream_names(settings.redis_prefix).items()}
    starts = Starts(redis, streams, f"{settings.redis_prefix}:workers")
    stop = asyncio.Event()
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            await wait_until_ready(jobs, 1, [worker])
            warm = photos.put_selfie(1, (SAMPLES / SELFIES[0]).read_bytes())
            await jobs.render(RenderRequest(selfie_key=warm, doc_id=args.doc, shift=0.5), timeout=120)
            watcher = asyncio.create_task(starts.watch(stop))

            free_requests = []
            for i in range(args.free):
                key = photos.put_selfie(100 + i, (SAMPLES / SELFIES[i % len(SELFIES)]).read_bytes())
                free_requests.append(RenderRequest(selfie_key=key, doc_id=args.doc, shift=(i // 10) * 0.1))
            free_tasks = [
                asyncio.create_task(jobs.render(r, timeout=600, priority=Priority.FREE))
                for r in free_requests
            ]
            while not starts.order:  # the worker runs the first free job: the backlog is real
                await asyncio.sleep(POLL_S)

            paid_ids: list[tuple[str, int]] = []  # (entry id, jobs started before it was queued)
            paid_key = photos.put_selfie(7, (SAMPLES / "db_008.jpg").read_bytes())
            for doc in PAID_DOCS[: args.paid]:
                started_before = len(starts.order)
                before = set(await _entries(redis, stream_names(settings.redis_prefix)[Priority.PAID]))
                request = RenderRequest(selfie_key=paid_key, doc_id=doc, preview=False, papers=["4x6"])
                task = asyncio.create_task(jobs.render(request, timeout=600))  # final files: PAID
                entry = await _new_entry(redis, stream_names(settings.redis_prefix)[Priority.PAID], before)
                result = await task
                assert result.ok, (doc, result.error_code)
                paid_ids.append((entry, started_before))
            results = await asyncio.gather(*free_tasks)
            stop.set()
            await watcher
            ok_free = sum(r.ok for r in results)

        free_ids = [e for e in starts.order if starts.seen[e][0] == "free"]
        free_waits = [starts.wait_s(e) for e in free_ids]
        paid_waits = [starts.wait_s(e) for e, _ in paid_ids]
        ahead = [starts.order.index(e) - before for e, before in paid_ids]
        times = _times(starts, starts.order)
        runs = {
            e: b - a for e, a, b in zip(starts.order, times, times[1:], strict=False)
        }  # start → next start
        free_runs = [runs[e] for e in free_ids if e in runs]
        behind = len(free_ids) - paid_ids[0][1]  # free jobs not started when the first paid one came
        print(f"free jobs: {len(free_ids)} preview renders of {args.doc} ({ok_free} ok), one worker")
        print(f"paid jobs: {len(paid_waits)} final renders, each queued while a free job ran")
        _line("paid wait", paid_waits)
        _line("free wait", free_waits)
        ratio = statistics.median(free_waits) / max(statistics.median(paid_waits), 1e-3)
        print(f"ratio free p50 / paid p50: {ratio:.1f}×")
        print(f"jobs started between a paid job's queueing and its start: {ahead} (0 = only the running one)")
        print(
            f"mean free run time {statistics.mean(free_runs):.2f} s; in one first-come queue the first "
            f"paid job would have waited for {behind} free jobs ≈ {behind * statistics.mean(free_runs):.1f} s"
        )
    finally:
        stop.set()
        worker.stop()
        await redis.aclose()
        server.stop()


def _times(starts: Starts, order: list[str]) -> list[float]:
    return [starts.seen[e][1] for e in order]


def _line(name: str, waits: list[float]) -> None:
    print(
        f"{name}: p50 {statistics.median(waits):.2f} s, p95 {percentile(waits, 0.95):.2f} s, "
        f"max {max(waits):.2f} s (n={len(waits)})"
    )


async def _entries(redis: object, stream: str) -> list[str]:
    rows = await redis.xrange(stream)  # type: ignore[attr-defined]
    return [row[0].decode() for row in rows]


async def _new_entry(redis: object, stream: str, before: set[str]) -> str:
    while True:
        fresh = [e for e in await _entries(redis, stream) if e not in before]
        if fresh:
            return fresh[0]
        await asyncio.sleep(POLL_S)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--free", type=int, default=20)
    parser.add_argument("--paid", type=int, default=5)
    parser.add_argument("--doc", default="us_passport")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
