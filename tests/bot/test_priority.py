"""Job priorities: the best waiting job starts next, in Redis (one stream per priority, read by the
real broker from a real redis-server) and in the embedded gate; old jobs are promoted so none
starves; acknowledgement and reclaiming still work per stream.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis
from taskiq import AckableMessage, BrokerMessage

from bot.config import RuntimeSettings
from bot.jobs.admission import PriorityGate
from bot.jobs.broker import ReclaimingStreamBroker, make_broker
from bot.jobs.client import EngineJobs, JobTimeout
from bot.jobs.priority import LABEL, Priority, effective_rank, order_key, stream_name, stream_names
from bot.jobs.protocol import RenderRequest
from bot.photos import PhotoStore
from tests.worker_process import WorkerProcess, worker_env

# --- the rule ---------------------------------------------------------------------------------


def test_promotion_raises_the_class_one_step_per_period_and_never_past_paid() -> None:
    assert effective_rank(Priority.FREE, 0, 30) == Priority.FREE
    assert effective_rank(Priority.FREE, 29.9, 30) == Priority.FREE
    assert effective_rank(Priority.FREE, 30, 30) == Priority.MEMBER
    assert effective_rank(Priority.FREE, 60, 30) == Priority.PAID
    assert effective_rank(Priority.FREE, 600, 30) == Priority.PAID
    assert effective_rank(Priority.MEMBER, 31, 30) == Priority.PAID
    # a fresh paid job beats a fresh free one; a free job promoted to paid beats a newer paid job
    assert order_key(Priority.PAID, 0, 30) < order_key(Priority.FREE, 1, 30)
    assert order_key(Priority.FREE, 61, 30) < order_key(Priority.PAID, 5, 30)
    # within one class the older job goes first
    assert order_key(Priority.FREE, 3, 30) < order_key(Priority.FREE, 2, 30)


def test_free_keeps_the_old_single_stream_name() -> None:
    assert stream_name("p", Priority.FREE) == "p:jobs"  # a bot of the last release still reaches workers
    assert list(stream_names("p").values()) == ["p:jobs:paid", "p:jobs:member", "p:jobs"]
    assert Priority.parse("0") is Priority.PAID and Priority.parse(None) is Priority.FREE
    assert Priority.parse("junk") is Priority.FREE


# --- the embedded gate ------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def run_through_gate(
    gate: PriorityGate, arrivals: list[tuple[str, Priority]], clock: Clock
) -> list[str]:
    """The first arrival holds the engine while the others queue; then all run to the end."""
    started: list[str] = []
    release = asyncio.Event()

    async def job(name: str, priority: Priority) -> None:
        async with gate.turn(priority):
            started.append(name)
            if name == arrivals[0][0]:
                await release.wait()

    tasks = []
    for name, priority in arrivals:
        tasks.append(asyncio.create_task(job(name, priority)))
        await asyncio.sleep(0)  # queued in arrival order
        clock.now += 1
    release.set()
    await asyncio.gather(*tasks)
    return started


async def test_gate_lets_the_best_waiting_job_in_next() -> None:
    clock = Clock()
    gate = PriorityGate(promote_s=1000, clock=clock)
    arrivals = [("running", Priority.FREE)]
    arrivals += [(f"free{i}", Priority.FREE) for i in range(5)]
    arrivals += [("member", Priority.MEMBER), ("paid", Priority.PAID)]
    started = await run_through_gate(gate, arrivals, clock)
    assert started == ["running", "paid", "member", "free0", "free1", "free2", "free3", "free4"]


async def test_gate_promotes_a_job_that_waited_long() -> None:
    clock = Clock()
    gate = PriorityGate(promote_s=2.5, clock=clock)  # arrivals are 1 s apart on the clock
    arrivals = [("running", Priority.PAID), ("old-free", Priority.FREE)]
    arrivals += [(f"paid{i}", Priority.PAID) for i in range(6)]
    started = await run_through_gate(gate, arrivals, clock)
    # at the release old-free has waited 7 s (rank PAID after 5 s) and is older than every paid job
    assert started[:2] == ["running", "old-free"], started


async def test_a_gate_of_capacity_two_runs_two_jobs_at_once_then_the_best_waiting() -> None:
    gate = PriorityGate(promote_s=1000, capacity=2)
    release = asyncio.Event()
    started: list[str] = []

    async def job(name: str, priority: Priority) -> None:
        async with gate.turn(priority):
            started.append(name)
            if name.startswith("running"):
                await release.wait()

    tasks = [
        asyncio.create_task(job(n, p)) for n, p in [("running1", Priority.FREE), ("running2", Priority.FREE)]
    ]
    await asyncio.sleep(0)
    tasks += [asyncio.create_task(job(n, p)) for n, p in [("free", Priority.FREE), ("paid", Priority.PAID)]]
    await asyncio.sleep(0.01)
    assert started == ["running1", "running2"] and gate.busy
    release.set()
    await asyncio.gather(*tasks)
    assert started[2:] == ["paid", "free"] and not gate.busy


async def test_gate_reports_what_waits_and_survives_a_cancelled_waiter() -> None:
    clock = Clock()
    gate = PriorityGate(promote_s=30, clock=clock)
    held = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with gate.turn(Priority.FREE):
            held.set()
            await release.wait()

    async def waiter(priority: Priority) -> str:
        async with gate.turn(priority):
            return priority.label

    first = asyncio.create_task(holder())
    await held.wait()
    doomed = asyncio.create_task(waiter(Priority.PAID))
    member = asyncio.create_task(waiter(Priority.MEMBER))
    await asyncio.sleep(0)
    clock.now += 4
    waiting = gate.waiting()
    assert waiting[Priority.PAID] == (1, 4.0) and waiting[Priority.MEMBER] == (1, 4.0)
    assert waiting[Priority.FREE] == (0, None)
    doomed.cancel()
    release.set()
    assert await member == "member"  # the cancelled paid waiter did not keep the engine
    await first
    assert gate.waiting()[Priority.PAID] == (0, None)


# --- Redis: one stream per priority, read by the real broker ---------------------------------


@pytest.fixture
async def redis_broker(redis_url: str, redis_prefix: str) -> AsyncIterator[ReclaimingStreamBroker]:
    settings = RuntimeSettings(redis_url=redis_url, redis_prefix=redis_prefix, job_reclaim_idle_s=1.0)
    broker = make_broker(settings)
    assert isinstance(broker, ReclaimingStreamBroker)
    await broker.startup()
    try:
        yield broker
    finally:
        await broker.shutdown()


def message(name: str, priority: Priority) -> BrokerMessage:
    return BrokerMessage(task_id=name, task_name="t", message=name.encode(), labels={LABEL: int(priority)})


async def take(broker: ReclaimingStreamBroker, count: int, timeout: float = 10) -> list[AckableMessage]:
    """`count` deliveries from the broker's listener, in the order it hands them out."""
    got: list[AckableMessage] = []
    listener = broker.listen()
    try:
        async with asyncio.timeout(timeout):
            while len(got) < count:
                got.append(await anext(listener))
    finally:
        await listener.aclose()
    return got


