"""A per-user limit on engine work (selfie checks and renders), with a polite message.

Why only engine work: taps that just move through menus cost nothing, but each check or render
takes a worker for a while, and one user hammering "bigger/smaller" must not slow everyone else.
Handlers opt in with the flag `flags={PROCESSING: True}`. The limit is RATE_LIMIT_PER_MIN jobs in
any 60 s (settings), unless the middleware is built with its own. The window is kept per process;
with several bot processes RedisEventIsolation keeps one user's updates serial, and each process
enforces the limit on what it receives.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.flags import get_flag
from aiogram.types import CallbackQuery, Message, TelegramObject, User

from bot.conversation.texts import Translator

PROCESSING = "processing"  # handler flag name
PERIOD_S = 60.0
FORGET_AFTER = 1024  # users tracked before idle ones are dropped


class ThrottlingMiddleware(BaseMiddleware):
    def __init__(
        self,
        limit: int | None = None,
        period: float = PERIOD_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit  # None: settings.rate_limit_per_min
        self.period = period
        self.clock = clock
        self._recent: dict[int, deque[float]] = {}

    def wait_for(self, user_id: int, limit: int) -> float:
        """Seconds until this user may start another job (0 = now); records the job when allowed."""
        now = self.clock()
        stamps = self._recent.setdefault(user_id, deque())
        while stamps and now - stamps[0] >= self.period:
            stamps.popleft()
        if len(stamps) >= limit:
            return self.period - (now - stamps[0])
        stamps.append(now)
        if len(self._recent) > FORGET_AFTER:
            idle = [u for u, s in self._recent.items() if not s or now - s[-1] >= self.period]
            for user in idle:
                del self._recent[user]
        return 0.0

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        if user is None or not get_flag(data, PROCESSING):
            return await handler(event, data)
        limit = self.limit if self.limit is not None else data["settings"].rate_limit_per_min
        wait = self.wait_for(user.id, limit)
        if wait <= 0:
            return await handler(event, data)
        t: Translator = data["t"]
        text = t("throttled", seconds=max(1, math.ceil(wait)))
        if isinstance(event, CallbackQuery):
            await event.answer(text, show_alert=True)
        elif isinstance(event, Message):
            await event.answer(text)
        return None
