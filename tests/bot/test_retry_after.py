"""Flood control: a 429 with retry_after is waited out and the call goes through, through the real
Bot built by bot.app against the fake Bot API server."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from aiogram.exceptions import TelegramRetryAfter

from bot.app import build_bot
from bot.config import Settings
from tests.fake_telegram import FakeTelegramServer, FakeUser


async def test_retry_after_is_honoured_then_bounded(tmp_path: Path) -> None:
    async with FakeTelegramServer() as server:
        user = FakeUser(server, 4242)
        await user.send_text("hello")  # opens the chat, as a real user would
        settings = Settings(bot_token=server.token, telegram_api_url=server.url, data_dir=tmp_path)
        bot = build_bot(settings)
        try:
            server.fail_next("sendMessage", error_code=429, retry_after=1, chat_id=user.chat_id)
            start = time.monotonic()
            sent = await bot.send_message(user.chat_id, "after the flood")
            assert time.monotonic() - start >= 1.0
            assert sent.text == "after the flood"

            server.fail_next("sendMessage", error_code=429, retry_after=120, chat_id=user.chat_id)
            with pytest.raises(TelegramRetryAfter):  # too long to hide inside a handler
                await bot.send_message(user.chat_id, "not now")
        finally:
            await bot.session.close()
