"""The taskiq broker, chosen from settings when asked (never at import, never swapped later).

REDIS_URL set → a Redis Streams broker: every job is a stream entry read by one worker of a
consumer group and acknowledged only after its result is saved; an entry whose worker died
(unacknowledged for `job_reclaim_idle_s`) is claimed by another worker. Results live in Redis
with a TTL. REDIS_URL unset → taskiq's in-memory broker: the bot runs jobs itself (embedded).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator
from typing import Any, cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError
from taskiq import AckableMessage, AsyncBroker, InMemoryBroker
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from bot.config import RuntimeSettings
from bot.jobs.ledger import JobLedger, MemoryLedger, RedisLedger
from bot.redis_options import TRANSIENT, connection_options

log = logging.getLogger(__name__)

STREAM_MAXLEN = 10_000  # acknowledged entries are trimmed beyond this (approximately)
MEMORY_RESULTS = 2_000  # embedded mode keeps this many results (no TTL in memory)
LISTEN_PAUSE_S, LISTEN_PAUSE_MAX_S = 0.5, 5.0  # a worker's wait before reading an unreachable stream again


def make_broker(settings: RuntimeSettings) -> AsyncBroker:
    if not settings.redis_url:
        return InMemoryBroker(max_stored_results=MEMORY_RESULTS)
    prefix = settings.redis_prefix
    idle_ms = max(1, int(settings.job_reclaim_idle_s * 1000))
    broker = ReclaimingStreamBroker(
        settings.redis_url,
        queue_name=f"{prefix}:jobs",
        consumer_group_name=f"{prefix}:workers",
        idle_timeout=idle_ms,
        # wake up often enough to notice a dead worker's job soon after it became reclaimable
        xread_block=min(2000, max(50, idle_ms // 4)),
        xread_count=1,  # one job at a time per worker: the others stay free for other workers
        maxlen=STREAM_MAXLEN,
        max_deliveries=settings.job_max_deliveries,
        **connection_options(),
    )
    backend: RedisAsyncResultBackend[Any] = RedisAsyncResultBackend(
        settings.redis_url,
        result_ex_time=settings.result_ttl,
        prefix_str=f"{prefix}:result",
        **connection_options(),
    )
    return broker.with_result_backend(backend)


def make_ledger(settings: RuntimeSettings, broker: AsyncBroker) -> JobLedger:
    if settings.redis_url:
        return RedisLedger(settings.redis_url, settings.redis_prefix)
    assert isinstance(broker, InMemoryBroker)
    return MemoryLedger(broker.result_backend)


class ReclaimingStreamBroker(RedisStreamBroker):
    """RedisStreamBroker whose listener also reclaims idle entries when no new job arrives.

    Why: taskiq-redis 1.2.4 runs XAUTOCLAIM only after XREADGROUP returned new entries, so on a
    quiet queue the job of a crashed worker would wait for the next unrelated job. Here every
    round first claims entries idle for `idle_timeout` ms (XAUTOCLAIM is atomic: one claimer
    wins), then blocks for new ones. An entry delivered more than `max_deliveries` times (a photo
    that crashes workers) is acknowledged and dropped with a warning instead of looping forever.
    """

    def __init__(self, url: str, *, max_deliveries: int = 3, **kwargs: object) -> None:
        super().__init__(url, **kwargs)  # type: ignore[arg-type]
        self.max_deliveries = max_deliveries

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        async with Redis(connection_pool=self.connection_pool) as redis:
            pause = LISTEN_PAUSE_S
            while True:
                try:
                    fetched = await self._round(redis)
                except ResponseError as exc:
                    if "NOGROUP" not in str(exc):
                        raise
                    await self._make_group(redis)  # Redis came back without its data: start afresh
                    continue
                except TRANSIENT as exc:  # Redis away longer than the client's own retries: wait, read on
                    log.warning(
                        "job stream unreachable (%s): reading again in %.1f s", type(exc).__name__, pause
                    )
                    await asyncio.sleep(pause)
                    pause = min(LISTEN_PAUSE_MAX_S, pause * 2)
                    continue
                pause = LISTEN_PAUSE_S
                for msg_id, fields in fetched:
                    yield self._message(msg_id, fields)

    async def _round(self, redis: Redis) -> list[tuple[bytes, dict[bytes, bytes]]]:
        """Reclaimed entries of stopped workers, else new entries (blocking a while for them)."""
        reclaimed = await self._reclaim(redis)
        if reclaimed:
            return reclaimed
        fetched = await redis.xreadgroup(
            self.consumer_group_name,
            self.consumer_name,
            {self.queue_name: ">"},
            block=self.block,
            count=self.count,
            noack=False,
        )
        streams = cast("list[tuple[bytes, list[tuple[bytes, dict[bytes, bytes]]]]]", fetched or [])
        return [(msg_id, fields) for _stream, entries in streams for msg_id, fields in entries]

    async def _make_group(self, redis: Redis) -> None:
        """The consumer group again (a Redis that restarted without its data lost it)."""
        try:
            await redis.xgroup_create(self.queue_name, self.consumer_group_name, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def _reclaim(self, redis: Redis) -> list[tuple[bytes, dict[bytes, bytes]]]:
        reply = await redis.xautoclaim(
            self.queue_name,
            self.consumer_group_name,
            self.consumer_name,
            min_idle_time=self.idle_timeout,
            start_id="0-0",
            count=self.count or 1,
        )
        claimed = []
        for msg_id, fields in reply[1]:
            if fields is None:  # trimmed away meanwhile
                continue
            pending = await redis.xpending_range(
                self.queue_name, self.consumer_group_name, min=msg_id, max=msg_id, count=1
            )
            deliveries = int(pending[0]["times_delivered"]) if pending else 1
            if deliveries > self.max_deliveries:
                log.warning("dropping a job delivered %d times (it keeps killing workers)", deliveries)
                await redis.xack(self.queue_name, self.consumer_group_name, msg_id)
                continue
            log.info("reclaimed a job from a stopped worker (delivery %d)", deliveries)
            claimed.append((msg_id, fields))
        return claimed

    def _message(self, msg_id: bytes, fields: dict[bytes, bytes]) -> AckableMessage:
        return AckableMessage(
            data=fields[b"data"], ack=self._ack_generator(id=msg_id.decode(), queue_name=self.queue_name)
        )
