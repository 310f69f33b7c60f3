"""Counts failed Bot API calls by method and error class, and Telegram's flood-control answers.

Installed on the Bot's session inside RetryAfter, so each 429 that RetryAfter waits out is
counted once, with the seconds Telegram asked for; errors that reach the caller are counted too.
"""

from __future__ import annotations

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType

from bot.observability import metrics


class TelegramMetrics(BaseRequestMiddleware):
    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = type(method).__name__
        try:
            return await make_request(bot, method)
        except TelegramRetryAfter as exc:
            metrics.TELEGRAM_RETRY_AFTER.labels(method=name).inc()
            metrics.TELEGRAM_RETRY_AFTER_SECONDS.labels(method=name).inc(exc.retry_after)
            metrics.TELEGRAM_ERRORS.labels(method=name, error=type(exc).__name__).inc()
            raise
        except Exception as exc:
            metrics.TELEGRAM_ERRORS.labels(method=name, error=type(exc).__name__).inc()
            raise