async def test_redis_worker_reads_paid_then_member_then_free_in_arrival_order(
    redis_broker: ReclaimingStreamBroker, redis_url: str, redis_prefix: str
) -> None:
    for i in range(4):
        await redis_broker.kick(message(f"free{i}", Priority.FREE))
    await redis_broker.kick(message("member", Priority.MEMBER))
    await redis_broker.kick(message("paid", Priority.PAID))
    redis = Redis.from_url(redis_url)
    try:
        lengths = {p: await redis.xlen(s) for p, s in stream_names(redis_prefix).items()}
        assert lengths == {Priority.PAID: 1, Priority.MEMBER: 1, Priority.FREE: 4}
        states = {s.priority: s for s in await redis_broker.queue_states()}
        assert [states[p].waiting for p in Priority] == [1, 1, 4]
        assert states[Priority.FREE].oldest_age_s is not None and states[Priority.FREE].oldest_age_s >= 0

        order = []
        for delivery in await take(redis_broker, 6):
            order.append(bytes(delivery.data).decode())
            await delivery.ack()
        assert order == ["paid", "member", "free0", "free1", "free2", "free3"]
        states = {s.priority: s for s in await redis_broker.queue_states()}
        assert all((s.waiting, s.pending, s.oldest_age_s) == (0, 0, None) for s in states.values())
    finally:
        await redis.aclose()


async def test_redis_a_paid_job_arriving_while_the_worker_waits_is_read_at_once(
    redis_broker: ReclaimingStreamBroker,
) -> None:
    async def later() -> None:
        await asyncio.sleep(0.3)  # the listener is blocked on every stream by now
        await redis_broker.kick(message("paid", Priority.PAID))

    kicker = asyncio.create_task(later())
    (delivery,) = await take(redis_broker, 1, timeout=5)
    await kicker
    assert bytes(delivery.data) == b"paid"
    await delivery.ack()


async def test_redis_an_old_free_job_is_promoted_past_newer_paid_ones(
    redis_url: str, redis_prefix: str
) -> None:
    settings = RuntimeSettings(redis_url=redis_url, redis_prefix=redis_prefix, job_promote_s=0.2)
    broker = make_broker(settings)
    assert isinstance(broker, ReclaimingStreamBroker)
    await broker.startup()
    try:
        await broker.kick(message("old-free", Priority.FREE))
        await asyncio.sleep(0.5)  # > 2 × JOB_PROMOTE_S: it now competes as a paid job, and is older
        for i in range(3):
            await broker.kick(message(f"paid{i}", Priority.PAID))
        deliveries = await take(broker, 4)
        assert [bytes(d.data).decode() for d in deliveries] == ["old-free", "paid0", "paid1", "paid2"]
        for delivery in deliveries:
            await delivery.ack()
    finally:
        await broker.shutdown()


