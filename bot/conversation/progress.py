"""Keep the user informed while the engine works: a chat action every 4 s (Telegram shows one
for at most 5 s) and, when a job runs long, one edit of the status message so it never looks stuck.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError

log = logging.getLogger(__name__)

ACTION_INTERVAL = 4.0  # seconds between chat actions
STILL_WORKING_AFTER = 12.0  # seconds before the status message says "still working"


@asynccontextmanager
async def working(
    bot: Bot,
    chat_id: int,
    action: str,
    *,
    status_id: int | None = None,
    still_text: str | None = None,
    interval: float = ACTION_INTERVAL,
    still_after: float = STILL_WORKING_AFTER,
) -> AsyncIterator[None]:
    """Run the body while a background task repeats `action` and updates the status once."""

    async def keep_informed() -> None:
        elapsed = 0.0
        told = False
        while True:
            with suppress(TelegramAPIError):  # a missed chat action must never fail the job
                await bot.send_chat_action(chat_id=chat_id, action=action)
            await asyncio.sleep(interval)
            elapsed += interval
            if status_id is not None and still_text and not told and elapsed >= still_after:
                told = True
                with suppress(TelegramAPIError):
                    await bot.edit_message_text(text=still_text, chat_id=chat_id, message_id=status_id)

    task = asyncio.create_task(keep_informed())
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
