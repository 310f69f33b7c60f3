"""The real bot polling the fake Telegram server in this process: the stage of the scripted
conversation tests (tests/conversation_script.py).

Everything on the bot side is real: aiogram's Bot and Dispatcher from bot.app.build_dispatcher, the
in-memory job broker, the engine on the sample selfies, the Fluent catalogues, and the payments
service on a SQLite file in the test's folder (or the DATABASE_URL given as a setting).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import Dispatcher
from aiogram.fsm.storage.base import BaseStorage

from bot.app import build_bot, build_dispatcher
from bot.config import Settings
from bot.conversation.texts import I18n
from bot.jobs.client import EngineJobs
from bot.photos import PhotoStore
from payments.service import PaymentService
from tests.fake_telegram import FakeTelegramServer


@dataclass
class Env:
    server: FakeTelegramServer
    settings: Settings
    photos: PhotoStore
    dispatcher: Dispatcher
    jobs: EngineJobs
    i18n: I18n

    @property
    def payments(self) -> PaymentService:
        return self.dispatcher["payments"]

    @property
    def storage(self) -> BaseStorage:
        return self.dispatcher.storage


class RunningBot:
    """The bot polling the fake server, with extra settings (e.g. a low rate limit)."""

    def __init__(self, tmp_path: Path, **settings: Any) -> None:
        self.tmp_path = tmp_path
        self.extra = {"free_mode": True, **settings}

    async def __aenter__(self) -> Env:
        self.server = FakeTelegramServer()
        await self.server.start()
        settings = Settings(
            bot_token=self.server.token,
            telegram_api_url=self.server.url,
            data_dir=self.tmp_path / "data",
            redis_url=None,
            **self.extra,
        )
        self.photos = PhotoStore(settings.data_dir, settings.retention)
        self.jobs = EngineJobs.from_settings(settings, self.photos)
        self.dispatcher = build_dispatcher(settings, jobs=self.jobs, photos=self.photos)
        self.bot = build_bot(settings)
        started = asyncio.Event()

        async def mark_started() -> None:
            started.set()

        # registered after the app's own start-up, so it runs once the schema is migrated and the
        # services are up: a test that touches the database at once must not race the migration
        self.dispatcher.startup.register(mark_started)
        self.polling = asyncio.create_task(self.dispatcher.start_polling(self.bot, handle_signals=False))
        try:
            await self._until(started)
        except BaseException:
            self.polling.cancel()  # `async with` does not call __aexit__ when __aenter__ fails
            await asyncio.gather(self.polling, return_exceptions=True)
            await self._close()
            raise
        return Env(self.server, settings, self.photos, self.dispatcher, self.jobs, I18n())

    async def _until(self, started: asyncio.Event) -> None:
        """Wait for start-up; a start-up that fails raises its own error instead of a timeout."""
        ready = asyncio.create_task(started.wait())
        await asyncio.wait({ready, self.polling}, timeout=30, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
            if self.polling.done():
                self.polling.result()  # raises what stopped the start-up
            raise TimeoutError("the bot did not start within 30 s")

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.dispatcher.stop_polling()
            await asyncio.wait_for(self.polling, 10)
        finally:
            await self._close()

    async def _close(self) -> None:
        await self.jobs.close()
        await self.bot.session.close()
        await self.server.stop()