async def test_redis_an_unacknowledged_paid_job_is_reclaimed_before_free_ones(
    redis_broker: ReclaimingStreamBroker, redis_url: str, redis_prefix: str
) -> None:
    await redis_broker.kick(message("paid", Priority.PAID))
    (first,) = await take(redis_broker, 1)  # a worker reads it ... and dies without acknowledging
    assert bytes(first.data) == b"paid"
    await redis_broker.kick(message("free", Priority.FREE))
    await asyncio.sleep(1.2)  # JOB_RECLAIM_IDLE_S = 1 s

    other = make_broker(
        RuntimeSettings(redis_url=redis_url, redis_prefix=redis_prefix, job_reclaim_idle_s=1.0)
    )
    assert isinstance(other, ReclaimingStreamBroker)
    await other.startup()
    try:
        deliveries = await take(other, 2)
        assert [bytes(d.data) for d in deliveries] == [b"paid", b"free"]
        for delivery in deliveries:
            await delivery.ack()
        states = {s.priority: s for s in await other.queue_states()}
        assert states[Priority.PAID].pending == 0 and states[Priority.FREE].pending == 0
    finally:
        await other.shutdown()


# --- a real `idphoto worker` on real Redis ------------------------------------------------------


async def test_a_real_worker_starts_queued_jobs_paid_first_then_member_then_free(
    redis_url: str, redis_prefix: str, tmp_path: Path, model_dir: Path, samples_dir: Path
) -> None:
    """Jobs queued while no worker runs (free first, paid last); the worker, once up, reads them
    best priority first. The order is watched in Redis (XPENDING: an entry read, not yet acked)."""
    settings = RuntimeSettings(
        redis_url=redis_url, redis_prefix=redis_prefix, data_dir=tmp_path / "data", result_ttl_s=600
    )
    photos = PhotoStore(settings.data_dir, settings.retention)
    names = ["sample_009.jpg", "sample_001.jpg", "db_008.jpg", "sample_005.jpg", "sample_006.jpg"]
    keys = [photos.put_selfie(100 + i, (samples_dir / n).read_bytes()) for i, n in enumerate(names)]
    streams = {name: p for p, name in stream_names(redis_prefix).items()}
    redis = Redis.from_url(redis_url)
    worker = None
    try:
        async with EngineJobs.from_settings(settings, photos) as jobs:
            queued = [
                (Priority.FREE, jobs.analyze(keys[0], "us_passport", timeout=0.2)),
                (Priority.FREE, jobs.analyze(keys[1], "us_passport", timeout=0.2)),
                (Priority.FREE, jobs.analyze(keys[2], "us_passport", timeout=0.2)),
                (
                    Priority.MEMBER,
                    jobs.analyze(keys[3], "us_passport", timeout=0.2, priority=Priority.MEMBER),
                ),
                (
                    Priority.PAID,
                    jobs.render(
                        RenderRequest(selfie_key=keys[4], doc_id="us_passport", preview=False), timeout=0.2
                    ),
                ),
            ]
            for _priority, call in queued:  # one after another: the free ones are the oldest
                with pytest.raises(JobTimeout):
                    await call
            assert {p: await redis.xlen(s) for s, p in streams.items()} == {
                Priority.PAID: 1,
                Priority.MEMBER: 1,
                Priority.FREE: 3,
            }
            worker = WorkerProcess(worker_env(settings, model_dir), tmp_path)
            seen: list[Priority] = []
            ids: set[bytes] = set()
            deadline = time.monotonic() + 120
            while len(seen) < 5:
                assert worker.process.poll() is None and time.monotonic() < deadline, worker.tail()
                for stream, priority in streams.items():
                    for entry in await redis.xpending_range(stream, f"{redis_prefix}:workers", "-", "+", 10):
                        if entry["message_id"] not in ids:
                            ids.add(entry["message_id"])
                            seen.append(priority)
                await asyncio.sleep(0.005)
            assert seen == [Priority.PAID, Priority.MEMBER, Priority.FREE, Priority.FREE, Priority.FREE]
            # the callers asking again get the results of those very jobs (nothing queued twice)
            assert (await jobs.analyze(keys[0], "us_passport", timeout=60)).ok
            assert sum([await redis.xlen(s) for s in streams]) == 5
    finally:
        if worker is not None:
            worker.stop()
        await redis.aclose()
