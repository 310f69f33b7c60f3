"""The periodic cleaner that keeps the promise "photos are deleted after RETENTION_HOURS".

It runs in every bot process (several sweepers on one folder are harmless: a file deleted by one
is skipped by the others). The sweep itself walks the disk, so it runs in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.photos import PhotoStore

log = logging.getLogger(__name__)


class RetentionSweeper:
    def __init__(self, photos: PhotoStore, interval_s: float) -> None:
        self.photos = photos
        self.interval_s = interval_s
        self.sweeps = 0
        self.removed = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._loop(), name="retention-sweeper")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def sweep_once(self) -> int:
        removed = await asyncio.to_thread(self.photos.sweep)
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
