"""What waits in the Redis job streams: per priority, how many entries no worker has read yet,
how old the oldest of them is, and how many are read but not acknowledged.

Why one reader for two uses: the worker picks its next stream by the age of each stream's oldest
waiting entry (promotion, bot/jobs/priority.py), and operators watch the same figures as the
queue-depth and oldest-age gauges. Ages come from the entry ids (milliseconds of the Redis
server's clock) against the server's own TIME, so no host clock is trusted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from bot.jobs.priority import Priority
from bot.observability import metrics

COUNT_LIMIT = 10_000  # when Redis cannot say the lag, count at most this many waiting entries


@dataclass(frozen=True)
class QueueState:
    priority: Priority
    stream: str
    waiting: int  # never read by any worker
    oldest_age_s: float | None  # of the oldest waiting entry; None when nothing waits
    pending: int  # read by a worker and not acknowledged (running, or left by a dead worker)


def entry_ms(entry_id: bytes | str) -> int:
    text = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    return int(text.split("-", 1)[0])


def _group(groups: Any, name: str) -> dict[str, Any] | None:
    if isinstance(groups, Exception) or not groups:
        return None
    for group in groups:
        group_name = group.get("name")
        if (group_name.decode() if isinstance(group_name, bytes) else group_name) == name:
            return dict(group)
    return None


async def queue_states(redis: Redis, streams: Mapping[Priority, str], group: str) -> list[QueueState]:
    """Two pipelined round trips whatever the number of streams."""
    pipe = redis.pipeline(transaction=False)
    pipe.time()
    for stream in streams.values():
        pipe.xinfo_groups(stream)
    first = await pipe.execute(raise_on_error=False)
    seconds, micros = first[0]
    now_ms = int(seconds) * 1000 + int(micros) // 1000
    infos = [_group(groups, group) for groups in first[1:]]

    pipe = redis.pipeline(transaction=False)
    for stream, info in zip(streams.values(), infos, strict=True):
        last = info["last-delivered-id"] if info else b"0-0"
        last_text = last.decode() if isinstance(last, bytes) else str(last)
        lag_known = info is not None and info.get("lag") is not None
        pipe.xrange(stream, min=f"({last_text}", count=1 if lag_known else COUNT_LIMIT)
    after = await pipe.execute(raise_on_error=False)

    states = []
    for (priority, stream), info, entries in zip(streams.items(), infos, after, strict=True):
        entries = [] if isinstance(entries, Exception) else entries
        lag = info.get("lag") if info else None
        waiting = int(lag) if lag is not None else len(entries)
        oldest = (now_ms - entry_ms(entries[0][0])) / 1000 if entries and waiting else None
        pending = int(info.get("pending") or 0) if info else 0
        states.append(
            QueueState(priority, stream, waiting, max(0.0, oldest) if oldest is not None else None, pending)
        )
    return states


def publish_queue_gauges(states: list[QueueState]) -> None:
    """The queue gauges of /metrics from one reading (Redis streams or the embedded gate)."""
    for state in states:
        label = state.priority.label
        metrics.QUEUE_DEPTH.labels(priority=label).set(state.waiting)
        metrics.QUEUE_OLDEST.labels(priority=label).set(state.oldest_age_s or 0.0)
        metrics.QUEUE_PENDING.labels(priority=label).set(state.pending)
