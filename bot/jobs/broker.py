"""The taskiq broker, chosen from settings when asked (never at import, never swapped later).

REDIS_URL set → a Redis Streams broker: every job is a stream entry read by one worker of a
consumer group and acknowledged only after its result is saved; an entry whose worker died
(unacknowledged for `job_reclaim_idle_s`) is claimed by another worker. Results live in Redis
with a TTL. REDIS_URL unset → taskiq's in-memory broker: the bot runs jobs itself (embedded).

One stream per priority (bot/jobs/priority.py): a job goes to the stream its `priority` label
names, and a worker reads the stream whose oldest waiting entry ranks best (its class, promoted
by age), so a paying user's job is the next one any free worker starts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator
from typing import Any, cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError
from taskiq import AckableMessage, AsyncBroker, BrokerMessage, InMemoryBroker
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from bot.config import RuntimeSettings
from bot.jobs.ledger import JobLedger, MemoryLedger, RedisLedger
from bot.jobs.priority import LABEL, Priority, order_key, stream_names
from bot.jobs.queues import QueueState, queue_states
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
        streams=stream_names(prefix),
        promote_s=settings.job_promote_s,
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
    """RedisStreamBroker over one stream per priority, whose listener also reclaims idle entries.

    Why: taskiq-redis 1.2.4 reads its streams first-come and runs XAUTOCLAIM only after
    XREADGROUP returned new entries, so on a quiet queue the job of a crashed worker would wait for
    the next unrelated job. Here every round first claims entries idle for `idle_timeout` ms
    (XAUTOCLAIM is atomic: one claimer wins; best priority first), then reads one entry from the
    stream whose oldest waiting entry ranks best, and only when all are empty blocks on all of
    them. An entry delivered more than `max_deliveries` times (a photo that crashes workers) is
    acknowledged and dropped with a warning instead of looping forever.
    """

    def __init__(
        self,
        url: str,
        *,
        streams: dict[Priority, str],
        promote_s: float = 30.0,
        max_deliveries: int = 3,
        **kwargs: object,
    ) -> None:
        super().__init__(url, queue_name=streams[Priority.FREE], **kwargs)  # type: ignore[arg-type]
        self.streams = dict(sorted(streams.items()))
        self.promote_s = promote_s
        self.max_deliveries = max_deliveries
        self.consumer_id = "0"  # a group made after a job was queued still sees that job

    async def queue_states(self) -> list[QueueState]:
        """What waits in each priority's stream (the queue gauges)."""
        async with Redis(connection_pool=self.connection_pool) as redis:
            return await queue_states(redis, self.streams, self.consumer_group_name)

    async def ping(self) -> None:
        """Redis answers (readiness)."""
        async with Redis(connection_pool=self.connection_pool) as redis:
            await redis.ping()

    async def _declare_consumer_group(self) -> None:
        async with Redis(connection_pool=self.connection_pool) as redis:
            await self._make_group(redis)

    async def kick(self, message: BrokerMessage) -> None:
        """Into the stream of the message's priority (FREE when it carries none)."""
        stream = self.streams[Priority.parse(message.labels.get(LABEL))]
        async with Redis(connection_pool=self.connection_pool) as redis:
            await redis.xadd(
                stream, {b"data": message.message}, maxlen=self.maxlen, approximate=self.approximate
            )

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
                for stream, msg_id, fields in fetched:
                    yield self._message(stream, msg_id, fields)

    async def _round(self, redis: Redis) -> list[Entry]:
        """Reclaimed entries of stopped workers, else the best waiting entry, else new entries
        (blocking a while for them on every stream)."""
        reclaimed = await self._reclaim(redis)
        if reclaimed:
            return reclaimed
        for _attempt in range(len(self.streams)):  # another worker may take the chosen entry first
            stream = await self._best_stream(redis)
            if stream is None:
                break
            entries = await self._read(redis, {stream: ">"}, block=None)
            if entries:
                return entries
        return await self._read(redis, dict.fromkeys(self.streams.values(), ">"), block=self.block)

    async def _best_stream(self, redis: Redis) -> str | None:
        """The stream whose oldest waiting entry ranks best (class promoted by age, then age)."""
        states = await queue_states(redis, self.streams, self.consumer_group_name)
        ready = [s for s in states if s.waiting and s.oldest_age_s is not None]
        if not ready:
            return None
        best = min(ready, key=lambda s: order_key(s.priority, s.oldest_age_s or 0.0, self.promote_s))
        return best.stream

    async def _read(self, redis: Redis, streams: dict[str, str], block: int | None) -> list[Entry]:
        wanted: dict[Any, Any] = dict(streams)  # redis-py's key/id union types
        fetched = await redis.xreadgroup(
            self.consumer_group_name, self.consumer_name, wanted, block=block, count=self.count, noack=False
        )
        replies = cast("list[tuple[bytes, list[tuple[bytes, dict[bytes, bytes]]]]]", fetched or [])
        rank = {name: index for index, name in enumerate(self.streams.values())}
        # a blocking read woken by two streams at once returns both: the better one first
        replies.sort(key=lambda reply: rank.get(_text(reply[0]), len(rank)))
        return [(_text(stream), msg_id, fields) for stream, entries in replies for msg_id, fields in entries]

    async def _make_group(self, redis: Redis) -> None:
        """The consumer group on every stream (a Redis that restarted without its data lost it)."""
        for stream in self.streams.values():
            try:
                await redis.xgroup_create(stream, self.consumer_group_name, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    async def _reclaim(self, redis: Redis) -> list[Entry]:
        for stream in self.streams.values():  # best priority first
            claimed = await self._reclaim_from(redis, stream)
            if claimed:
                return claimed
        return []

    async def _reclaim_from(self, redis: Redis, stream: str) -> list[Entry]:
        reply = await redis.xautoclaim(
            stream,
            self.consumer_group_name,
            self.consumer_name,
            min_idle_time=self.idle_timeout,
            start_id="0-0",
            count=self.count or 1,
        )
        claimed: list[Entry] = []
        for msg_id, fields in reply[1]:
            if fields is None:  # trimmed away meanwhile
                continue
            pending = await redis.xpending_range(
                stream, self.consumer_group_name, min=msg_id, max=msg_id, count=1
            )
            deliveries = int(pending[0]["times_delivered"]) if pending else 1
            if deliveries > self.max_deliveries:
                log.warning("dropping a job delivered %d times (it keeps killing workers)", deliveries)
                await redis.xack(stream, self.consumer_group_name, msg_id)
                continue
            log.info("reclaimed a job from a stopped worker (delivery %d)", deliveries)
            claimed.append((stream, msg_id, fields))
        return claimed

    def _message(self, stream: str, msg_id: bytes, fields: dict[bytes, bytes]) -> AckableMessage:
        return AckableMessage(
            data=fields[b"data"], ack=self._ack_generator(id=_text(msg_id), queue_name=stream)
        )


Entry = tuple[str, bytes, dict[bytes, bytes]]  # (stream, entry id, fields)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
