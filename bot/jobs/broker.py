"""The taskiq broker, chosen from settings when asked (never at import, never swapped later).

REDIS_URL set → a Redis Streams broker: every job is a stream entry read by one worker of a
consumer group and acknowledged only after its result is saved; an entry whose worker died
(unacknowledged for `job_reclaim_idle_s`) is claimed by another worker. Results live in Redis
with a TTL. REDIS_URL unset → taskiq's in-memory broker: the bot runs jobs itself (embedded).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator

from redis.asyncio import Redis
from taskiq import AckableMessage, AsyncBroker, InMemoryBroker
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from bot.config import RuntimeSettings
from bot.jobs.ledger import JobLedger, MemoryLedger, RedisLedger

log = logging.getLogger(__name__)

STREAM_MAXLEN = 10_000  # acknowledged entries are trimmed beyond this (approximately)
MEMORY_RESULTS = 2_000  # embedded mode keeps this many results (no TTL in memory)


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
    )
    backend: RedisAsyncResultBackend = RedisAsyncResultBackend(
        settings.redis_url, result_ex_time=settings.result_ttl, prefix_str=f"{prefix}:result"
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
            while True:
                for msg_id, fields in await self._reclaim(redis):
                    yield self._message(msg_id, fields)
                fetched = await redis.xreadgroup(
                    self.consumer_group_name,
                    self.consumer_name,
                    {self.queue_name: ">"},
                    block=self.block,
                    count=self.count,
                    noack=False,
                )
                for _stream, entries in fetched or []:
                    for msg_id, fields in entries:
                        yield self._message(msg_id, fields)

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
            deliveries = pending[0]["times_delivered"] if pending else 1
            if deliveries > self.max_deliveries:
                log.warning("dropping a job delivered %d times (it keeps killing workers)", deliveries)
                await redis.xack(self.queue_name, self.consumer_group_name, msg_id)
                continue
            log.info("reclaimed a job from a stopped worker (delivery %d)", deliveries)
            claimed.append((msg_id, fields))
        return claimed

    def _message(self, msg_id: bytes, fields: dict[bytes, bytes]) -> AckableMessage:
        return AckableMessage(
            data=fields[b"data"], ack=self._ack_generator(id=msg_id, queue_name=self.queue_name)
        )
