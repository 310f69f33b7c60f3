"""Counts and times every update, and knows which are still running (for the drain at shutdown).

Why the outermost update middleware: the latency a user feels includes waiting for their own
previous update (the per-user lock) and the FSM storage, so the clock starts before those.
Labels are the update type (message, callback_query, pre_checkout_query, ...) and the outcome
(handled, unhandled, error): nothing about the user.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update

from bot.observability import metrics


class UpdateMetrics(BaseMiddleware):
    def __init__(self) -> None:
        self.running = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        kind = event.event_type if isinstance(event, Update) else type(event).__name__.lower()
        self.running += 1
        self._idle.clear()
        started = time.perf_counter()
        outcome = "error"
        try:
            result = await handler(event, data)
            outcome = "unhandled" if result is UNHANDLED else "handled"
            return result
        finally:
            metrics.HANDLER_SECONDS.labels(type=kind).observe(time.perf_counter() - started)
            metrics.UPDATES.labels(type=kind, outcome=outcome).inc()
            self.running -= 1
            if self.running == 0:
                self._idle.set()

    async def drain(self, timeout: float) -> bool:
        """Wait until no update runs, at most `timeout` s; True when none was left running."""
        try:
            async with asyncio.timeout(timeout):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True


def install_first(dispatcher: Dispatcher, middleware: UpdateMetrics) -> None:
    """Make `middleware` the outermost update middleware (before the lock and the FSM)."""
    outer = dispatcher.update.outer_middleware
    existing = list(outer)
    for registered in existing:
        outer.unregister(registered)
    outer.register(middleware)
    for registered in existing:
        outer.register(registered)
