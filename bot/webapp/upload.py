"""POST /webapp/upload: the camera guide's photo, at full resolution, into the chat's flow.

Order of refusals, cheapest first: initData (401; before a byte of the body is read), the image
type (415), the declared size (413), the per-user rate (429), the consent (403: the chat shows the
consent card, as for a chat photo sent before agreeing), then the body read with the same limit as
a chat photo (MAX_FILE_MB). An accepted photo answers 202 at once and is handed to
`bot.steps.selfie.take` under the user's update lock, as if it had arrived in the chat: the chat
shows the checks and the preview, and the page can close.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot
from aiohttp import web

from bot.config import Settings
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.services.turns import Turns
from bot.steps import selfie
from bot.webapp.initdata import Refused, verify

log = logging.getLogger(__name__)

MB = 1024 * 1024
INIT_DATA_HEADER = "X-Telegram-Init-Data"
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
CHUNK = 64 * 1024


@dataclass
class WebApp:
    """What the routes share: the bot that talks to the chat, the settings, the users' turns and
    the upload rate window; `tasks` are the accepted uploads still being checked."""

    bot: Bot
    settings: Settings
    turns: Turns
    limiter: ThrottlingMiddleware
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("camera-guide upload failed", exc_info=task.exception())

    async def close(self) -> None:
        """Let accepted uploads finish their checks (a user was told they are on their way)."""
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)


def refusal(status: int, error: str, **extra: object) -> web.Response:
    return web.json_response({"ok": False, "error": error, **extra}, status=status)


async def read_limited(request: web.Request, limit: int) -> bytes | None:
    """The body, or None once it grows past `limit` (read in chunks: nothing larger is buffered)."""
    parts: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(CHUNK):
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


async def upload(request: web.Request, webapp: WebApp) -> web.Response:
    settings = webapp.settings
    try:
        init = verify(
            settings.bot_token.get_secret_value(),
            request.headers.get(INIT_DATA_HEADER, ""),
            settings.webapp_init_max_age_s,
        )
    except Refused as refused:
        log.info("camera-guide upload refused: initData %s", refused.reason)
        return refusal(401, "initdata", reason=refused.reason)
    assert init.user is not None
    user_id, language_code = init.user.id, init.user.language_code
    if request.content_type not in IMAGE_TYPES:
        return refusal(415, "type")
    limit = int(settings.max_file_mb * MB)
    if request.content_length is not None and request.content_length > limit:
        return refusal(413, "too-big")
    wait = webapp.limiter.wait_for(user_id, settings.webapp_uploads_per_min)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        return web.json_response(
            {"ok": False, "error": "slow-down", "seconds": seconds},
            status=429,
            headers={"Retry-After": str(seconds)},
        )
    turn = await webapp.turns.of(webapp.bot, user_id, language_code)
    if not (await turn.session()).consent:
        webapp.spawn(ask_consent(webapp, user_id, language_code))
        return refusal(403, "consent")
    data = await read_limited(request, limit)
    if data is None:
        return refusal(413, "too-big")
    if not data:
        return refusal(400, "empty")
    webapp.spawn(take(webapp, user_id, language_code, data))
    log.info("camera-guide photo accepted (%d bytes)", len(data))
    return web.json_response({"ok": True}, status=202)


async def ask_consent(webapp: WebApp, user_id: int, language_code: str | None) -> None:
    async with webapp.turns.locked(webapp.bot, user_id, language_code) as turn:
        await selfie.consented(turn)


async def take(webapp: WebApp, user_id: int, language_code: str | None, data: bytes) -> None:
    """The chat photo's path from here on: consent (again, under the lock), store, check."""
    async with webapp.turns.locked(webapp.bot, user_id, language_code) as turn:
        if await selfie.consented(turn):
            await selfie.take(turn, data)
