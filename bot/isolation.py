"""One update per user at a time, under a lock that a dead bot cannot hold for long, and never for
pre-checkout queries.

aiogram runs each user's updates one after another (a lock per user: across processes with
Redis, within one otherwise). Two things are added here:

- The Redis lock is a lease (`LeasedRedisIsolation`): it expires `lease_s` after it was last
  renewed, and the update holding it renews it every third of that while it runs. So no setting
  has to guess the slowest update (a render used to need minutes), and a bot process killed while
  holding a user's lock frees that user `lease_s` later instead of after the slowest update's time.
- Pre-checkout queries skip the lock (`PreCheckoutBypass`): Telegram gives the answer 10 s, and
  the handler reads only the database, so it may safely run beside the user's other update. The
  mark is set by an update middleware placed before aiogram's FSM middleware, which takes the lock
  (`install`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from aiogram.types import TelegramObject, Update
from redis.asyncio.lock import Lock
from redis.exceptions import LockError

from bot.redis_options import TRANSIENT

log = logging.getLogger(__name__)

_UNLOCKED: ContextVar[bool] = ContextVar("idphoto_unlocked_update", default=False)
LOCK_POLL_S = 0.05  # how often a waiting update tries the lock again


class LeasedRedisIsolation(RedisEventIsolation):
    """aiogram's Redis lock, renewed while held, expiring `lease_s` after its holder stopped."""

    def __init__(self, storage: RedisStorage, lease_s: float) -> None:
        super().__init__(storage.redis, storage.key_builder, lock_kwargs={"timeout": lease_s})
        self.lease_s = lease_s

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        name = self.key_builder.build(key, "lock")
        lock = Lock(self.redis, name, timeout=self.lease_s, sleep=LOCK_POLL_S, thread_local=False)
        await lock.acquire()
        renewal = asyncio.create_task(self._renew(lock))
        try:
            yield
        finally:
            renewal.cancel()
            try:
                await lock.release()
            except LockError:  # it expired during a Redis outage: nothing of ours left to release
                log.warning("a user lock expired before its update ended")

    async def _renew(self, lock: Lock) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            try:
                await lock.reacquire()
            except LockError:
                log.warning("a user lock was lost while its update ran")
                return
            except TRANSIENT:
                continue  # Redis away for a moment: the next renewal may still be in time


class PreCheckoutBypass(BaseEventIsolation):
    """The inner isolation for every update but pre-checkout queries."""

    def __init__(self, inner: BaseEventIsolation) -> None:
        self.inner = inner

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        if _UNLOCKED.get():
            yield
            return
        async with self.inner.lock(key):
            yield

    async def close(self) -> None:
        await self.inner.close()


class MarkPreCheckout(BaseMiddleware):
    """Marks a pre-checkout update (for PreCheckoutBypass) before the FSM middleware locks."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        token = _UNLOCKED.set(isinstance(event, Update) and event.pre_checkout_query is not None)
        try:
            return await handler(event, data)
        finally:
            _UNLOCKED.reset(token)


def install(dispatcher: Dispatcher) -> None:
    """Put MarkPreCheckout right before aiogram's FSM middleware on the update observer."""
    outer = dispatcher.update.outer_middleware
    outer.unregister(dispatcher.fsm)
    outer.register(MarkPreCheckout())
    outer.register(dispatcher.fsm)


def build_isolation(storage: BaseStorage, lease_s: float = 10.0) -> BaseEventIsolation:
    """Per-user isolation: across processes with Redis (a renewed lease), within this one otherwise."""
    inner = (
        LeasedRedisIsolation(storage, lease_s)
        if isinstance(storage, RedisStorage)
        else SimpleEventIsolation()
    )
    return PreCheckoutBypass(inner)
