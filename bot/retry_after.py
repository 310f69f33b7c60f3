"""Honour Telegram's flood control: when a call is answered 429 with `retry_after`, wait that long
and send it again, a bounded number of times. Installed on the Bot's session, so every handler
and background task gets it without a try/except of its own."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

log = logging.getLogger(__name__)

MAX_RETRIES = 3
MAX_WAIT_S = 30.0  # longer waits are better surfaced than hidden inside a handler


class RetryAfter(BaseRequestMiddleware):
    def __init__(self, max_retries: int = MAX_RETRIES, max_wait_s: float = MAX_WAIT_S) -> None:
        self.max_retries = max_retries
        self.max_wait_s = max_wait_s

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        attempt = 0
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                attempt += 1
                if attempt > self.max_retries or exc.retry_after > self.max_wait_s:
                    raise
                log.info("flood control on %s: retrying in %s s", type(method).__name__, exc.retry_after)
                await asyncio.sleep(exc.retry_after)
