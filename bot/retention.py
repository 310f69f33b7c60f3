"""The periodic cleaner that keeps the promise "photos are deleted after RETENTION_HOURS".

It runs in every bot process (several sweepers on one folder are harmless: a file deleted by one
is skipped by the others). The sweep itself walks the disk, so it runs in a thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.background import BackgroundTask
from bot.photos import PhotoStore

log = logging.getLogger(__name__)


class RetentionSweeper:
    def __init__(self, photos: PhotoStore, interval_s: float) -> None:
        self.photos = photos
        self.interval_s = interval_s
        self.sweeps = 0
        self.removed = 0
        self._loop_task = BackgroundTask("retention-sweeper", self._loop)
        self._more: list[Callable[[], Awaitable[int]]] = []

    def also(self, sweep: Callable[[], Awaitable[int]]) -> None:
        """Another clean-up to run on the same schedule (the support desk's old topics)."""
        self._more.append(sweep)

    def start(self) -> None:
        self._loop_task.start()

    async def stop(self) -> None:
        await self._loop_task.stop()

    async def sweep_once(self) -> int:
        removed = await asyncio.to_thread(self.photos.sweep)
        for sweep in self._more:
            removed += await sweep()
        self.sweeps += 1
        self.removed += removed
        return removed

    async def _loop(self) -> None:
        while True:
            try:
                await self.sweep_once()
            except Exception:  # a full disk or a permission problem must not end the sweeping
                log.exception("retention sweep failed")
            await asyncio.sleep(self.interval_s)
