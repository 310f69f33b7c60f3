"""Bookkeeping beside the broker: who already queued a job, dropping a stored result, counters.

Why: taskiq stores results by task id, which gives "a finished job is never re-run" for free
(job ids are content hashes). The ledger adds the two things taskiq does not: a short claim so
two callers asking for the same job at the same moment queue it once, and a way to forget a
result that must not be served again (an internal error, or files the retention sweep removed).
The counters (`<task>.started`, `<task>.done`, `<task>.skipped`) make "ran exactly once"
observable for operators and tests alike.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from taskiq.brokers.inmemory_broker import InmemoryResultBackend


class JobLedger(Protocol):
    async def claim(self, job_id: str, ttl_s: float) -> bool:
        """True for the first caller within `ttl_s`; that caller queues the job."""
        ...

    async def extend(self, job_id: str, ttl_s: float) -> None:
        """The claim now lasts `ttl_s` from now (its job is queued)."""
        ...

    async def release(self, job_id: str) -> None: ...

    async def forget(self, job_id: str) -> None:
        """Drop the stored result so the next request runs the job again."""
        ...

    async def count(self, event: str) -> None: ...

    async def counts(self) -> dict[str, int]: ...

    async def close(self) -> None: ...


class RedisLedger:
    """Keys: `<prefix>:claim:<job>`, `<prefix>:result:<job>` (the result backend's), `<prefix>:stats`."""

    def __init__(self, url: str, prefix: str) -> None:
        from redis.asyncio import Redis

        from bot.redis_options import connection_options

        self.redis = Redis.from_url(url, **connection_options())
        self.prefix = prefix

    def result_key(self, job_id: str) -> str:
        return f"{self.prefix}:result:{job_id}"

    async def claim(self, job_id: str, ttl_s: float) -> bool:
        ms = max(1, int(ttl_s * 1000))
        return bool(await self.redis.set(f"{self.prefix}:claim:{job_id}", b"1", nx=True, px=ms))

    async def extend(self, job_id: str, ttl_s: float) -> None:
        await self.redis.pexpire(f"{self.prefix}:claim:{job_id}", max(1, int(ttl_s * 1000)))

    async def release(self, job_id: str) -> None:
        await self.redis.delete(f"{self.prefix}:claim:{job_id}")

    async def forget(self, job_id: str) -> None:
        await self.redis.delete(self.result_key(job_id))

    async def count(self, event: str) -> None:
        await self.redis.hincrby(f"{self.prefix}:stats", event, 1)

    async def counts(self) -> dict[str, int]:
        raw = await self.redis.hgetall(f"{self.prefix}:stats")
        return {(key.decode() if isinstance(key, bytes) else key): int(value) for key, value in raw.items()}

    async def close(self) -> None:
        await self.redis.aclose()


class MemoryLedger:
    """The embedded (single-process) twin of RedisLedger."""

    def __init__(self, backend: InmemoryResultBackend[Any]) -> None:
        self.backend = backend
        self._claims: dict[str, float] = {}
        self._counts: dict[str, int] = {}

    async def claim(self, job_id: str, ttl_s: float) -> bool:
        now = time.monotonic()
        expires = self._claims.get(job_id)
        if expires is not None and expires > now:
            return False
        self._claims = {job: until for job, until in self._claims.items() if until > now}
        self._claims[job_id] = now + ttl_s
        return True

    async def extend(self, job_id: str, ttl_s: float) -> None:
        if job_id in self._claims:
            self._claims[job_id] = time.monotonic() + ttl_s

    async def release(self, job_id: str) -> None:
        self._claims.pop(job_id, None)

    async def forget(self, job_id: str) -> None:
        self.backend.results.pop(job_id, None)

    async def count(self, event: str) -> None:
        self._counts[event] = self._counts.get(event, 0) + 1

    async def counts(self) -> dict[str, int]:
        return dict(self._counts)

    async def close(self) -> None:
        return None
