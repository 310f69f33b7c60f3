"""One update per user at a time, except pre-checkout queries, which must never wait.

aiogram runs each user's updates one after another (a lock per user: across processes with
Redis, within one otherwise). That is what keeps a conversation consistent, but the lock is held
for a whole update, and delivering paid files holds it while the engine renders (up to two job
timeouts). Telegram gives a pre-checkout answer 10 s; one queued behind a render would fail the
payment. The pre-checkout handler reads only the database, so it may safely run beside the
user's other update: `Dispatcher.feed_update` marks such updates and `PreCheckoutBypass` lets
them through without the lock.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from aiogram import Bot
from aiogram import Dispatcher as AiogramDispatcher
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.types import Update

_UNLOCKED: ContextVar[bool] = ContextVar("idphoto_unlocked_update", default=False)


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


class Dispatcher(AiogramDispatcher):
    async def feed_update(self, bot: Bot, update: Update, **kwargs: Any) -> Any:
        token = _UNLOCKED.set(update.pre_checkout_query is not None)
        try:
            return await super().feed_update(bot, update, **kwargs)
        finally:
            _UNLOCKED.reset(token)


def build_isolation(storage: BaseStorage, lock_timeout_s: float | None = None) -> BaseEventIsolation:
    """Per-user isolation: across processes with Redis, within this one otherwise.

    The Redis lock expires after `lock_timeout_s` (None: aiogram's 60 s) so that a bot process
    that died holding it cannot block its user for good. It must outlast the slowest update
    (`update_time_limit`), or a second update of the same user runs beside the first one, whose
    release then fails with LockNotOwnedError.
    """
    if isinstance(storage, RedisStorage):
        inner = (
            storage.create_isolation()
            if lock_timeout_s is None
            else storage.create_isolation(lock_kwargs={"timeout": lock_timeout_s})
        )
    else:
        inner = SimpleEventIsolation()
    return PreCheckoutBypass(inner)
